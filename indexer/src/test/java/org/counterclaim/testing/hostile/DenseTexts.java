package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Texts that are nothing but casualty figures: one sentence, "at least 12 civilians were killed ", repeated with no
 * full stop to 100 KB, 7 MB and 30 MB (a figure every 34 characters, one 50,000-character "sentence" per chunk);
 * and numbers too large for a long.
 */
public final class DenseTexts {

  /** The repeated sentence. */
  public static final String SENTENCE = "at least 12 civilians were killed ";
  /** The sizes written, in bytes, with the name of each file. */
  public static final long[][] SIZES = {{100_000}, {7_000_000}, {30_000_000}};

  private DenseTexts() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("dense");
    for (long[] size : SIZES) {
      out.stream(name(size[0]), s -> {
        byte[] sentence = SENTENCE.getBytes(StandardCharsets.US_ASCII);
        byte[] block = SENTENCE.repeat(30_000).getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        for (; written + block.length <= size[0]; written += block.length) {
          s.write(block);
        }
        for (; written < size[0]; written += sentence.length) {
          s.write(sentence);
        }
      });
    }
    out.text("huge-numbers.txt", """
        Officials said more than 18,446,744,073,709,551,616 civilians were killed in Raqqa.
        A second source gave 99999999999999999999 deaths, and a third nine hundred million million million.
        The ministry said 12 civilians were killed in Mosul on Monday.
        """);
  }

  /** {@code figures-100kb.txt}, {@code figures-7mb.txt}, {@code figures-30mb.txt}. */
  public static String name(long bytes) {
    return "figures-" + (bytes < 1_000_000 ? bytes / 1_000 + "kb" : bytes / 1_000_000 + "mb") + ".txt";
  }
}
