package org.counterclaim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.counterclaim.extraction.DocumentPipeline;
import org.counterclaim.extraction.FigureLimits;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.ingest.FileIdentity;
import org.counterclaim.ingest.FileWalker;
import org.counterclaim.ingest.FoundFile;
import org.counterclaim.ingest.IngestResult;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.Outcome;
import org.counterclaim.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental index run over folders and files. A file's identity is its content hash:
 * <ul>
 *   <li>a file whose content the index already holds under its path is <em>unchanged</em> and not read again;</li>
 *   <li>a changed file is re-read and replaces its old version (the old one stays if the new one cannot be read);</li>
 *   <li>a file with the same content as another file already indexed is <em>skipped</em> as a duplicate;</li>
 *   <li>a file that is gone from a folder given to the run leaves the index.</li>
 * </ul>
 * Files are read in parallel; the index is committed every few seconds or every so many files. A run killed at
 * any moment (SIGKILL, power cut) loses at most the files read since its last commit: the catalog is read from the
 * index itself, so the next run reads those files again and counts the committed ones as unchanged. A file's
 * documents are committed together or not at all ({@link DocumentSink#put}). Old versions of changed files and
 * gone files are deleted at the end of a run; after a kill, the next run deletes them.
 */
public final class IndexRun {

  private static final Logger LOG = LoggerFactory.getLogger(IndexRun.class);
  /** Reads of a file that changes while it is read, before it fails. */
  static final int MAX_READS = 3;

  /** How the run works: reader threads and the commit policy. */
  public record Options(int threads, int commitEveryFiles, Duration commitEvery) {
    public static final Options DEFAULT =
        new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 500, Duration.ofSeconds(10));
  }

  /** Hears about the run as it goes (a progress bar, a log). */
  public interface Listener {
    void started(int files);

    void finished(Outcome outcome);
  }

  private final DocumentSink sink;
  private final Ingester ingester;
  private final Supplier<DocumentPipeline> pipeline;
  private final FailureReport report;
  private final Options options;
  private final Listener listener;
  private final Partition partition;

  private Catalog catalog = new Catalog(List.of());
  /** Ids written or confirmed by this run, with the path that holds them. */
  private final Map<String, String> claimed = new ConcurrentHashMap<>();
  /** Ids of old versions of changed files, deleted at the end unless this run wrote them again. */
  private final Set<String> obsolete = ConcurrentHashMap.newKeySet();
  private final Object commitLock = new Object();
  private int filesSinceCommit;
  private long lastCommitNanos = System.nanoTime();

  /**
   * @param pipeline analysis and extraction, asked for only when a file has to be read (loading CoreNLP takes
   *                 seconds: a run over an unchanged folder never pays for it)
   */
  public IndexRun(DocumentSink sink, Ingester ingester, Supplier<DocumentPipeline> pipeline, FailureReport report,
                  Options options, Listener listener) {
    this(sink, ingester, pipeline, report, options, listener, Partition.ALL);
  }

  /**
   * A run that takes only its share of the files: worker K of N reads, and removes when gone, only the files
   * {@link Partition#contains} gives it. Duplicates are still found across the whole index.
   */
  public IndexRun(DocumentSink sink, Ingester ingester, Supplier<DocumentPipeline> pipeline, FailureReport report,
                  Options options, Listener listener, Partition partition) {
    this.partition = partition;
    this.sink = sink;
    this.ingester = ingester;
    this.pipeline = pipeline;
    this.report = report;
    this.options = options;
    this.listener = listener;
  }

  /** Indexes the folders and files given, removing from the index the files gone from those folders. */
  public RunSummary run(List<String> arguments) throws IOException {
    long start = System.nanoTime();
    FileWalker.Walk walk = FileWalker.walk(arguments);
    loadCatalog();
    List<FoundFile> share = walk.files().stream().filter(f -> partition.contains(f.file().toString())).toList();
    if (!partition.isAll()) {
      LOG.info("worker {}: {} of {} files", partition, share.size(), walk.files().size());
    }
    // A walk problem has no file to hash: worker 1 reports it, so that it is reported once.
    List<Outcome> problems = partition.worker() == 1 ? walk.problems() : List.of();
    List<Outcome> outcomes = new ArrayList<>(problems);
    List<FailureReport.Entry> entries = new ArrayList<>();
    problems.forEach(p -> entries.addAll(FailureReport.entriesFor(p, null)));
    process(share, outcomes, entries);
    int removed = removeGone(arguments, walk.files());
    return finish(outcomes, entries, removed, start);
  }

  /** Reads again only the files that failed in the last run, as its report lists them. */
  public RunSummary retryFailed() throws IOException {
    long start = System.nanoTime();
    loadCatalog();
    List<FoundFile> retry = new ArrayList<>();
    List<FailureReport.Entry> entries = new ArrayList<>();
    for (FailureReport.Entry entry : report.read()) {
      if ("failed".equals(entry.outcome()) && entry.file() != null) {
        retry.add(new FoundFile(Path.of(entry.file()), entry.path()));
      } else {
        entries.add(entry);
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    process(retry, outcomes, entries);
    return finish(outcomes, entries, 0, start);
  }

  /** Reads what the index holds: its last commit, so files a killed run had not committed are read again. */
  private void loadCatalog() throws IOException {
    catalog = new Catalog(sink.catalog());
  }

  private void process(List<FoundFile> files, List<Outcome> outcomes, List<FailureReport.Entry> entries)
      throws IOException {
    listener.started(files.size());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<Outcome>> results = new ArrayList<>();
      for (FoundFile file : files) {
        results.add(pool.submit(() -> {
          Outcome outcome = processOne(file);
          listener.finished(outcome);
          return outcome;
        }));
      }
      for (int i = 0; i < files.size(); i++) {
        Outcome outcome = await(results.get(i), files.get(i));
        outcomes.add(outcome);
        entries.addAll(FailureReport.entriesFor(outcome, files.get(i).file().toString()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads one file, again when it changed while it was read (its hash before and after the parse differ), at most
   * {@link #MAX_READS} times; a file that keeps changing fails, and the next run reads it again.
   */
  private Outcome processOne(FoundFile found) {
    for (int read = 1; ; read++) {
      Optional<Outcome> outcome = readOnce(found);
      if (outcome.isPresent()) {
        return outcome.get();
      }
      if (read == MAX_READS) {
        return new Outcome.Failed(found.displayPath(), "the file changed while it was read, " + MAX_READS
            + " times in a row; the next run reads it again");
      }
      LOG.info("{} changed while it was read; reading it again", found.displayPath());
    }
  }

  /** The file's outcome, or nothing when it changed while it was read. */
  private Optional<Outcome> readOnce(FoundFile found) {
    String file = found.file().toString();
    FileIdentity identity = ingester.identify(found);
    if (identity instanceof FileIdentity.Refused refused) {
      return Optional.of(refused.failure()
          ? new Outcome.Failed(found.displayPath(), refused.reason())
          : new Outcome.Skipped(found.displayPath(), refused.reason()));
    }
    if (!(identity instanceof FileIdentity.Identified identified)) {
      return Optional.empty();
    }
    String sha256 = identified.sha256();
    String id = ContentHash.idOf(sha256);
    List<CatalogEntry> previous = catalog.versionsOf(file);
    if (previous.stream().anyMatch(e -> e.id().equals(id))) {
      claimed.put(id, found.displayPath());
      markObsolete(previous.stream().filter(e -> !e.id().equals(id)).toList());
      return Optional.of(new Outcome.Unchanged(found.displayPath(), id));
    }
    CatalogEntry holder = catalog.holderOf(id);
    if (holder != null && !holder.file().equals(file) && stillHolds(holder, sha256)) {
      markObsolete(previous);
      return Optional.of(new Outcome.Skipped(found.displayPath(), "same content as " + holder.path()));
    }
    String firstHolder = claimed.putIfAbsent(id, found.displayPath());
    if (firstHolder != null) {
      markObsolete(previous);
      return Optional.of(new Outcome.Skipped(found.displayPath(), "same content as " + firstHolder));
    }
    IngestResult result = ingester.ingest(found, identified);
    if (result instanceof IngestResult.Changed) {
      claimed.remove(id);
      return Optional.empty();
    }
    if (result instanceof IngestResult.Rejected rejected) {
      claimed.remove(id);
      String reason = rejected.reason() + (previous.isEmpty() ? "" : " (the previously indexed version is kept)");
      return Optional.of(rejected.failure()
          ? new Outcome.Failed(found.displayPath(), reason)
          : new Outcome.Skipped(found.displayPath(), reason));
    }
    IngestResult.Ingested ingested = (IngestResult.Ingested) result;
    List<AnalysedDocument> analysed = new ArrayList<>();
    for (SourceDocument document : ingested.documents()) {
      analysed.add(pipeline.get().apply(document));
    }
    try {
      sink.put(file, analysed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index", e);
    }
    markObsolete(previous);
    maybeCommit();
    return Optional.of(new Outcome.Indexed(found.displayPath(), id, ingested.documents().size(),
        !previous.isEmpty() || holder != null, withFigureCaps(ingested.warnings(), analysed, found.displayPath())));
  }

  /** The ingest warnings, and one for each document whose figures reached {@link FigureLimits}' cap. */
  static List<String> withFigureCaps(List<String> warnings, List<AnalysedDocument> analysed, String displayPath) {
    List<String> all = new ArrayList<>(warnings);
    for (AnalysedDocument document : analysed) {
      if (document.figures().size() >= FigureLimits.MAX_FIGURES_PER_DOCUMENT) {
        String path = document.source().path();
        String embedded = path.startsWith(displayPath + "!") ? "embedded " + path.substring(displayPath.length() + 1)
            + ": " : "";
        all.add(embedded + "casualty figures: only the first " + FigureLimits.MAX_FIGURES_PER_DOCUMENT
            + " were kept (the cap per document); the whole text is searchable");
      }
    }
    return all;
  }

  /** True when the file the index holds this content for is still there with the same content. */
  private boolean stillHolds(CatalogEntry holder, String sha256) {
    FileIdentity identity = ingester.identify(new FoundFile(Path.of(holder.file()), holder.path()));
    return identity instanceof FileIdentity.Identified identified && identified.sha256().equals(sha256);
  }

  private void markObsolete(List<CatalogEntry> previous) {
    previous.forEach(entry -> obsolete.add(entry.id()));
  }

  /** Deletes old versions of changed files and the files gone from the folders of this run. */
  private int removeGone(List<String> arguments, List<FoundFile> found) throws IOException {
    Set<String> seen = new HashSet<>();
    found.forEach(f -> seen.add(f.file().toString()));
    List<Path> roots = arguments.stream()
        .map(Path::of).filter(Files::exists)
        .map(p -> p.toAbsolutePath().normalize()).toList();
    Set<String> removed = new HashSet<>();
    for (CatalogEntry entry : catalog.entries()) {
      Path file = Path.of(entry.file());
      boolean underRoot = roots.stream().anyMatch(file::startsWith);
      boolean mine = partition.contains(entry.file());
      if (underRoot && mine && !seen.contains(entry.file()) && !claimed.containsKey(entry.id())) {
        sink.deleteFile(entry.id());
        LOG.info("removed {}: the file is gone", entry.path());
        removed.add(entry.file()); // a file a killed run left in two versions is one file gone
      }
    }
    for (String id : obsolete) { // only this worker's files mark versions obsolete
      if (!claimed.containsKey(id)) {
        sink.deleteFile(id);
      }
    }
    return removed.size();
  }

  private RunSummary finish(List<Outcome> outcomes, List<FailureReport.Entry> entries, int removed, long start)
      throws IOException {
    sink.commit();
    report.write(entries);
    return RunSummary.of(outcomes, removed, Duration.ofNanos(System.nanoTime() - start), report.location().toString(),
        ingester.stuckParsers());
  }

  private void maybeCommit() {
    synchronized (commitLock) {
      filesSinceCommit++;
      boolean due = filesSinceCommit >= options.commitEveryFiles()
          || System.nanoTime() - lastCommitNanos >= options.commitEvery().toNanos();
      if (!due) {
        return;
      }
      try {
        sink.commit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit the index", e);
      }
      filesSinceCommit = 0;
      lastCommitNanos = System.nanoTime();
    }
  }

  private static Outcome await(Future<Outcome> result, FoundFile file) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("index run interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause(); // the index itself cannot be written: stop the run, the last commit stays intact
      }
      LOG.error("unexpected error on {}", file.displayPath(), e.getCause());
      return new Outcome.Failed(file.displayPath(), "internal error: " + e.getCause());
    }
  }
}
