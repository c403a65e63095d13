package org.counterclaim.api;

import java.util.List;
import org.counterclaim.index.RunSummary;

/**
 * Re-indexing, as the API needs it: the folders the server was started with are brought up to date in the
 * background, one run at a time. {@code POST /api/index} starts a run, {@code GET /api/index} tells how it goes.
 */
public interface IndexService {

  String IDLE = "idle";
  String RUNNING = "running";
  String FINISHED = "finished";
  String FAILED = "failed";

  /** How re-indexing stands. */
  Status status();

  /** Starts a run in the background, unless one is running or there is nothing to index. */
  Start start();

  /** A server that was started without folders: there is nothing to re-index. */
  IndexService NONE = new IndexService() {
    @Override
    public Status status() {
      return new Status(IDLE, List.of(), null, null, null, null);
    }

    @Override
    public Start start() {
      return new Refused("nothing to index", "the server was started without folders; start it with"
          + " 'serve DIR...' to re-index those folders");
    }
  };

  /**
   * @param state      idle (no run since the server started), running, finished or failed
   * @param folders    what a run indexes
   * @param startedAt  when the current or last run started (ISO instant), or null
   * @param finishedAt when the last run ended, or null while running or idle
   * @param last       the counts of the last run that finished, or null
   * @param error      why the last run failed, or null
   */
  record Status(String state, List<String> folders, String startedAt, String finishedAt, Summary last,
                String error) {
    public Status {
      folders = List.copyOf(folders);
    }
  }

  /** The counts of a run, as the {@code index} command prints them. */
  record Summary(int indexed, int replaced, int unchanged, int skipped, int failed, int removed, int documents,
                 int warnings, long elapsedMs, String report) {
    public static Summary of(RunSummary run) {
      return new Summary(run.indexed(), run.replaced(), run.unchanged(), run.skipped(), run.failed(), run.removed(),
          run.documents(), run.warnings(), run.elapsed().toMillis(), run.report());
    }
  }

  /** What asking for a run came to. */
  sealed interface Start permits Started, Refused {}

  /** The run started; its state. */
  record Started(Status status) implements Start {}

  /** No run was started, and why. */
  record Refused(String error, String detail) implements Start {}
}
