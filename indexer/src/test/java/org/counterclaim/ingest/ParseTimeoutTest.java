package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.counterclaim.index.FailureReport;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.RunSummary;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.Outcome;
import org.counterclaim.testing.SharedPipeline;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parser that never returns and ignores interruption: the file fails, the thread is counted, the run goes on. */
class ParseTimeoutTest {

  private static final IngestLimits ONE_SECOND = new IngestLimits(
      512L * 1024 * 1024, 20_000_000, Duration.ofSeconds(1), 1_000, 5, 1_000_000, 2);

  @TempDir
  Path work;
  private final HangingParser parser = new HangingParser();

  @AfterEach
  void releaseStuckThreads() {
    parser.release();
  }

  private Path hangingFile() throws IOException {
    return Files.writeString(work.resolve("hang.txt"), "A file whose parser never returns.");
  }

  @Test
  void timed_out_parse_fails_the_file_and_the_next_file_still_parses() throws IOException {
    try (TikaExtractor extractor = new TikaExtractor(ONE_SECOND, parser)) {
      Extraction hung = extractor.extract(hangingFile());

      assertEquals(new Extraction.Unreadable(true, "parse timed out after 1 s"), hung);
      assertEquals(1, extractor.stuckParsers());
      Extraction next = extractor.extract(TestFiles.fixture("good/article.html"));
      List<ExtractedPart> parts = assertInstanceOf(Extraction.Parsed.class, next).parts();
      assertTrue(parts.get(0).text().contains("Raqqa"));
    }
  }

  @Test
  void stuck_thread_is_no_longer_counted_once_its_parser_returns() throws Exception {
    try (TikaExtractor extractor = new TikaExtractor(ONE_SECOND, parser)) {
      extractor.extract(hangingFile());
      assertEquals(1, extractor.stuckParsers());

      parser.release();
      for (int i = 0; i < 100 && extractor.stuckParsers() > 0; i++) {
        Thread.sleep(50);
      }
      assertEquals(0, extractor.stuckParsers());
    }
  }

  @Test
  void once_the_stuck_threads_reach_the_limit_further_files_fail_at_once() throws IOException {
    try (TikaExtractor extractor = new TikaExtractor(ONE_SECOND, parser)) {
      extractor.extract(hangingFile());
      extractor.extract(Files.writeString(work.resolve("hang-again.txt"), "Another one."));
      assertEquals(2, extractor.stuckParsers());

      Extraction refused = extractor.extract(TestFiles.fixture("good/article.html"));

      assertEquals(new Extraction.Unreadable(true, "not read: 2 parser threads still stuck on files that timed out;"
          + " index --retry-failed reads it in a fresh process"), refused);
    }
  }

  @Test
  void index_run_goes_on_past_a_hung_file_and_reports_it_and_the_stuck_thread() throws IOException {
    Path docs = Files.createDirectories(work.resolve("docs"));
    Files.copy(TestFiles.fixture("good/article.html"), docs.resolve("article.html"));
    Files.writeString(docs.resolve("hang.txt"), "A file whose parser never returns.");
    Files.writeString(docs.resolve("statement.txt"), "The ministry said 12 civilians were killed in Raqqa.");
    Path index = work.resolve("index");
    RunSummary summary;
    try (Ingester ingester = new Ingester(ONE_SECOND, OrganisationAliases.builtIn(),
             new TikaExtractor(ONE_SECOND, parser));
         LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      IndexRun run = new IndexRun(sink, ingester, SharedPipeline::get, new FailureReport(index),
          new IndexRun.Options(1, 100, Duration.ofSeconds(10)), new IndexRun.Listener() {
            @Override
            public void started(int files) {}

            @Override
            public void finished(Outcome outcome) {}
          });
      summary = run.run(List.of(docs.toString()));
    }

    assertEquals(2, summary.indexed());
    assertEquals(1, summary.failed());
    assertEquals(1, summary.stuckParsers());
    assertTrue(summary.toString().contains("1 parser thread still stuck after timing out"), summary.toString());
    List<FailureReport.Entry> report = new FailureReport(index).read();
    assertEquals(1, report.size());
    assertEquals(docs.resolve("hang.txt").toString(), report.get(0).path());
    assertEquals("failed", report.get(0).outcome());
    assertEquals("parse timed out after 1 s", report.get(0).reason());
  }
}
