package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.counterclaim.testing.TestFiles;

/**
 * Truncated and bit-flipped copies of the real PDF, DOCX and ZIP fixtures: what a failing disk, a cut download or
 * a careless export leaves. Some still parse (PDFBox repairs a lot), most do not; every one must get an outcome.
 */
final class DamagedCopies {

  /** Fixture, and the extension its damaged copies get. */
  private static final String[][] SOURCES = {
      {"good/statement.pdf", "statement", "pdf"},
      {"good/wrong-extension.docx", "one-page", "pdf"}, // a one-page PDF despite its name
      {"good/article.docx", "article", "docx"},
      {"good/bundle.zip", "bundle", "zip"},
  };
  /** Where the truncated copies are cut, in percent of the file. */
  private static final int[] CUTS = {1, 5, 10, 25, 50, 75, 90, 99};
  /** How many bits the flipped copies have flipped, in turn. */
  private static final int[] FLIPS = {1, 2, 4, 8, 16, 64, 256};
  private static final int FLIPPED_COPIES = 22;

  private DamagedCopies() {}

  static void write(CorpusWriter out, long seed) throws IOException {
    out.family("damaged");
    Random random = new Random(seed);
    for (String[] source : SOURCES) {
      byte[] bytes = Files.readAllBytes(TestFiles.fixture(source[0]));
      for (int cut : CUTS) {
        out.write(String.format("%s-cut-%02d.%s", source[1], cut, source[2]),
            Arrays.copyOf(bytes, bytes.length * cut / 100));
      }
      for (int copy = 0; copy < FLIPPED_COPIES; copy++) {
        int flips = FLIPS[copy % FLIPS.length];
        out.write(String.format("%s-flip-%02d-%dbits.%s", source[1], copy, flips, source[2]),
            flipped(bytes, flips, random));
      }
    }
  }

  /** A copy with {@code flips} random bits inverted. */
  private static byte[] flipped(byte[] bytes, int flips, Random random) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(copy.length);
      copy[at] ^= (byte) (1 << random.nextInt(8));
    }
    return copy;
  }
}
