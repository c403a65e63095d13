package org.counterclaim.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each parse on a daemon thread of its own and stops waiting for it after the timeout. The thread is
 * interrupted; a parser that ignores interruption (a decompression or regex loop) keeps running until it returns,
 * and its thread is counted as <em>stuck</em> until then.
 *
 * <p>Stuck threads are the price of parsing in-process (see {@link TikaExtractor} for why we pay it): each may hold
 * a core and memory. So the damage is bounded: once {@code maxStuck} threads are stuck, further files fail at once
 * ("not read: ... parsers are stuck") instead of stacking up more, and {@code index --retry-failed} reads them in a
 * fresh process. The count is logged as it changes and shown in the run summary.
 */
final class ParseWatchdog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParseWatchdog.class);

  private final Duration timeout;
  private final int maxStuck;
  private final ExecutorService threads;
  private final AtomicInteger stuck = new AtomicInteger();

  ParseWatchdog(Duration timeout, int maxStuck) {
    this.timeout = timeout;
    this.maxStuck = maxStuck;
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tika-parse-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Parse threads that timed out and have not returned yet. */
  int stuck() {
    return stuck.get();
  }

  /** Runs the parse of {@code file}, or says why it did not finish. */
  Extraction run(Path file, Callable<Extraction> parse) {
    return run(file, "parse", parse, reason -> new Extraction.Unreadable(true, reason));
  }

  /**
   * Runs {@code work} on {@code file} (its parse, or the reading of its bytes), or says why it did not finish.
   *
   * @param what   what the work is, for messages: "parse" gives "parse timed out after 120 s"
   * @param failed the result that says why, from a reason a person can read
   */
  <T> T run(Path file, String what, Callable<T> work, Function<String, T> failed) {
    int stuckNow = stuck.get();
    if (stuckNow >= maxStuck) {
      return failed.apply("not read: " + parserThreads(stuckNow)
          + " still stuck on files that timed out; index --retry-failed reads it in a fresh process");
    }
    Task<T> task = new Task<>(file, work);
    Future<T> future = threads.submit(task);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (!task.abandon()) {
        return result(future, failed); // it returned just as the wait ended
      }
      future.cancel(true);
      LOG.warn("gave up on the {} of {} after {} s; its thread was interrupted ({} stuck)", what, file,
          timeout.toSeconds(), parserThreads(stuck.get()));
      return failed.apply(what + " timed out after " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      task.abandon();
      future.cancel(true);
      Thread.currentThread().interrupt();
      return failed.apply("interrupted");
    } catch (ExecutionException e) {
      return failed.apply(TikaExtractor.describe(e.getCause()));
    }
  }

  private static <T> T result(Future<T> done, Function<String, T> failed) {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed.apply("interrupted");
    } catch (ExecutionException e) {
      return failed.apply(TikaExtractor.describe(e.getCause()));
    }
  }

  private static String parserThreads(int n) {
    return n + (n == 1 ? " parser thread" : " parser threads");
  }

  @Override
  public void close() {
    threads.shutdownNow();
    if (stuck.get() > 0) {
      LOG.warn("{} still stuck at the end of the run; they end with the process", parserThreads(stuck.get()));
    }
  }

  /** One parse, which knows whether the caller gave up on it, so that a late return un-counts it. */
  private final class Task<T> implements Callable<T> {
    private static final int RUNNING = 0;
    private static final int RETURNED = 1;
    private static final int ABANDONED = 2;

    private final Path file;
    private final Callable<T> parse;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final long started = System.nanoTime();

    Task(Path file, Callable<T> parse) {
      this.file = file;
      this.parse = parse;
    }

    /** Gives up on the parse; false when it had already returned. */
    boolean abandon() {
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        stuck.incrementAndGet();
        return true;
      }
      return false;
    }

    @Override
    public T call() throws Exception {
      try {
        return parse.call();
      } finally {
        if (!state.compareAndSet(RUNNING, RETURNED)) {
          int left = stuck.decrementAndGet();
          LOG.info("the parser of {} returned {} s after it started, past its timeout ({} stuck)",
              file, (System.nanoTime() - started) / 1_000_000_000L, parserThreads(left));
        }
      }
    }
  }
}
