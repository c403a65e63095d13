package org.counterclaim.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Worker {@code k} of {@code n}: the share of the files one indexer process takes when {@code n} processes, on as many
 * machines, index one collection together. A file belongs to the worker {@code 1 + (h mod n)}, where {@code h} is the
 * first eight bytes of the SHA-256 of its absolute path: every worker walks the same folders and takes a disjoint
 * share, without talking to the others. The path is the one the incremental bookkeeping keys on, so the workers
 * must see the files at the same absolute path (the same mount point).
 *
 * @param worker 1 to {@code workers}
 * @param workers how many workers share the files
 */
public record Partition(int worker, int workers) {

  /** One process takes every file. */
  public static final Partition ALL = new Partition(1, 1);

  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

  public Partition {
    if (workers < 1 || worker < 1 || worker > workers) {
      throw new IllegalArgumentException("a worker is K/N with 1 ≤ K ≤ N, e.g. 2/4; not " + worker + "/" + workers);
    }
  }

  /** Reads {@code K/N}, e.g. {@code 2/4}. */
  public static Partition parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("a worker is K/N with 1 ≤ K ≤ N, e.g. 2/4; not '" + text + "'");
    }
    return new Partition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** True when the file (its absolute path) is this worker's. */
  public boolean contains(String absoluteFile) {
    return workers == 1 || workerOf(absoluteFile, workers) == worker;
  }

  /** The worker (1 to {@code workers}) a file belongs to. */
  public static int workerOf(String absoluteFile, int workers) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(absoluteFile.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (digest[i] & 0xff);
      }
      return 1 + (int) Long.remainderUnsigned(h, workers);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Whether this is the whole (one worker). */
  public boolean isAll() {
    return workers == 1;
  }

  @Override
  public String toString() {
    return worker + "/" + workers;
  }
}
