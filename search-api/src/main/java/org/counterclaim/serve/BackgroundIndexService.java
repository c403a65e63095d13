package org.counterclaim.serve;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.store.LockObtainFailedException;
import org.counterclaim.api.IndexService;
import org.counterclaim.index.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes the server's folders on one background thread, one run at a time. A run that cannot get the index
 * (an {@code index} command is writing to it) or stops on an error ends as {@code failed} with a reason in the
 * status; the server goes on serving what the index holds.
 */
public final class BackgroundIndexService implements IndexService, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundIndexService.class);

  /** One incremental index run over the folders. */
  @FunctionalInterface
  public interface Job {
    RunSummary run(List<String> folders) throws Exception;
  }

  private final List<String> folders;
  private final Job job;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reindex");
    t.setDaemon(true);
    return t;
  });
  private Status status;

  public BackgroundIndexService(List<String> folders, Job job) {
    this.folders = List.copyOf(folders);
    this.job = job;
    this.status = new Status(IDLE, this.folders, null, null, null, null);
  }

  @Override
  public synchronized Status status() {
    return status;
  }

  /**
   * Records a run made before the server started ({@code serve DIR...} indexes its folders first), so that
   * {@code GET /api/index} reports it as the last run instead of "idle".
   */
  public synchronized void finishedBefore(Instant startedAt, Instant finishedAt, RunSummary summary) {
    status = new Status(FINISHED, folders, startedAt.toString(), finishedAt.toString(), Summary.of(summary), null);
  }

  @Override
  public synchronized Start start() {
    if (folders.isEmpty()) {
      return NONE.start();
    }
    if (RUNNING.equals(status.state())) {
      return new Refused("already running", "an index run started at " + status.startedAt()
          + " is still running; GET /api/index tells when it has finished");
    }
    status = new Status(RUNNING, folders, Instant.now().toString(), null, status.last(), null);
    runner.execute(this::run);
    return new Started(status);
  }

  private void run() {
    try {
      RunSummary summary = job.run(folders);
      LOG.info("re-index finished: {}", summary);
      end(FINISHED, Summary.of(summary), null);
    } catch (LockObtainFailedException e) {
      LOG.warn("re-index refused: another process holds the index lock ({})", e.getMessage());
      end(FAILED, null, "another process is writing to this index (an 'index' command?); try again when it has"
          + " finished");
    } catch (Exception e) {
      LOG.error("re-index failed", e);
      end(FAILED, null, "the run stopped: " + (e.getMessage() == null ? "see the server's log" : e.getMessage()));
    }
  }

  private synchronized void end(String state, Summary summary, String error) {
    status = new Status(state, folders, status.startedAt(), Instant.now().toString(),
        summary == null ? status.last() : summary, error);
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
