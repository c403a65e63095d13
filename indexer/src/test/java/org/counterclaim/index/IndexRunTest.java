package org.counterclaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.ingest.FoundFile;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.IngestResult;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.Outcome;
import org.counterclaim.testing.SharedPipeline;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental index runs: identity by content, replacement, removal, duplicates, failures and retries. */
class IndexRunTest {

  private static Ingester ingester;

  @TempDir
  Path work;
  private Path index;
  private Path docs;
  private final List<Outcome> outcomes = new ArrayList<>();

  @BeforeAll
  static void openIngester() {
    ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn());
  }

  @AfterAll
  static void closeIngester() {
    ingester.close();
  }

  @BeforeEach
  void copyCorpus() {
    index = work.resolve("index");
    docs = TestFiles.copyFolder(TestFiles.corpus(), work.resolve("docs"));
  }

  private RunSummary run(String... folders) throws IOException {
    return withRun(run -> run.run(List.of(folders)));
  }

  private RunSummary retry() throws IOException {
    return withRun(IndexRun::retryFailed);
  }

  private interface RunAction {
    RunSummary apply(IndexRun run) throws IOException;
  }

  private RunSummary withRun(RunAction action) throws IOException {
    outcomes.clear();
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      IndexRun run = new IndexRun(sink, ingester, SharedPipeline::get, new FailureReport(index),
          new IndexRun.Options(2, 2, java.time.Duration.ofSeconds(10)), new IndexRun.Listener() {
            @Override
            public void started(int files) {}

            @Override
            public synchronized void finished(Outcome outcome) {
              outcomes.add(outcome);
            }
          });
      return action.apply(run);
    }
  }

  private Set<String> indexedPaths() throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      Set<String> paths = new TreeSet<>();
      sink.catalog().forEach(e -> paths.add(e.path()));
      return paths;
    }
  }

  private long count(String field, String value) throws IOException {
    try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  private long documents() throws IOException {
    try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  private String folder() {
    return docs.toString();
  }

  @Test
  void second_run_on_an_unchanged_folder_indexes_nothing() throws IOException {
    RunSummary first = run(folder());
    assertEquals(List.of(5, 0, 0, 0, 0), List.of(first.indexed(), first.unchanged(), first.skipped(), first.failed(), first.removed()));
    RunSummary second = run(folder());
    assertEquals(List.of(0, 5, 0, 0, 0), List.of(second.indexed(), second.unchanged(), second.skipped(), second.failed(), second.removed()));
    assertTrue(second.toString().startsWith("0 indexed, 5 unchanged, 0 skipped, 0 failed, 0 removed"), second.toString());
    assertEquals(5, documents());
  }

  @Test
  void changed_file_replaces_its_old_version() throws IOException {
    run(folder());
    Path file = docs.resolve("004_bc4093806d4fb112.txt");
    String oldId = org.counterclaim.ingest.ContentHash.idOf(org.counterclaim.ingest.ContentHash.sha256(file));
    Files.writeString(file, "\nA correction from Kandahar.", java.nio.file.StandardOpenOption.APPEND);
    RunSummary summary = run(folder());
    assertEquals(List.of(1, 1, 4), List.of(summary.indexed(), summary.replaced(), summary.unchanged()));
    assertEquals(5, documents());
    assertEquals(0, count(Schema.ID, oldId));
    assertEquals(1, count(Schema.TEXT, "kandahar"));
  }

  @Test
  void file_gone_from_the_folder_leaves_the_index() throws IOException {
    run(folder());
    Files.delete(docs.resolve("001_36bba62ce994f987.txt"));
    RunSummary summary = run(folder());
    assertEquals(1, summary.removed());
    assertEquals(4, documents());
    assertEquals(0, count(Schema.PATH, docs + "/001_36bba62ce994f987.txt"));
  }

  @Test
  void copy_of_an_indexed_file_is_skipped_as_a_duplicate() throws IOException {
    run(folder());
    Files.copy(docs.resolve("003_9b047ec938dd0195.txt"), docs.resolve("copy-of-003.txt"));
    RunSummary summary = run(folder());
    assertEquals(List.of(0, 5, 1), List.of(summary.indexed(), summary.unchanged(), summary.skipped()));
    assertTrue(outcomes.contains(new Outcome.Skipped(docs + "/copy-of-003.txt",
        "same content as " + docs + "/003_9b047ec938dd0195.txt")), outcomes.toString());
    assertEquals(5, documents());
  }

  @Test
  void moved_file_keeps_its_document_under_the_new_path() throws IOException {
    run(folder());
    Files.move(docs.resolve("002_9c680c97a9407c02.txt"), docs.resolve("moved.txt"));
    RunSummary summary = run(folder());
    assertEquals(List.of(1, 0), List.of(summary.indexed(), summary.removed()));
    assertEquals(5, documents());
    assertEquals(1, count(Schema.PATH, docs + "/moved.txt"));
  }

  @Test
  void files_that_swap_contents_both_stay_indexed() throws IOException {
    run(folder());
    Path a = docs.resolve("000_29af3096213c5464.txt");
    Path b = docs.resolve("001_36bba62ce994f987.txt");
    Path tmp = work.resolve("swap");
    Files.move(a, tmp);
    Files.move(b, a);
    Files.move(tmp, b);
    run(folder());
    assertEquals(5, documents());
    assertEquals(Set.of(docs + "/000_29af3096213c5464.txt", docs + "/001_36bba62ce994f987.txt",
        docs + "/002_9c680c97a9407c02.txt", docs + "/003_9b047ec938dd0195.txt", docs + "/004_bc4093806d4fb112.txt"),
        indexedPaths());
  }

  @Test
  void files_outside_the_folders_of_a_run_stay_in_the_index() throws IOException {
    run(folder());
    Path other = TestFiles.copyFolder(TestFiles.fixture("good"), work.resolve("other"));
    RunSummary summary = run(other.toString());
    assertEquals(0, summary.removed());
    assertEquals(5 + summary.documents(), documents());
  }

  @Test
  void a_file_with_attachments_leaves_the_index_whole() throws IOException {
    Path mail = Files.createDirectories(work.resolve("mail"));
    Files.copy(TestFiles.fixture("good/letter.eml"), mail.resolve("letter.eml"));
    RunSummary first = run(mail.toString());
    assertEquals(3, first.documents());
    assertEquals(3, documents());
    Files.delete(mail.resolve("letter.eml"));
    run(mail.toString());
    assertEquals(0, documents());
  }

  @Test
  void broken_files_are_reported_with_reasons_and_good_ones_indexed() throws IOException {
    Path mixed = TestFiles.copyFolder(TestFiles.fixture("mixed"), work.resolve("mixed"));
    RunSummary summary = run(mixed.toString());
    assertEquals(List.of(3, 2), List.of(summary.indexed(), summary.failed()));
    List<FailureReport.Entry> report = new FailureReport(index).read();
    assertEquals(List.of(
        mixed + "/empty.txt failed empty file (0 bytes)",
        mixed + "/truncated.pdf failed TikaException (IOException): Page tree root must be a dictionary"),
        report.stream().map(e -> e.path() + " " + e.outcome() + " " + e.reason()).toList());
    assertEquals(work.resolve("index-report.jsonl"), new FailureReport(index).location());
  }

  @Test
  void retry_reads_only_the_failed_files_again() throws IOException {
    Path mixed = TestFiles.copyFolder(TestFiles.fixture("mixed"), work.resolve("mixed"));
    run(mixed.toString());
    Files.copy(TestFiles.fixture("good/report.rtf"), mixed.resolve("truncated.pdf"), StandardCopyOption.REPLACE_EXISTING);
    RunSummary summary = retry();
    assertEquals(List.of(1, 0, 1), List.of(summary.indexed(), summary.unchanged(), summary.failed()));
    assertEquals(2, outcomes.size());
    assertEquals(List.of(mixed + "/empty.txt"), new FailureReport(index).read().stream().map(FailureReport.Entry::path).toList());
  }

  @Test
  void old_version_a_killed_run_left_beside_the_new_one_is_deleted_by_the_next_run() throws IOException {
    run(folder());
    Path file = docs.resolve("004_bc4093806d4fb112.txt");
    String oldId = ContentHash.idOf(ContentHash.sha256(file));
    Files.writeString(file, "\nA correction from Kandahar.", StandardOpenOption.APPEND);
    // What a run killed after committing the new version, before its end-of-run cleanup, leaves: both versions.
    IngestResult.Ingested ingested = (IngestResult.Ingested) ingester.ingest(
        new FoundFile(file, file.toString()), ContentHash.sha256(file));
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      sink.put(file.toString(), ingested.documents().stream().map(SharedPipeline.get()::apply).toList());
      sink.commit();
    }
    assertEquals(2, count(Schema.PATH, file.toString()));
    RunSummary summary = run(folder());
    assertEquals(List.of(0, 5, 0), List.of(summary.indexed(), summary.unchanged(), summary.removed()));
    assertEquals(5, documents());
    assertEquals(1, count(Schema.PATH, file.toString()));
    assertEquals(0, count(Schema.ID, oldId));
    assertEquals(1, count(Schema.TEXT, "kandahar"));
  }

  @Test
  void retry_after_a_report_cut_short_retries_the_lines_that_are_whole() throws IOException {
    Path empty = Files.copy(TestFiles.fixture("broken/empty.txt"),
        Files.createDirectories(work.resolve("broken")).resolve("empty.txt"));
    FailureReport report = new FailureReport(index);
    String time = "2026-01-02T03:04:05Z";
    report.write(List.of(
        new FailureReport.Entry(empty.toString(), empty.toString(), "failed", "empty file (0 bytes)", time),
        new FailureReport.Entry("gone.pdf", work.resolve("gone.pdf").toString(), "failed", "cut", time)));
    byte[] bytes = Files.readAllBytes(report.location());
    Files.write(report.location(), Arrays.copyOf(bytes, bytes.length - 20));
    RunSummary summary = retry();
    assertEquals(List.of(0, 1), List.of(summary.indexed(), summary.failed()));
    assertEquals(List.of(new Outcome.Failed(empty.toString(), "empty file (0 bytes)")), outcomes);
    assertEquals(List.of(empty.toString()), report.read().stream().map(FailureReport.Entry::path).toList());
  }
}
