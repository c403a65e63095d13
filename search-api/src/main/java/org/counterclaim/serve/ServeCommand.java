package org.counterclaim.serve;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.counterclaim.api.App;
import org.counterclaim.cli.IndexCommand;
import org.counterclaim.cli.IngestOptions;
import org.counterclaim.index.IndexRun;
import org.counterclaim.search.LuceneSearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serve [DIR...] [--index PATH] [--port 7070]}: brings the index up to date with the folders given, then
 * serves the API and the UI until stopped. The index writer is closed before serving, so an {@code index} run in
 * another terminal can add documents while the server answers; they show up within a second of each commit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Index the given folders (incrementally), then serve the search API and the web UI.")
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders or files to index before serving.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--index", paramLabel = "PATH", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index = Path.of("data/index");

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel while indexing.")
  int threads = IndexRun.Options.DEFAULT.threads();

  @Mixin
  IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    if (!paths.isEmpty()) {
      IndexCommand.run(index, paths, false, threads, ingest);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      Javalin app = App.create(service).start(host, port);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        stopped.countDown();
      }, "shutdown"));
      String url = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port();
      LOG.info("serving {} documents from {} at {}", service.health().documents(), index, url);
      System.err.println("Counterclaim is at " + url + "  (Ctrl-C to stop)");
      stopped.await();
    }
    return 0;
  }
}
