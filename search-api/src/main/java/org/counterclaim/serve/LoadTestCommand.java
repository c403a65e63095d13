package org.counterclaim.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.counterclaim.api.App;
import org.counterclaim.load.LoadReportText;
import org.counterclaim.load.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code loadtest}: measures the search endpoint on an index of synthetic statements while an index run adds more.
 * Loopback only and bounded in time; the index is built once in the work folder and reused.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = {"Load-test the search API on 127.0.0.1: builds (once) an index of synthetic statements, starts a "
        + "server and an index run adding documents, and reports requests/s, p50/p99 latency and errors."})
public final class LoadTestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--work", paramLabel = "PATH", description = "Folder for the corpus, index and logs (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("data/loadtest");

  @Option(names = "--documents", paramLabel = "N", description = "Documents in the index (default: ${DEFAULT-VALUE}).")
  int documents = 10_000;

  @Option(names = "--added", paramLabel = "N", description = "Documents the concurrent index run adds; 0: no index run (default: ${DEFAULT-VALUE}).")
  int added = 1_000;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 4;

  @Option(names = "--warm-up", paramLabel = "SECONDS", description = "Not measured (default: ${DEFAULT-VALUE}).")
  int warmUp = 15;

  @Option(names = "--duration", paramLabel = "SECONDS", description = "Measured, 10 to 600 (default: ${DEFAULT-VALUE}).")
  int duration = 60;

  @Option(names = "--indexer-threads", paramLabel = "N",
      description = "Files the concurrent index run reads in parallel (default: ${DEFAULT-VALUE}, as a re-index "
          + "while serving does, leaving a core to the server).")
  int indexerThreads = 1;

  @Option(names = "--server-heap", paramLabel = "SIZE", description = "-Xmx of the server (default: ${DEFAULT-VALUE}).")
  String serverHeap = "1g";

  @Option(names = "--indexer-heap", paramLabel = "SIZE", description = "-Xmx of the index runs (default: ${DEFAULT-VALUE}).")
  String indexerHeap = "3g";

  @Override
  public Integer call() throws Exception {
    if (duration < 10 || duration > 600 || warmUp < 0 || warmUp > 120) {
      throw new ParameterException(spec.commandLine(), "--duration must be 10 to 600 s and --warm-up 0 to 120 s");
    }
    if (documents < 1 || added < 0 || clients < 1 || clients > 64 || indexerThreads < 1) {
      throw new ParameterException(spec.commandLine(),
          "--documents and --indexer-threads must be positive, --added 0 or more, --clients 1 to 64");
    }
    Files.createDirectories(work);
    LoadTest.Report report = new LoadTest(new LoadTest.Settings(work, documents, added, clients,
        Duration.ofSeconds(warmUp), Duration.ofSeconds(duration), serverHeap, indexerHeap, indexerThreads)).run();
    String text = LoadReportText.format(report);
    spec.commandLine().getOut().println(text);
    Files.writeString(work.resolve("loadtest-report.json"), App.json().writerWithDefaultPrettyPrinter()
        .writeValueAsString(report));
    return report.search().errors() == 0 ? 0 : 1;
  }
}
