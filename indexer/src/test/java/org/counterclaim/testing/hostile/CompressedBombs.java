package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Single compressed streams, not archives, that expand past any budget: gzip, bzip2 and xz of zeros and of text.
 * A parser sees no entry list and no declared size, only a stream that does not end.
 */
public final class CompressedBombs {

  /** Megabytes each bomb expands to: past the {@code ExpansionBudget} floor of 100 MB. */
  public static final int EXPANDED_MB = 300;
  private static final int MB = 1 << 20;

  private CompressedBombs() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("bombs");
    out.stream("zeros-300mb.gz", CompressedBombs::gzip);
    out.stream("zeros-300mb.bz2", CompressedBombs::bzip2);
    out.stream("zeros-300mb.xz", CompressedBombs::xz);
    out.stream("text-300mb.txt.gz", s -> {
      try (OutputStream gz = new GZIPOutputStream(s, 1 << 16)) {
        byte[] line = "Civilians were killed in the strike on the market. ".repeat(20_000)
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (long written = 0; written < (long) EXPANDED_MB * MB; written += line.length) {
          gz.write(line);
        }
      }
    });
  }

  /** {@value #EXPANDED_MB} MB of zeros, gzipped (about 300 KB). */
  public static void gzip(OutputStream out) throws IOException {
    try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      zeros(gz);
    }
  }

  /** {@value #EXPANDED_MB} MB of zeros, bzip2-compressed. */
  public static void bzip2(OutputStream out) throws IOException {
    try (OutputStream bz = new BZip2CompressorOutputStream(out, 1)) {
      zeros(bz);
    }
  }

  /** {@value #EXPANDED_MB} MB of zeros, xz-compressed. */
  public static void xz(OutputStream out) throws IOException {
    try (OutputStream xz = new XZCompressorOutputStream(out, 0)) {
      zeros(xz);
    }
  }

  private static void zeros(OutputStream out) throws IOException {
    byte[] block = new byte[MB];
    for (int i = 0; i < EXPANDED_MB; i++) {
      out.write(block);
    }
  }
}
