package org.counterclaim.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.counterclaim.extraction.FigureLimits;
import org.counterclaim.index.CatalogEntry;
import org.counterclaim.index.FailureReport;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.Schema;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.testing.ChildJvm;
import org.counterclaim.testing.IndexMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code index} command, in a JVM of its own held to {@value #HEAP} of heap, over the hostile corpus: it
 * must end with "some failed" (exit 1), never an error or a crash, and account for every file.
 *
 * <p>Why {@value #HEAP}: CoreNLP's models take about 400 MB once loaded (heap after a full GC); on top of that
 * the run holds, per reader thread, one 50,000-character chunk in analysis (sentences over 500 tokens are not
 * tagged) and, for the 50 MB line, its 20 million characters of text while Lucene indexes them. 1 GB leaves about
 * half for those; the peak seen here was under 800 MB.
 *
 * <p>The run analyses at most {@value #ANALYSED_CHARS} characters per document, not the default 1,000,000, so that
 * the 50 MB line costs seconds of the test's time rather than a minute; the limit and its warning are the same.
 */
class HostileCorpusTest {

  static final String HEAP = "1g";
  static final int ANALYSED_CHARS = 100_000;
  private static final Pattern SUMMARY = Pattern.compile(
      "(\\d+) indexed \\((\\d+) replaced, (\\d+) documents\\), (\\d+) unchanged, (\\d+) skipped, (\\d+) failed,"
          + " (\\d+) removed — (\\d+) files in");

  @TempDir
  static Path work;
  private static Path corpus;
  private static Path index;
  private static List<HostileCorpus.HostileFile> files;
  private static int exitCode;
  private static String output;
  private static Matcher summary;
  private static Map<String, List<FailureReport.Entry>> report;
  private static DirectoryReader reader;
  private static int flips;

  @BeforeAll
  static void indexTheCorpusInAChildJvm() throws Exception {
    corpus = work.resolve("hostile");
    index = work.resolve("index");
    files = HostileCorpus.write(corpus, HostileCorpus.SEED);
    Path log = work.resolve("index.log");
    Process child = ChildJvm.start(HEAP, IndexMain.class, List.of(corpus.toString(), "--index", index.toString(),
        "--max-analysed-chars", String.valueOf(ANALYSED_CHARS)), log);
    try (ChangingFiles.Flipper flipper = new ChangingFiles.Flipper(corpus.resolve("changing/" + HostileCorpus.FLIPPING),
        Files.createDirectories(work.resolve("scratch")), HostileCorpus.FLIP_CONTENTS[1], HostileCorpus.FLIP_CONTENTS[0])) {
      if (!child.waitFor(10, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      }
      flips = flipper.flips();
    }
    exitCode = child.waitFor();
    output = Files.readString(log);
    summary = SUMMARY.matcher(output);
    assertTrue(summary.find(), "no summary line in the output:\n" + tail(output));
    report = new HashMap<>();
    for (FailureReport.Entry entry : new FailureReport(index).read()) {
      report.computeIfAbsent(relative(entry.path()), p -> new java.util.ArrayList<>()).add(entry);
    }
    reader = DirectoryReader.open(FSDirectory.open(index));
  }

  @AfterAll
  static void closeIndex() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  @Test
  void corpus_has_at_least_200_files() {
    assertTrue(files.size() >= 200, "files: " + files.size());
  }

  @Test
  void run_ends_with_some_failed_and_no_crash() {
    assertEquals(1, exitCode, tail(output));
    for (String crash : List.of("OutOfMemoryError", "StackOverflowError", "Exception in thread", "internal error",
        "counterclaim: error")) {
      assertFalse(output.contains(crash), crash + " in the output:\n" + tail(output));
    }
  }

  @Test
  void summary_counts_add_up_to_the_number_of_files() {
    int indexed = count(1);
    assertEquals(0, count(4), "unchanged");
    assertEquals(0, count(7), "removed");
    assertEquals(files.size(), indexed + count(5) + count(6));
    assertEquals(files.size(), count(8));
  }

  @Test
  void every_file_is_indexed_or_in_the_report_as_failed_or_skipped_with_a_reason() throws IOException {
    Set<String> indexed = new HashSet<>();
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      for (CatalogEntry entry : sink.catalog()) {
        indexed.add(relative(entry.path()));
      }
    }
    Map<String, String> outcomes = new TreeMap<>();
    int failed = 0;
    int skipped = 0;
    for (HostileCorpus.HostileFile file : files) {
      List<String> notIndexed = entries(file.path()).stream()
          .filter(e -> !e.outcome().equals("warning")).map(FailureReport.Entry::outcome).toList();
      boolean isIndexed = indexed.contains(file.path());
      outcomes.put(file.path(), (isIndexed ? "indexed " : "") + notIndexed);
      assertEquals(1, notIndexed.size() + (isIndexed ? 1 : 0), file.path() + ": " + outcomes.get(file.path()));
      failed += notIndexed.contains("failed") ? 1 : 0;
      skipped += notIndexed.contains("skipped") ? 1 : 0;
      entries(file.path()).forEach(e -> assertFalse(e.reason().isBlank(), file.path() + " has no reason"));
    }
    assertEquals(count(1), indexed.size());
    assertEquals(count(6), failed);
    assertEquals(count(5), skipped);
  }

  @Test
  void index_opens_and_holds_the_documents_the_summary_counts() {
    assertEquals(count(3), reader.numDocs());
  }

  @Test
  void encrypted_and_empty_files_fail_with_their_reason() {
    assertEquals(List.of("failed: encrypted: the file is password-protected"), outcomes("encrypted/encrypted.pdf"));
    assertEquals(List.of("failed: empty file (0 bytes)"), outcomes("text/empty.txt"));
  }

  @Test
  void zip_bombs_fail_as_zip_bombs() {
    for (String bomb : List.of("bombs/zeros-2gb.zip", "bombs/text-1gb.zip", "bombs/zip-of-zips.zip")) {
      List<String> outcome = outcomes(bomb);
      assertEquals(1, outcome.size(), bomb + ": " + outcome);
      assertTrue(outcome.get(0).startsWith("failed: zip bomb: its contents expand past "), bomb + ": " + outcome);
    }
  }

  @Test
  void fifty_megabyte_line_is_indexed_cut_and_analysed_in_part() throws IOException {
    assertEquals(List.of("warning: text cut at 20000000 characters",
            "warning: entities and figures looked for in the first " + ANALYSED_CHARS + " of 19999988 characters"
                + " only; all of the text is searchable"),
        outcomes("text/long-line-50mb.txt"));
    Document doc = stored("text/long-line-50mb.txt");
    assertEquals(19_999_988, doc.get(Schema.TEXT).length());
  }

  @Test
  void statements_in_other_languages_are_indexed_with_their_language() throws IOException {
    Map<String, String> languages = new TreeMap<>();
    Map<String, String> expected = new TreeMap<>();
    for (String code : Languages.STATEMENTS.keySet()) {
      languages.put(code + ".txt", stored("languages/" + code + ".txt").get(Schema.LANGUAGE));
      expected.put(code + ".txt", code);
    }
    for (String[] legacy : List.of(new String[] {"ru-koi8-r.txt", "ru"}, new String[] {"zh-gb18030.txt", "zh"},
        new String[] {"ja-shift-jis.txt", "ja"}, new String[] {"fr-iso-8859-1.txt", "fr"})) {
      languages.put(legacy[0], stored("languages/" + legacy[0]).get(Schema.LANGUAGE));
      expected.put(legacy[0], legacy[1]);
    }
    assertEquals(expected, languages);
  }

  @Test
  void links_are_skipped_and_duplicates_point_at_the_first_copy() {
    for (String link : List.of("links/loop", "links/parent-loop", "links/to-a-file.txt", "links/dangling.txt")) {
      assertEquals(List.of("skipped: symbolic link, not followed"), outcomes(link));
    }
    long duplicates = List.of("press-release.txt", "press-release (1).txt", "Copy of press-release.txt").stream()
        .filter(name -> outcomes("duplicates/" + name).stream().anyMatch(o -> o.startsWith("skipped: same content as")))
        .count();
    assertEquals(2, duplicates);
  }

  @Test
  void archive_and_mail_limits_are_reported_as_warnings() {
    assertTrue(outcomes("bombs/nested-30-deep.zip").contains("warning: embedded /level-1.zip/level-2.zip/level-3.zip"
        + "/level-4.zip/level-5.zip/level-6.zip left out: nested deeper than 5"), outcomes("bombs/nested-30-deep.zip")
        .toString());
    assertTrue(outcomes("bombs/many-entries.zip").contains("warning: only the first 1000 embedded documents were"
        + " read"), outcomes("bombs/many-entries.zip").toString());
  }

  @Test
  void external_entity_is_not_expanded_and_entity_bombs_fail() throws IOException {
    String text = stored("bombs/external-entity.xml").get(Schema.TEXT);
    assertEquals("External entity Before the entity. After the entity.", text.replaceAll("\\s+", " "));
    assertTrue(outcomes("bombs/billion-laughs.xml").get(0).startsWith("failed: "));
    assertTrue(outcomes("bombs/quadratic-blowup.xml").get(0).startsWith("failed: "));
  }

  @Test
  void dense_texts_are_indexed_with_their_figures_capped_and_every_stored_field_bounded() throws IOException {
    for (long[] size : DenseTexts.SIZES) {
      String path = "dense/" + DenseTexts.name(size[0]);
      assertTrue(outcomes(path).contains("warning: casualty figures: only the first "
          + FigureLimits.MAX_FIGURES_PER_DOCUMENT + " were kept (the cap per document); the whole text is searchable"),
          path + ": " + outcomes(path));
      Document doc = stored(path);
      assertEquals(FigureLimits.MAX_FIGURES_PER_DOCUMENT, doc.getField(Schema.FIGURE_COUNT).numericValue().intValue());
      for (String field : List.of(Schema.FIGURES_JSON, Schema.ENTITIES_JSON, Schema.METADATA_JSON,
          Schema.OFFICIALS_JSON, Schema.FIGURES_HEAD_JSON)) {
        assertTrue(doc.get(field).length() < 1_000_000, path + " " + field + ": " + doc.get(field).length());
      }
    }
    assertEquals(19_999_988, stored("dense/" + DenseTexts.name(30_000_000)).get(Schema.TEXT).length());
  }

  @Test
  void numbers_beyond_a_long_are_no_figures() throws IOException {
    Document doc = stored("dense/huge-numbers.txt");
    assertEquals(1, doc.getField(Schema.FIGURE_COUNT).numericValue().intValue(), doc.get(Schema.FIGURES_JSON));
    assertTrue(doc.get(Schema.FIGURES_JSON).contains("\"min\":12,"), doc.get(Schema.FIGURES_JSON));
  }

  @Test
  void overlong_names_and_values_are_cut_and_their_files_indexed() throws IOException {
    assertEquals(List.of("warning: embedded /" + "n".repeat(298) + "…: name cut to 1000 of 40001 characters",
            "warning: embedded /" + "n".repeat(298) + "…: metadata 'file_name' cut (at most 20 values of 1000"
                + " characters each)"),
        outcomes("overlong/long-entry-name.zip"));
    IndexSearcher searcher = new IndexSearcher(reader);
    assertEquals(4, searcher.count(new TermQuery(new Term(Schema.ROOT_ID,
        stored("overlong/long-entry-name.zip").get(Schema.ID)))));
    assertEquals("P".repeat(199) + "…", stored("overlong/long-publisher.html").get(Schema.PUBLISHER));
    assertEquals(200, stored("overlong/long-sender.eml").get(Schema.PUBLISHER).length());
  }

  @Test
  void compressed_stream_bombs_fail_as_bombs() {
    for (String bomb : List.of("bombs/zeros-300mb.gz", "bombs/zeros-300mb.bz2", "bombs/zeros-300mb.xz",
        "bombs/text-300mb.txt.gz")) {
      List<String> outcome = outcomes(bomb);
      assertEquals(1, outcome.size(), bomb + ": " + outcome);
      assertTrue(outcome.get(0).startsWith("failed: zip bomb: its contents expand past "), bomb + ": " + outcome);
    }
  }

  @Test
  void a_pdf_with_a_damaged_text_layer_is_not_sent_to_ocr() {
    assertEquals(List.of("failed: no text could be read from its text layer (PDF with fonts on 3 of 3 pages, damaged"
        + " content); it is not a scan, OCR would not help"), outcomes("damaged/text-layer-garbled.pdf"));
  }

  @Test
  void a_pipe_and_a_sparse_32_gb_file_are_skipped_without_being_read() {
    assertEquals(List.of("skipped: not a regular file (a pipe, socket or device)"), outcomes("changing/named-pipe.txt"));
    assertEquals(List.of("skipped: file is 34359.7 MB, over the 536.9 MB limit"), outcomes("changing/sparse-32gb.bin"));
  }

  @Test
  void a_file_flipping_while_it_is_read_is_stored_with_the_id_of_the_text_it_holds_or_fails() throws IOException {
    assertTrue(flips > 100, "the file was rewritten only " + flips + " times");
    List<String> outcome = outcomes("changing/" + HostileCorpus.FLIPPING);
    if (outcome.isEmpty()) { // indexed: its id is the hash of the very text stored
      Document doc = stored("changing/" + HostileCorpus.FLIPPING);
      String text = doc.get(Schema.TEXT);
      assertTrue(List.of(HostileCorpus.FLIP_CONTENTS).contains(text), text);
      assertEquals(ContentHash.idOf(ContentHash.sha256(text)), doc.get(Schema.ID));
    } else {
      assertEquals(List.of("failed: the file changed while it was read, 3 times in a row; the next run reads it"
          + " again"), outcome);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static int count(int group) {
    return Integer.parseInt(summary.group(group));
  }

  private static List<FailureReport.Entry> entries(String relativePath) {
    return report.getOrDefault(relativePath, List.of());
  }

  /** The report lines of a file as "outcome: reason". */
  private static List<String> outcomes(String relativePath) {
    return entries(relativePath).stream().map(e -> e.outcome() + ": " + e.reason()).toList();
  }

  /** The stored fields of the document that stands for a file. */
  private static Document stored(String relativePath) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs hits = searcher.search(new TermQuery(new Term(Schema.PATH, corpus + "/" + relativePath)), 2);
    assertEquals(1, hits.totalHits.value, relativePath + " is not indexed: " + outcomes(relativePath));
    return searcher.storedFields().document(hits.scoreDocs[0].doc);
  }

  private static String relative(String displayPath) {
    return displayPath.substring(corpus.toString().length() + 1);
  }

  private static String tail(String text) {
    return text.length() <= 6_000 ? text : "…" + text.substring(text.length() - 6_000);
  }
}
