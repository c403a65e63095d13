package org.counterclaim.load;

import java.util.Arrays;

/** Latencies of one client thread, in microseconds; merged after the run. Not thread-safe: one per thread. */
final class Latencies {

  private long[] micros = new long[1 << 14];
  private int count;

  void add(long nanos) {
    addMicros(nanos / 1_000);
  }

  private void addMicros(long value) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = value;
  }

  int count() {
    return count;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.count; i++) {
        all.addMicros(part.micros[i]);
      }
    }
    Arrays.sort(all.micros, 0, all.count);
    return all;
  }

  /** The q-th quantile in milliseconds (0 ≤ q ≤ 1), nearest rank; 0 when empty. Only on a merged (sorted) set. */
  double quantileMillis(double q) {
    if (count == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * count);
    return micros[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000.0;
  }
}
