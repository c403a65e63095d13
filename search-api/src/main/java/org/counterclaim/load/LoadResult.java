package org.counterclaim.load;

import java.util.Map;

/**
 * What one load phase measured: every request counted after the warm-up, latency quantiles in milliseconds over the
 * successful ones, and the errors by reason.
 */
public record LoadResult(long requests, long errors, double seconds, double p50, double p90, double p99, double max,
    Map<String, Long> requestsByKind, Map<String, Double> p99ByKind, Map<String, Long> errorsByReason) {

  public double requestsPerSecond() {
    return requests / seconds;
  }
}
