package org.counterclaim.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes the embedded documents of one file (archive entries, attachments, decompressed streams) may add
 * up to: {@value #RATIO} times the file's size, and at least {@value #FLOOR_MB} MB. A zip bomb (a few megabytes
 * that expand to gigabytes of zeros or text, or a zip of such zips) crosses it within a second; a real archive,
 * whose contents compress 2 to 10 times, never does. Once crossed, every read of the file's embedded documents
 * fails, so the parse ends quickly, and the file is reported as a zip bomb.
 */
final class ExpansionBudget {

  static final long RATIO = 100;
  static final long FLOOR_MB = 100;

  private final long fileBytes;
  private final long limit;
  private final AtomicLong used = new AtomicLong();

  ExpansionBudget(long fileBytes) {
    this.fileBytes = fileBytes;
    this.limit = Math.max(FLOOR_MB * 1_000_000, multiplyCapped(fileBytes, RATIO));
  }

  /** True once the embedded documents read came to more than the budget. */
  boolean exceeded() {
    return used.get() > limit;
  }

  /** The failure reason for a file over its budget. */
  String reason() {
    return "zip bomb: its contents expand past " + megabytes(limit) + ", over " + RATIO + " times the file's "
        + megabytes(fileBytes) + "; not read further";
  }

  /**
   * Fails at once when an embedded document says it is larger than what is left, before any of it is read (Tika
   * would otherwise spool it to a temporary file first).
   */
  void mustFit(long declaredBytes) throws IOException {
    if (declaredBytes > 0 && used.get() + declaredBytes > limit) {
      used.set(limit + 1);
      throw new ZipBombException(reason());
    }
  }

  /** Counts bytes that are already there in full (an embedded document spooled to a file). */
  void charge(long bytes) throws IOException {
    if (used.addAndGet(bytes) > limit) {
      throw new ZipBombException(reason());
    }
  }

  /** The stream, counting what is read from it against the budget. */
  InputStream counted(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          charge(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (exceeded()) {
          throw new ZipBombException(reason());
        }
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          charge(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        charge(skipped);
        return skipped;
      }
    };
  }

  private static long multiplyCapped(long a, long b) {
    return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  private static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / 1_000_000.0);
  }

  /** Thrown by reads past the budget; an IOException, so parsers treat it as a broken stream. */
  static final class ZipBombException extends IOException {
    ZipBombException(String message) {
      super(message);
    }
  }
}
