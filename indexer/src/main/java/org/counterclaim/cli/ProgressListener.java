package org.counterclaim.cli;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.counterclaim.index.IndexRun;
import org.counterclaim.model.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows an index run's progress: a progress bar with rate and ETA on a terminal, a log line every ten seconds
 * elsewhere (CI logs, a server's log). Failures and skips are logged as they happen, with their reasons.
 */
public final class ProgressListener implements IndexRun.Listener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final boolean terminal = System.console() != null;
  private final AtomicInteger done = new AtomicInteger();
  private volatile ProgressBar bar;
  private volatile int total;
  private volatile long lastLog = System.nanoTime();

  @Override
  public void started(int files) {
    total = files;
    if (terminal && files > 0) {
      bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
          .setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(250).build();
    } else {
      LOG.info("{} files to look at", files);
    }
  }

  @Override
  public void finished(Outcome outcome) {
    int n = done.incrementAndGet();
    if (outcome instanceof Outcome.Failed f) {
      LOG.warn("failed {}: {}", f.path(), f.reason());
    } else if (outcome instanceof Outcome.Skipped s) {
      LOG.info("skipped {}: {}", s.path(), s.reason());
    }
    ProgressBar b = bar;
    if (b != null) {
      b.step();
    } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
      lastLog = System.nanoTime();
      LOG.info("{} of {} files done", n, total);
    }
  }

  @Override
  public void close() {
    ProgressBar b = bar;
    bar = null;
    if (b != null) {
      b.close();
    }
  }
}
