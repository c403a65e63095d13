package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.hostile.ZipWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives made to hurt: zip bombs used to be read to the end (2 GB of zeros spooled to a temporary file; a zip of
 * zips ran past the timeout and kept its thread for minutes), archives were opened 30 levels deep, and a zip of
 * empty entries gave one warning per entry.
 */
class HostileArchivesTest {

  private static final int MB = 1 << 20;
  private static Ingester ingester;

  @TempDir
  Path tmp;

  @BeforeAll
  static void open() {
    ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
  }

  @AfterAll
  static void close() {
    ingester.close();
  }

  private IngestResult ingest(String name, byte[] bytes) throws IOException {
    Path file = Files.write(tmp.resolve(name), bytes);
    return ingester.ingest(new FoundFile(file, name), ContentHash.sha256(file));
  }

  @Test
  void zip_of_zeros_is_failed_as_a_zip_bomb() throws IOException {
    byte[] bomb = ZipWriter.zip(zip -> zip.addRepeated("zeros.bin", new byte[MB], 200));

    IngestResult result = ingest("zeros.zip", bomb);

    assertEquals(new IngestResult.Rejected(true, "zip bomb: its contents expand past 100.0 MB, over 100 times the"
        + " file's 0.2 MB; not read further"), result);
  }

  @Test
  void zip_of_zips_is_failed_as_a_zip_bomb() throws IOException {
    byte[] text = "Civilians were killed. ".repeat(MB / 23 + 1).substring(0, MB).getBytes(StandardCharsets.US_ASCII);
    byte[] inner = ZipWriter.zip(zip -> {
      for (int i = 0; i < 4; i++) {
        zip.addRepeated("part-" + i + ".txt", text, 16);
      }
    });
    byte[] outer = ZipWriter.zip(zip -> {
      for (int i = 0; i < 8; i++) {
        zip.add("bomb-" + i + ".zip", inner);
      }
    });

    IngestResult.Rejected result = assertInstanceOf(IngestResult.Rejected.class, ingest("zips.zip", outer));

    assertEquals(true, result.failure());
    assertEquals("zip bomb: its contents expand past 100.0 MB", result.reason().substring(0, 43));
  }

  @Test
  void archive_nested_past_the_depth_limit_is_opened_to_the_limit_with_one_warning() throws IOException {
    byte[] current = ZipWriter.zip(zip -> zip.add("deepest.txt",
        "The deepest document.".getBytes(StandardCharsets.UTF_8)));
    for (int level = 9; level >= 1; level--) {
      byte[] inner = current;
      String name = "level-" + level + ".zip";
      current = ZipWriter.zip(zip -> zip.add(name, inner));
    }

    IngestResult.Ingested result = assertInstanceOf(IngestResult.Ingested.class, ingest("nested.zip", current));

    assertEquals(List.of("embedded /level-1.zip/level-2.zip/level-3.zip/level-4.zip/level-5.zip/level-6.zip left out:"
        + " nested deeper than 5"), result.warnings());
    assertEquals(List.of("nested.zip", "nested.zip!/level-1.zip", "nested.zip!/level-1.zip/level-2.zip",
            "nested.zip!/level-1.zip/level-2.zip/level-3.zip",
            "nested.zip!/level-1.zip/level-2.zip/level-3.zip/level-4.zip",
            "nested.zip!/level-1.zip/level-2.zip/level-3.zip/level-4.zip/level-5.zip"),
        result.documents().stream().map(SourceDocument::path).sorted().toList());
  }

  @Test
  void empty_entries_give_no_warning_and_many_broken_ones_are_counted_past_twenty() throws IOException {
    byte[] zip = ZipWriter.zip(z -> {
      z.add("readme.txt", "Thirty broken reports and fifty empty notes.".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 50; i++) {
        z.add(String.format("empty-%02d.txt", i), new byte[0]);
      }
      for (int i = 0; i < 30; i++) {
        z.add(String.format("broken-%02d.pdf", i), "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII));
      }
    });

    IngestResult.Ingested result = assertInstanceOf(IngestResult.Ingested.class, ingest("dump.zip", zip));

    assertEquals(Ingester.MAX_WARNINGS, result.warnings().size());
    assertEquals("embedded /broken-00.pdf unreadable: ", result.warnings().get(0).substring(0, 36));
    assertEquals("and 11 more warnings like these", result.warnings().get(Ingester.MAX_WARNINGS - 1));
  }
}
