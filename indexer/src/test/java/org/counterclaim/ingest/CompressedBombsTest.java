package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.testing.hostile.CompressedBombs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip, bzip2 or xz stream that expands past the budget fails as a bomb, fast, like a zip bomb. */
class CompressedBombsTest {

  @TempDir
  static Path work;
  private static Ingester ingester;

  @BeforeAll
  static void open() {
    ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
  }

  @AfterAll
  static void close() {
    ingester.close();
  }

  private interface Bomb {
    void writeTo(OutputStream out) throws IOException;
  }

  private static String reasonFor(String name, Bomb bomb) throws IOException {
    Path file = work.resolve(name);
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      bomb.writeTo(out);
    }
    long start = System.nanoTime();
    IngestResult result = ingester.ingest(new FoundFile(file, name), ContentHash.sha256(file));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertTrue(seconds < 30, name + " took " + seconds + " s");
    return result instanceof IngestResult.Rejected rejected ? rejected.reason() : result.toString();
  }

  @Test
  void gzip_bomb_fails_as_a_bomb() throws IOException {
    assertTrue(reasonFor("zeros.gz", CompressedBombs::gzip).startsWith("zip bomb: its contents expand past 100.0 MB"),
        reasonFor("zeros.gz", CompressedBombs::gzip));
  }

  @Test
  void bzip2_bomb_fails_as_a_bomb() throws IOException {
    String reason = reasonFor("zeros.bz2", CompressedBombs::bzip2);
    assertTrue(reason.startsWith("zip bomb: its contents expand past 100.0 MB"), reason);
  }

  @Test
  void xz_bomb_fails_as_a_bomb() throws IOException {
    String reason = reasonFor("zeros.xz", CompressedBombs::xz);
    assertTrue(reason.startsWith("zip bomb: its contents expand past 100.0 MB"), reason);
  }
}
