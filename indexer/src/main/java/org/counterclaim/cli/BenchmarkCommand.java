package org.counterclaim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.bench.AnalysisBenchmark;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.ingest.FileWalker;
import org.counterclaim.ingest.FoundFile;
import org.counterclaim.ingest.IngestResult;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code benchmark DIR...}: tokens/s and heap of the analysis stage next to CoreNLP's default NER pipeline. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = {"Measure analysis, and analysis plus extraction: tokens/s and peak heap, next to CoreNLP's default NER pipeline",
        "on the same documents in the same run. Run with a fixed heap, e.g. COUNTERCLAIM_JAVA_OPTS=-Xmx4g."})
public final class BenchmarkCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders or files to analyse.")
  List<String> paths;

  @Option(names = "--rounds", description = "Timed passes over the documents (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(names = "--skip-default", description = "Measure only our analysis.")
  boolean skipDefault;

  @Mixin
  IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    List<SourceDocument> documents = new ArrayList<>();
    try (Ingester ingester = ingest.ingester()) {
      for (FoundFile file : FileWalker.walk(paths).files()) {
        if (ingester.ingest(file, ContentHash.sha256(file.file())) instanceof IngestResult.Ingested ok) {
          documents.addAll(ok.documents());
        }
      }
    }
    long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
    System.out.printf("%d documents, %d characters, %d timed rounds, %d cores, max heap %d MB%n", documents.size(),
        chars, rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    AnalysisBenchmark bench = new AnalysisBenchmark(documents, rounds);
    List<AnalysisBenchmark.Result> results = new ArrayList<>();
    results.add(bench.ours(ingest.organisationAliases()));
    results.add(bench.extractionAlone(ingest.organisationAliases()));
    if (!skipDefault) {
      results.add(bench.coreNlpDefault());
    }
    AnalysisBenchmark.report(results).forEach(System.out::println);
    return 0;
  }
}
