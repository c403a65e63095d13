package org.counterclaim.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.Partition;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.run.IndexJob;
import org.counterclaim.run.IndexTarget;
import org.counterclaim.run.Indexing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code index DIR... [--index PATH | --solr ZKHOST --collection NAME] [--worker K/N]}: walks the folders and brings
 * the index up to date with them.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index folders and files: new and changed files are read, unchanged ones skipped, gone ones removed.",
        "Into the Lucene folder given by --index, or with --solr into a SolrCloud collection, which N processes on",
        "N machines can fill together: each started with the same folders and --worker K/N.",
        "Exit code: 0 when every file was indexed or deliberately skipped, 1 when some failed."})
public final class IndexCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(IndexCommand.class);

  /** Exit code when some files failed (the rest is indexed). */
  public static final int SOME_FAILED = 1;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders or files to index.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--index", paramLabel = "PATH", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index = Path.of("data/index");

  @Option(names = "--retry-failed", description = "Read again only the files that failed in the last run.")
  boolean retryFailed;

  @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
  int threads = IndexRun.Options.DEFAULT.threads();

  @Option(names = "--commit-every-files", paramLabel = "N",
      description = {"Commit the index after this many files (default: ${DEFAULT-VALUE}) or --commit-every seconds,",
          "whichever comes first. A killed run loses at most the files read since its last commit;",
          "the next run reads them again."})
  int commitEveryFiles = IndexRun.Options.DEFAULT.commitEveryFiles();

  @Option(names = "--commit-every", paramLabel = "SECONDS",
      description = "Commit the index after this many seconds (default: ${DEFAULT-VALUE}).")
  long commitEverySeconds = IndexRun.Options.DEFAULT.commitEvery().toSeconds();

  @Option(names = "--worker", paramLabel = "K/N",
      description = {"With --solr: be worker K of N (1 ≤ K ≤ N). Each worker takes the files whose path hashes to",
          "it, so N processes given the same folders (at the same absolute path) index each file once.",
          "Each worker keeps its own report (data/solr-NAME-worker-K-of-N-report.jsonl) for --retry-failed."})
  String worker;

  @Mixin
  SolrOptions solr = new SolrOptions();

  @Mixin
  IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && !retryFailed) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "give at least one folder or file to index, or --retry-failed");
    }
    if (commitEveryFiles < 1 || commitEverySeconds < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--commit-every-files and --commit-every must be at least 1");
    }
    Partition partition = Partition.ALL;
    if (worker != null) {
      if (!solr.solr()) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "--worker needs --solr: only a SolrCloud collection can be written by several processes");
      }
      try {
        partition = Partition.parse(worker);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
      }
    }
    IndexTarget target;
    try {
      target = solr.target(index);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
    }
    IndexRun.Options options = new IndexRun.Options(Math.max(1, threads), commitEveryFiles,
        Duration.ofSeconds(commitEverySeconds));
    RunSummary summary = run(new IndexJob(paths, retryFailed, options, partition), target, ingest);
    return summary.failed() > 0 ? SOME_FAILED : 0;
  }

  /** Runs one index job through {@link Indexing}, with a progress bar, and prints its summary. */
  public static RunSummary run(IndexJob job, IndexTarget target, IngestOptions ingest) throws Exception {
    try (Ingester ingester = ingest.ingester();
         ProgressListener progress = new ProgressListener()) {
      RunSummary summary = Indexing.run(job, target, ingester, ingest.pipeline(), progress);
      progress.close();
      LOG.debug("run summary: {}", summary);
      System.err.println(summary);
      return summary;
    }
  }
}
