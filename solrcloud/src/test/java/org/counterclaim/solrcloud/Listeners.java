package org.counterclaim.solrcloud;

import org.counterclaim.index.IndexRun;
import org.counterclaim.model.Outcome;

/** Index run listeners for tests. */
final class Listeners {

  private Listeners() {}

  /** Hears nothing: the summary counts. */
  static IndexRun.Listener quiet() {
    return after(Integer.MAX_VALUE, () -> { });
  }

  /** Runs {@code action} once, when {@code files} files have finished. */
  static IndexRun.Listener after(int files, Runnable action) {
    return new IndexRun.Listener() {
      private int finished;

      @Override
      public void started(int count) {
        // nothing to show
      }

      @Override
      public synchronized void finished(Outcome outcome) {
        if (++finished == files) {
          action.run();
        }
      }
    };
  }
}
