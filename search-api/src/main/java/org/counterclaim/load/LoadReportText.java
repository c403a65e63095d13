package org.counterclaim.load;

import java.util.Locale;
import java.util.Map;

/** The load test's figures as the table the README quotes. */
public final class LoadReportText {

  private LoadReportText() {}

  public static String format(LoadTest.Report report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "index: %,d documents at start, %,d at end; %s%n",
        report.documentsAtStart(), report.documentsAtEnd(), report.added() == 0 ? "no index run"
            : "an index run adding " + report.added() + " documents on " + report.indexerThreads() + " thread(s), "
                + (report.indexerRanThroughout() ? "still running when measuring ended"
                    : "which ended before measuring did")));
    out.append(section("search, " + report.clients() + " clients", report.search()));
    out.append(section("contradictions, 2 clients", report.contradictions()));
    return out.toString();
  }

  private static String section(String title, LoadResult r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%s: %,d requests in %.1f s = %.1f requests/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors%n",
        title, r.requests(), r.seconds(), r.requestsPerSecond(), r.p50(), r.p90(), r.p99(), r.max(), r.errors()));
    for (Map.Entry<String, Long> kind : r.requestsByKind().entrySet()) {
      out.append(String.format(Locale.ROOT, "  %-16s %,8d requests  p99 %.1f ms%n",
          kind.getKey(), kind.getValue(), r.p99ByKind().get(kind.getKey())));
    }
    r.errorsByReason().forEach((reason, count) -> out.append(String.format(Locale.ROOT, "  error %s: %,d%n", reason, count)));
    return out.toString();
  }
}
