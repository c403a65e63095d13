package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.counterclaim.index.FailureReport;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.RunSummary;
import org.counterclaim.index.Schema;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.Outcome;
import org.counterclaim.testing.SharedPipeline;
import org.counterclaim.testing.hostile.ChangingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Files that change under the indexer: swapped for a pipe or removed after the folder walk, rewritten between the
 * hash and the parse, and a sparse file far over the size limit. Every read is bounded, the size is checked before
 * a byte is read, and a document is stored only with the id of the bytes it was parsed from.
 */
class ChangingFilesTest {

  private static final IngestLimits LIMITS = IngestLimits.DEFAULT;
  private static final String FIRST = "The ministry said 12 civilians were killed in Raqqa on Monday.";
  private static final String SECOND = "The ministry said 40 civilians were killed in Mosul on Tuesday.";

  @TempDir
  Path work;

  @Test
  void a_pipe_is_refused_when_it_is_opened_not_read() throws IOException {
    Path pipe = work.resolve("pipe.txt");
    ChangingFiles.makePipe(pipe);
    assertThrows(FileStamp.NotARegularFile.class, () -> ContentHash.sha256(pipe));
    try (Ingester ingester = new Ingester(LIMITS, OrganisationAliases.builtIn())) {
      assertEquals(new FileIdentity.Refused(false, "not a regular file when it was read (a pipe, socket or device"
          + " took its place)"), ingester.identify(new FoundFile(pipe, "pipe.txt")));
    }
  }

  @Test
  void a_file_over_the_size_limit_is_skipped_before_it_is_hashed() throws IOException {
    Path huge = ChangingFiles.sparse(work.resolve("huge.bin"), 32L << 30);
    try (Ingester ingester = new Ingester(LIMITS, OrganisationAliases.builtIn())) {
      long start = System.nanoTime();
      FileIdentity identity = ingester.identify(new FoundFile(huge, "huge.bin"));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(new FileIdentity.Refused(false, "file is 34359.7 MB, over the 536.9 MB limit"), identity);
      assertTrue(millis < 5_000, "took " + millis + " ms: was it read?"); // hashing 32 GB takes a minute or more
    }
  }

  @Test
  void a_file_removed_after_the_walk_has_vanished() throws IOException {
    try (Ingester ingester = new Ingester(LIMITS, OrganisationAliases.builtIn())) {
      assertEquals(new FileIdentity.Refused(true, "vanished: the file was removed after the folder was walked"),
          ingester.identify(new FoundFile(work.resolve("gone.txt"), "gone.txt")));
    }
  }

  @Test
  void a_file_rewritten_between_hash_and_parse_is_read_again() throws IOException {
    Path file = Files.writeString(work.resolve("flip.txt"), FIRST);
    try (Ingester ingester = new Ingester(LIMITS, OrganisationAliases.builtIn(),
        new TikaExtractor(LIMITS, new RewritingParser(file, SECOND, 1)))) {
      FoundFile found = new FoundFile(file, "flip.txt");
      FileIdentity.Identified first = assertInstanceOf(FileIdentity.Identified.class, ingester.identify(found));
      assertEquals(new IngestResult.Changed(), ingester.ingest(found, first));
      FileIdentity.Identified second = assertInstanceOf(FileIdentity.Identified.class, ingester.identify(found));
      IngestResult.Ingested ingested = assertInstanceOf(IngestResult.Ingested.class, ingester.ingest(found, second));
      assertEquals(SECOND, ingested.documents().get(0).text());
      assertEquals(ContentHash.idOf(ContentHash.sha256(file)), ingested.documents().get(0).id());
    }
  }

  @Test
  void an_index_run_accounts_for_files_swapped_removed_and_rewritten_after_the_walk() throws IOException {
    Path docs = Files.createDirectories(work.resolve("docs"));
    Files.writeString(docs.resolve("a-steady.txt"), FIRST);
    Files.writeString(docs.resolve("b-piped.txt"), FIRST + " b");
    Files.writeString(docs.resolve("c-removed.txt"), FIRST + " c");
    Path once = Files.writeString(docs.resolve("d-rewritten-once.txt"), FIRST + " d");
    Path always = Files.writeString(docs.resolve("e-rewritten-always.txt"), FIRST + " e");
    Path index = work.resolve("index");
    Map<String, String> outcomes = new TreeMap<>();
    RunSummary summary;
    long start = System.nanoTime();
    try (Ingester ingester = new Ingester(LIMITS, OrganisationAliases.builtIn(), new TikaExtractor(LIMITS,
             new RewritingParser(once, SECOND + " d", 1, new RewritingParser(always, SECOND + " e", 100, null))));
         LuceneDocumentSink sink = LuceneDocumentSink.open(index)) {
      IndexRun run = new IndexRun(sink, ingester, SharedPipeline::get, new FailureReport(index),
          new IndexRun.Options(1, 100, Duration.ofSeconds(10)), new IndexRun.Listener() {
            @Override
            public void started(int files) {
              try { // after the walk, before any file is read
                ChangingFiles.swapForPipe(docs.resolve("b-piped.txt"));
                Files.delete(docs.resolve("c-removed.txt"));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }

            @Override
            public void finished(Outcome outcome) {
              outcomes.put(outcome.path().substring(docs.toString().length() + 1), describe(outcome));
            }
          });
      summary = run.run(List.of(docs.toString()));
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertTrue(seconds < 60, "the run took " + seconds + " s"); // the pipe used to hang it for good
    Map<String, String> expected = new TreeMap<>(Map.of(
        "a-steady.txt", "indexed",
        "b-piped.txt", "skipped: not a regular file when it was read (a pipe, socket or device took its place)",
        "c-removed.txt", "failed: vanished: the file was removed after the folder was walked",
        "d-rewritten-once.txt", "indexed",
        "e-rewritten-always.txt", "failed: the file changed while it was read, 3 times in a row; the next run reads"
            + " it again"));
    assertEquals(expected, outcomes);
    assertEquals(2, summary.indexed());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(Schema.PATH, docs + "/d-rewritten-once.txt")), 2);
      assertEquals(1, hits.totalHits.value);
      var stored = searcher.storedFields().document(hits.scoreDocs[0].doc);
      assertEquals(SECOND + " d", stored.get(Schema.TEXT));
      assertEquals(ContentHash.idOf(ContentHash.sha256(once)), stored.get(Schema.ID));
    }
  }

  private static String describe(Outcome outcome) {
    if (outcome instanceof Outcome.Failed failed) {
      return "failed: " + failed.reason();
    }
    if (outcome instanceof Outcome.Skipped skipped) {
      return "skipped: " + skipped.reason();
    }
    return outcome instanceof Outcome.Indexed ? "indexed" : outcome.toString();
  }

  /**
   * Tika's parser, which first rewrites one file with other content the first {@code times} times it parses it, as
   * a writer racing the indexer would: the parse reads other bytes than were hashed.
   */
  private static final class RewritingParser implements Parser {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient String content;
    private final transient AtomicInteger left;
    private final transient Parser next;
    private final transient AutoDetectParser tika = new AutoDetectParser();

    RewritingParser(Path file, String content, int times) {
      this(file, content, times, null);
    }

    RewritingParser(Path file, String content, int times, Parser next) {
      this.file = file;
      this.content = content;
      this.left = new AtomicInteger(times);
      this.next = next;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return tika.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws IOException, SAXException, TikaException {
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (file.getFileName().toString().equals(name) && left.getAndDecrement() > 0) {
        Files.writeString(file, content + " (version " + left.get() + ")");
        if (left.get() == 0) {
          Files.writeString(file, content);
        }
      }
      if (next != null) {
        next.parse(stream, handler, metadata, context);
      } else {
        tika.parse(stream, handler, metadata, context);
      }
    }
  }
}
