package org.counterclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.index.FailureReport;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index and extract commands as a user runs them: arguments, output, exit codes. */
class CommandsTest {

  @TempDir
  Path work;

  private static int execute(Object command, StringWriter out, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void index_exit_code_says_that_some_files_failed() throws IOException {
    Path mixed = TestFiles.copyFolder(TestFiles.fixture("mixed"), work.resolve("mixed"));
    Path index = work.resolve("index");
    int code = execute(new IndexCommand(), new StringWriter(), mixed.toString(), "--index", index.toString());
    assertEquals(IndexCommand.SOME_FAILED, code);
    List<String> failed = new ArrayList<>();
    new FailureReport(index).read().forEach(e -> failed.add(Path.of(e.path()).getFileName() + ": " + e.reason()));
    assertEquals(List.of("empty.txt: empty file (0 bytes)",
        "truncated.pdf: TikaException (IOException): Page tree root must be a dictionary"), failed);
  }

  @Test
  void index_of_a_clean_folder_exits_zero() {
    Path index = work.resolve("index");
    assertEquals(0, execute(new IndexCommand(), new StringWriter(), TestFiles.corpus().toString(), "--index", index.toString()));
    assertEquals(0, execute(new IndexCommand(), new StringWriter(), TestFiles.corpus().toString(), "--index", index.toString()));
  }

  @Test
  void index_without_a_folder_is_a_usage_error() {
    assertEquals(2, execute(new IndexCommand(), new StringWriter(), "--index", work.resolve("index").toString()));
  }

  @Test
  void commit_interval_below_one_is_a_usage_error_and_opens_no_index() {
    Path index = work.resolve("index");
    String corpus = TestFiles.corpus().toString();
    assertEquals(2, execute(new IndexCommand(), new StringWriter(), corpus, "--index", index.toString(),
        "--commit-every-files", "0"));
    assertEquals(2, execute(new IndexCommand(), new StringWriter(), corpus, "--index", index.toString(),
        "--commit-every", "0"));
    assertFalse(Files.exists(index));
  }

  @Test
  void extract_prints_one_json_object_per_document_with_the_contract_fields() throws IOException {
    StringWriter out = new StringWriter();
    Path mail = Files.createDirectories(work.resolve("in"));
    Files.copy(TestFiles.fixture("good/letter.eml"), mail.resolve("letter.eml"));
    assertEquals(0, execute(new ExtractCommand(), out, mail.toString(), "--format", "jsonl"));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(json.readTree(line));
    }
    assertEquals(3, lines.size());
    JsonNode message = lines.get(0);
    assertEquals(List.of("file", "id", "parent_id", "title", "date", "type", "publisher", "language", "format", "text_length",
        "entities", "officials", "figures"),
        iterate(message.fieldNames()));
    assertEquals(mail + "/letter.eml", message.get("file").asText());
    assertEquals("Raqqa: response to the Coalition", message.get("title").asText());
    assertEquals("2019-01-17", message.get("date").asText());
    assertEquals("e-mail", message.get("type").asText());
    assertEquals("en", message.get("language").asText());
    assertTrue(message.get("parent_id").isNull());
    assertEquals(mail + "/letter.eml!/findings.txt", lines.get(1).get("file").asText());
    assertEquals(message.get("id").asText(), lines.get(1).get("parent_id").asText());
  }

  @Test
  void extract_reads_the_figure_in_a_photographed_page() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.counterclaim.ingest.Ocr.detect().available(),
        "tesseract-ocr with tesseract-ocr-eng is not installed");
    Path in = Files.createDirectories(work.resolve("scans"));
    org.counterclaim.testing.Scans.picture(in.resolve("page.png"), "png", org.counterclaim.testing.Scans.PARAGRAPH);
    StringWriter out = new StringWriter();
    assertEquals(0, execute(new ExtractCommand(), out, in.toString(), "--format", "jsonl"));
    JsonNode page = new ObjectMapper().readTree(out.toString().strip());
    JsonNode figure = page.get("figures").get(0);
    assertEquals(47, figure.get("min").asLong());
    assertEquals("killed", figure.get("category").asText());
    assertEquals("civilians", figure.get("victims").asText());
  }

  @Test
  void extract_reports_a_broken_file_and_goes_on() {
    StringWriter out = new StringWriter();
    int code = execute(new ExtractCommand(), out, TestFiles.fixture("mixed").toString());
    assertEquals(IndexCommand.SOME_FAILED, code);
    assertEquals(3, out.toString().lines().count());
  }

  @Test
  void extract_goes_on_past_a_hidden_file_a_link_and_a_pipe() throws IOException {
    Path docs = Files.createDirectories(work.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "The ministry said 12 civilians were killed in Raqqa.");
    Files.writeString(docs.resolve(".hidden.txt"), "hidden");
    Files.createSymbolicLink(docs.resolve("link.txt"), Path.of("a.txt"));
    org.counterclaim.testing.hostile.ChangingFiles.makePipe(docs.resolve("pipe.txt"));
    StringWriter out = new StringWriter();
    int code = execute(new ExtractCommand(), out, docs.toString());
    assertEquals(0, code); // skipped, not failed
    assertEquals(1, out.toString().lines().count());
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
