package org.counterclaim.testing.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal zip writer (no zip64) that can write an entry of gigabytes cheaply: one block of the content is
 * deflated once with a full flush, which resets the compressor, so the same compressed bytes stand for every
 * repetition of the block. Fixed timestamps: the same entries give the same bytes.
 */
public final class ZipWriter implements AutoCloseable {

  private static final int DOS_TIME = 10 << 11; // 10:00:00
  private static final int DOS_DATE = ((2019 - 1980) << 9) | (1 << 5) | 17; // 2019-01-17
  private static final int DEFLATED = 8;
  private static final int STORED = 0;
  private static final int UTF8_NAMES = 0x0800;
  private static final int ENCRYPTED = 0x0001;

  private record Central(byte[] name, int method, int flags, long crc, long compressed, long size, long offset) {}

  /** A block and its repetitions (the block by identity): the CRC of a gigabyte is worth computing once. */
  private record Repeated(byte[] block, long times) {}

  private static final Map<Repeated, Long> CRCS = new ConcurrentHashMap<>();

  private final OutputStream out;
  private final List<Central> entries = new ArrayList<>();
  private long written;

  public ZipWriter(OutputStream out) {
    this.out = out;
  }

  /** A whole zip in memory. */
  public static byte[] zip(Entries entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipWriter zip = new ZipWriter(bytes)) {
      entries.addTo(zip);
    }
    return bytes.toByteArray();
  }

  /** What goes into a zip made by {@link #zip}. */
  public interface Entries {
    void addTo(ZipWriter zip) throws IOException;
  }

  /** An entry deflated as usual. */
  public void add(String name, byte[] data) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(data);
    byte[] compressed = deflate(data, Deflater.NO_FLUSH, true);
    entry(name, DEFLATED, UTF8_NAMES, crc.getValue(), data.length, List.of(compressed), 1);
  }

  /** An entry stored without compression. */
  public void addStored(String name, byte[] data) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(data);
    entry(name, STORED, UTF8_NAMES, crc.getValue(), data.length, List.of(data), 1);
  }

  /**
   * An entry flagged as encrypted with the traditional PKWARE cipher: {@code cipherText} stands for the 12-byte
   * encryption header and the encrypted data (no password opens it).
   */
  public void addEncrypted(String name, byte[] cipherText) throws IOException {
    entry(name, STORED, UTF8_NAMES | ENCRYPTED, 0, cipherText.length - 12, List.of(cipherText), 1);
  }

  /** An entry of {@code block} repeated {@code times} times: {@code times × block.length} bytes once inflated. */
  public void addRepeated(String name, byte[] block, long times) throws IOException {
    if (block.length * times >= 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("entry of 4 GB or more needs zip64");
    }
    long crc = CRCS.computeIfAbsent(new Repeated(block, times), r -> {
      CRC32 sum = new CRC32();
      for (long i = 0; i < times; i++) {
        sum.update(block);
      }
      return sum.getValue();
    });
    byte[] flushed = deflate(block, Deflater.FULL_FLUSH, false);
    byte[] last = deflate(new byte[0], Deflater.NO_FLUSH, true);
    List<byte[]> parts = new ArrayList<>();
    parts.add(flushed);
    parts.add(last);
    entry(name, DEFLATED, UTF8_NAMES, crc, block.length * times, parts, times);
  }

  /** Writes the local header and the data: every part once, except the first, written {@code firstTimes} times. */
  private void entry(String name, int method, int flags, long crc, long size, List<byte[]> parts, long firstTimes)
      throws IOException {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    long compressed = parts.get(0).length * firstTimes;
    for (byte[] part : parts.subList(1, parts.size())) {
      compressed += part.length;
    }
    entries.add(new Central(nameBytes, method, flags, crc, compressed, size, written));
    int32(0x04034b50);
    int16(20);
    int16(flags);
    int16(method);
    int16(DOS_TIME);
    int16(DOS_DATE);
    int32(crc);
    int32(compressed);
    int32(size);
    int16(nameBytes.length);
    int16(0);
    bytes(nameBytes);
    for (long i = 0; i < firstTimes; i++) {
      bytes(parts.get(0));
    }
    for (byte[] part : parts.subList(1, parts.size())) {
      bytes(part);
    }
  }

  @Override
  public void close() throws IOException {
    long start = written;
    for (Central e : entries) {
      int32(0x02014b50);
      int16(20);
      int16(20);
      int16(e.flags());
      int16(e.method());
      int16(DOS_TIME);
      int16(DOS_DATE);
      int32(e.crc());
      int32(e.compressed());
      int32(e.size());
      int16(e.name().length);
      int16(0);
      int16(0);
      int16(0);
      int16(0);
      int32(0);
      int32(e.offset());
      bytes(e.name());
    }
    long size = written - start;
    int32(0x06054b50);
    int16(0);
    int16(0);
    int16(entries.size());
    int16(entries.size());
    int32(size);
    int32(start);
    int16(0);
    out.flush();
  }

  private static byte[] deflate(byte[] data, int flush, boolean finish) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      if (finish) {
        deflater.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      while (true) {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        if (finish ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
          return out.toByteArray();
        }
      }
    } finally {
      deflater.end();
    }
  }

  private void int16(int v) throws IOException {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
    written += 2;
  }

  private void int32(long v) throws IOException {
    int16((int) (v & 0xFFFF));
    int16((int) ((v >>> 16) & 0xFFFF));
  }

  private void bytes(byte[] b) throws IOException {
    out.write(b);
    written += b.length;
  }
}
