package org.counterclaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report beside the index: written whole or not at all, and read back even when its last line is cut short. */
class FailureReportTest {

  @TempDir
  Path work;

  private static final FailureReport.Entry EMPTY = new FailureReport.Entry(
      "docs/empty.txt", "/srv/docs/empty.txt", "failed", "empty file (0 bytes)", "2026-01-02T03:04:05Z");
  private static final FailureReport.Entry TRUNCATED = new FailureReport.Entry(
      "docs/Raqqa — rapport.pdf", "/srv/docs/Raqqa — rapport.pdf", "failed",
      "TikaException (IOException): Page tree root must be a dictionary", "2026-01-02T03:04:06Z");

  private FailureReport report() {
    return new FailureReport(work.resolve("data/index"));
  }

  /** Cuts the report file to its first {@code length} bytes, as a crash or a full disk would. */
  private void cutTo(int length) throws IOException {
    byte[] bytes = Files.readAllBytes(report().location());
    Files.write(report().location(), Arrays.copyOf(bytes, length));
  }

  private int startOfSecondLine() throws IOException {
    String first = Files.readAllLines(report().location(), StandardCharsets.UTF_8).get(0);
    return first.getBytes(StandardCharsets.UTF_8).length + 1;
  }

  @Test
  void report_is_read_back_as_written_and_leaves_no_temporary_file() throws IOException {
    report().write(List.of(EMPTY, TRUNCATED));
    assertEquals(List.of(EMPTY, TRUNCATED), report().read());
    assertEquals(work.resolve("data/index-report.jsonl"), report().location());
    assertFalse(Files.exists(work.resolve("data/index-report.jsonl.tmp")));
  }

  @Test
  void last_line_cut_short_is_left_out() throws IOException {
    report().write(List.of(EMPTY, TRUNCATED));
    cutTo(startOfSecondLine() + 40);
    assertEquals(List.of(EMPTY), report().read());
  }

  @Test
  void last_line_cut_inside_a_multibyte_character_is_left_out() throws IOException {
    report().write(List.of(EMPTY, TRUNCATED));
    String second = Files.readAllLines(report().location(), StandardCharsets.UTF_8).get(1);
    int dash = second.substring(0, second.indexOf('—')).getBytes(StandardCharsets.UTF_8).length;
    cutTo(startOfSecondLine() + dash + 1); // the first of the em dash's three bytes
    assertEquals(List.of(EMPTY), report().read());
  }

  @Test
  void report_without_a_final_newline_is_read_whole() throws IOException {
    report().write(List.of(EMPTY, TRUNCATED));
    cutTo((int) Files.size(report().location()) - 1);
    assertEquals(List.of(EMPTY, TRUNCATED), report().read());
  }

  @Test
  void bad_line_before_the_last_is_an_error_naming_the_line() throws IOException {
    report().write(List.of(EMPTY, TRUNCATED));
    List<String> lines = Files.readAllLines(report().location(), StandardCharsets.UTF_8);
    Files.write(report().location(), List.of(lines.get(0).substring(0, 30), lines.get(1)), StandardCharsets.UTF_8);
    IOException error = assertThrows(IOException.class, () -> report().read());
    String expected = report().location() + " line 1 is not a report entry: ";
    assertTrue(error.getMessage().startsWith(expected), error.getMessage());
  }

  @Test
  void no_report_reads_as_no_entries() throws IOException {
    assertEquals(List.of(), report().read());
  }
}
