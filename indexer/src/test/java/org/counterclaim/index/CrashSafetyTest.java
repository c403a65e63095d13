package org.counterclaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.counterclaim.testing.ChildJvm;
import org.counterclaim.testing.IndexMain;
import org.counterclaim.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@code index} command, in a JVM of its own, killed with SIGKILL twice (as soon as it has created the
 * index, and after it has committed part of the corpus) and then run to the end: the index opens clean after each
 * kill, and in the end holds every document exactly once.
 */
class CrashSafetyTest {

  private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);

  private static final int STATEMENTS = 120;
  /** The statements, a zip with two text entries and an e-mail with two attachments. */
  private static final int FILES = STATEMENTS + 2;
  private static final int DOCUMENTS = STATEMENTS + 3 + 3;
  /** Exit value of a process ended by signal 9. */
  private static final int SIGKILLED = 128 + 9;
  private static final Pattern SUMMARY = Pattern.compile("(?m)^\\d+ indexed.*$");

  @TempDir
  Path work;
  private Path corpus;
  private Path index;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (Process process : started) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void index_killed_twice_opens_clean_and_the_next_run_completes_it_with_every_document_once() throws Exception {
    long begin = System.nanoTime();
    writeCorpus();
    index = work.resolve("data/index");
    killAsSoonAsTheIndexExists();
    long firstKill = System.nanoTime();
    IndexSnapshot committed = killOnceTheZipIsCommitted();
    long secondKill = System.nanoTime();
    String summary = runToTheEnd();

    assertEquals(String.format("%d indexed (0 replaced, %d documents), %d unchanged, 0 skipped, 0 failed, 0 removed",
        FILES - committed.files(), DOCUMENTS - committed.documents(), committed.files()),
        summary.substring(0, summary.indexOf(" — ")));
    IndexSnapshot done = checkedSnapshot();
    assertEquals(DOCUMENTS, done.documents());
    assertEquals(expectedPaths(), new TreeSet<>(done.paths().keySet()));
    assertEquals(List.of(1), done.paths().values().stream().distinct().toList(), "each path once");
    assertEquals(DOCUMENTS, done.ids().size());
    assertEquals(List.of(1), done.ids().values().stream().distinct().toList(), "each id once");
    String readAfterTheKill = "Reference: " + PressStatements.reference(STATEMENTS);
    assertEquals(List.of(statement(STATEMENTS)), pathsWithPhrase(readAfterTheKill));

    LOG.info("crash test: first kill after {} ms, second kill with {} of {} files ({} of {} documents) committed "
            + "after {} ms more, last run {} ms; {}", millis(begin, firstKill), committed.files(), FILES,
        committed.documents(), DOCUMENTS, millis(firstKill, secondKill), millis(secondKill, System.nanoTime()),
        summary);
  }

  /** Kills the first run as soon as it has created the index, before it has read anything: the index is empty. */
  private void killAsSoonAsTheIndexExists() throws Exception {
    Process starting = startIndexing("starting.log");
    awaitIndex(starting, "starting.log", snapshot -> true);
    kill(starting);
    assertEquals(0, checkedSnapshot().documents());
  }

  /** Kills the second run once a commit holds the zip (read first); returns what the index holds then. */
  private IndexSnapshot killOnceTheZipIsCommitted() throws Exception {
    Process midRun = startIndexing("mid-run.log");
    awaitIndex(midRun, "mid-run.log", snapshot -> snapshot.paths().containsKey(zip()));
    kill(midRun);
    assertTrue(Files.exists(index.resolve("write.lock")), "the kill leaves the lock file behind");
    IndexSnapshot committed = checkedSnapshot();
    assertEquals(3, committed.documentsUnder(zip()), "the zip with both entries or nothing: " + committed.paths());
    assertTrue(committed.files() < FILES, "killed before the end: " + committed.files() + " files committed");
    assertFalse(committed.paths().containsKey(statement(STATEMENTS)));
    assertFalse(SUMMARY.matcher(Files.readString(work.resolve("mid-run.log"))).find());
    return committed;
  }

  /** Runs the third time to the end (exit 0); returns the summary line it printed. */
  private String runToTheEnd() throws Exception {
    Process last = startIndexing("last.log");
    assertTrue(last.waitFor(420, TimeUnit.SECONDS), "the last run did not finish");
    String log = Files.readString(work.resolve("last.log"));
    assertEquals(0, last.exitValue(), log);
    Matcher summary = SUMMARY.matcher(log);
    assertTrue(summary.find(), log);
    return summary.group();
  }

  private void writeCorpus() throws IOException {
    corpus = work.resolve("statements").toAbsolutePath();
    PressStatements.write(corpus, STATEMENTS, 20170606L);
    // Sorted first and last, so one file with embedded documents is read before the kill and one after it.
    Files.copy(TestFiles.fixture("good/bundle.zip"), corpus.resolve("statement-0000-bundle.zip"));
    Files.copy(TestFiles.fixture("good/letter.eml"), corpus.resolve("statement-9999-letter.eml"));
  }

  private String statement(int n) {
    return corpus + "/statement-" + String.format("%04d", n) + ".txt";
  }

  private String zip() {
    return corpus + "/statement-0000-bundle.zip";
  }

  private TreeSet<String> expectedPaths() {
    TreeSet<String> paths = new TreeSet<>();
    for (int n = 1; n <= STATEMENTS; n++) {
      paths.add(statement(n));
    }
    String mail = corpus + "/statement-9999-letter.eml";
    paths.addAll(List.of(zip(), zip() + "!/a/seed-000.txt", zip() + "!/b/seed-004.txt",
        mail, mail + "!/findings.txt", mail + "!/statement.pdf"));
    return paths;
  }

  /** Starts {@code index} on the corpus, committing every 10 files or 2 seconds. */
  private Process startIndexing(String log) throws IOException {
    Process process = ChildJvm.start("2g", IndexMain.class, List.of(corpus.toString(), "--index", index.toString(),
        "--threads", "2", "--commit-every-files", "10", "--commit-every", "2"), work.resolve(log));
    started.add(process);
    return process;
  }

  /** Waits until the last commit of the index passes the test, while the child goes on writing it. */
  private void awaitIndex(Process child, String log, Predicate<IndexSnapshot> ready) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.isDirectory(index)) {
        try (Directory dir = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(dir) && ready.test(IndexSnapshot.of(dir))) {
            return;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the index never got there; the child "
        + (child.isAlive() ? "is still running" : "ended with " + child.exitValue()) + ":\n"
        + Files.readString(work.resolve(log)));
  }

  /** SIGKILL (what {@code destroyForcibly} sends on Linux), proven by the exit value. */
  private static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(SIGKILLED, process.exitValue());
  }

  /** Lucene's CheckIndex finds the index clean (taking its write lock), and it opens. */
  private IndexSnapshot checkedSnapshot() throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(output, true, StandardCharsets.UTF_8));
        assertTrue(check.checkIndex().clean, output.toString(StandardCharsets.UTF_8));
      }
      return IndexSnapshot.of(dir);
    }
  }

  private List<String> pathsWithPhrase(String phrase) throws IOException {
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query = new QueryBuilder(Schema.analyzer()).createPhraseQuery(Schema.TEXT, phrase);
      TopDocs hits = searcher.search(query, 10);
      List<String> paths = new ArrayList<>();
      for (var hit : hits.scoreDocs) {
        paths.add(searcher.storedFields().document(hit.doc).get(Schema.PATH));
      }
      return paths;
    }
  }

  private static long millis(long fromNanos, long toNanos) {
    return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
  }
}
