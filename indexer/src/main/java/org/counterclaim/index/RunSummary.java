package org.counterclaim.index;

import java.time.Duration;
import java.util.List;
import org.counterclaim.model.Outcome;

/**
 * The counts a run ends with; its {@link #toString()} is the line printed at the end of a run.
 *
 * @param stuckParsers parser threads that timed out and were still running when the run ended (they ignored
 *                     interruption; see {@code ParseWatchdog})
 */
public record RunSummary(
    int indexed, int replaced, int unchanged, int skipped, int failed, int removed, int documents, int warnings,
    Duration elapsed, String report, int stuckParsers) {

  /** Counts the outcomes of a run. */
  public static RunSummary of(List<Outcome> outcomes, int removed, Duration elapsed, String report) {
    return of(outcomes, removed, elapsed, report, 0);
  }

  /** Counts the outcomes of a run that left {@code stuckParsers} parser threads running. */
  public static RunSummary of(List<Outcome> outcomes, int removed, Duration elapsed, String report,
                              int stuckParsers) {
    int indexed = 0;
    int replaced = 0;
    int unchanged = 0;
    int skipped = 0;
    int failed = 0;
    int documents = 0;
    int warnings = 0;
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Indexed i) {
        indexed++;
        replaced += i.replaced() ? 1 : 0;
        documents += i.documents();
        warnings += i.warnings().size();
      } else if (outcome instanceof Outcome.Unchanged) {
        unchanged++;
      } else if (outcome instanceof Outcome.Skipped) {
        skipped++;
      } else {
        failed++;
      }
    }
    return new RunSummary(indexed, replaced, unchanged, skipped, failed, removed, documents, warnings, elapsed, report,
        stuckParsers);
  }

  public int files() {
    return indexed + unchanged + skipped + failed;
  }

  @Override
  public String toString() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    StringBuilder line = new StringBuilder()
        .append(indexed).append(" indexed");
    if (indexed > 0) {
      line.append(" (").append(replaced).append(" replaced, ").append(documents).append(" documents)");
    }
    line.append(", ").append(unchanged).append(" unchanged, ")
        .append(skipped).append(" skipped, ")
        .append(failed).append(" failed, ")
        .append(removed).append(" removed")
        .append(String.format(" — %d files in %.1f s (%.1f files/s)", files(), seconds, files() / seconds));
    if (warnings > 0) {
      line.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    if (stuckParsers > 0) {
      line.append(", ").append(stuckParsers).append(stuckParsers == 1 ? " parser thread" : " parser threads")
          .append(" still stuck after timing out");
    }
    if (skipped + failed + warnings > 0 && report != null) {
      line.append(". Report: ").append(report);
    }
    return line.toString();
  }
}
