package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files that are not what they were when the folder was walked: a named pipe put in a file's place (opening it for
 * reading blocks until someone writes), a file flipping between two contents while it is read, and a sparse file
 * far over the size limit that costs nothing to make and a minute to read.
 */
public final class ChangingFiles {

  private ChangingFiles() {}

  /** Replaces {@code file} with a named pipe of the same name that nobody writes to. */
  public static void swapForPipe(Path file) throws IOException {
    Files.deleteIfExists(file);
    makePipe(file);
  }

  /** A named pipe at {@code path} ({@code mkfifo}). */
  public static void makePipe(Path path) throws IOException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    try {
      if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
        throw new IOException("mkfifo " + path + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted making a pipe", e);
    }
  }

  /** A file of {@code bytes} bytes that takes no room on disk (a hole): reading it reads zeros. */
  public static Path sparse(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(bytes);
    }
    return file;
  }

  /**
   * Rewrites a file with two contents in turn, every millisecond, until closed: each version is written in
   * {@code scratch} (a folder on the same file system, outside the folder indexed) and moved over the file, so a
   * reader sees one version or the other, never half of one.
   */
  public static final class Flipper implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger flips = new AtomicInteger();
    private final Thread thread;

    public Flipper(Path file, Path scratch, String first, String second) {
      byte[][] versions = {first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8)};
      Path beside = scratch.resolve(file.getFileName() + ".next");
      this.thread = new Thread(() -> {
        try {
          while (running.get()) {
            int n = flips.getAndIncrement();
            Files.write(beside, versions[n % 2]);
            Files.move(beside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(1);
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "flipper");
      thread.setDaemon(true);
      thread.start();
    }

    /** How many times the file was rewritten. */
    public int flips() {
      return flips.get();
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join(10_000);
    }
  }
}
