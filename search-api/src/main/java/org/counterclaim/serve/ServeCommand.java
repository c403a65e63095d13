package org.counterclaim.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.counterclaim.api.AccessPolicy;
import org.counterclaim.api.App;
import org.counterclaim.cli.IndexCommand;
import org.counterclaim.cli.IngestOptions;
import org.counterclaim.cli.SolrOptions;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.Partition;
import org.counterclaim.index.RunSummary;
import org.counterclaim.run.IndexJob;
import org.counterclaim.run.IndexTarget;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.SolrSearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve [DIR...] [--index PATH | --solr ZKHOST --collection NAME] [--port 7070]}: brings the index up to date
 * with the folders given, then serves the API and the UI until stopped, from the embedded Lucene index or a
 * SolrCloud collection. The index writer is closed before serving, so an {@code index} run in
 * another terminal can add documents while the server answers; they show up within a second of each commit.
 * Closed by default: this machine only, read-only, no CORS (see the Security section of search-api/README.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Index the given folders (incrementally), then serve the search API and the web UI.",
        "From the Lucene folder given by --index, or with --solr from a SolrCloud collection (created when missing).",
        "Read-only unless a write token is given (env " + ServeCommand.TOKEN_ENV + " or --write-token-file):"
            + " then POST /api/index with 'Authorization: Bearer <token>' re-indexes the folders."})
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  static final String TOKEN_ENV = "COUNTERCLAIM_WRITE_TOKEN";

  @Spec
  CommandSpec spec;

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

  @Option(names = "--write-token-file", paramLabel = "PATH",
      description = "File holding the token writes need (at least " + AccessPolicy.MIN_TOKEN_CHARS + " characters)."
          + " Never give the token itself on the command line: anyone on the machine can read it with ps.")
  Path writeTokenFile;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let web pages from this origin read the API, e.g. https://newsroom.example (repeatable;"
          + " default: none).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "Also answer to this name in the Host header, e.g. newsroom.internal (repeatable). localhost and"
          + " IP addresses are always served; any other name is refused (421), against DNS rebinding.")
  List<String> allowedHosts = new ArrayList<>();

  @Mixin
  SolrOptions solr = new SolrOptions();

  @Mixin
  IngestOptions ingest = new IngestOptions();

  /** Where the write token may come from; the process's environment, or a test's. */
  Map<String, String> environment = System.getenv();

  /** A running server: the app, the index it reads and the background re-indexing; closing stops all three. */
  record Running(Javalin app, SearchService service, BackgroundIndexService indexing) implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
      indexing.close();
      service.close();
    }
  }

  @Override
  public Integer call() throws Exception {
    AccessPolicy access = access();
    IndexTarget target = target();
    Instant began = Instant.now();
    RunSummary first = paths.isEmpty() ? null : IndexCommand.run(job(paths, threads), target, ingest);
    Instant ended = Instant.now();
    CountDownLatch stopped = new CountDownLatch(1);
    Running running = start(access);
    if (first != null) {
      running.indexing().finishedBefore(began, ended, first);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "shutdown"));
    String url = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + running.app().port();
    LOG.info("serving {} documents from {} at {}", running.service().health().documents(), target.describe(), url);
    System.err.println("Counterclaim is at " + url + "  (Ctrl-C to stop)");
    stopped.await();
    return 0;
  }

  /** Opens the index and starts serving it; re-indexing uses one thread, so searches keep the other cores. */
  Running start(AccessPolicy access) throws IOException {
    warnIfReachable(access);
    IndexTarget target = target();
    SearchService service = solr.solr() ? SolrSearchService.open(solr.solrTarget()) : LuceneSearchService.open(index);
    BackgroundIndexService indexing = new BackgroundIndexService(paths,
        folders -> IndexCommand.run(job(folders, 1), target, ingest));
    try {
      return new Running(App.create(service, indexing, access).start(host, port), service, indexing);
    } catch (RuntimeException e) {
      indexing.close();
      service.close();
      throw e;
    }
  }

  /** The Lucene folder, or the SolrCloud collection with --solr; a bad --solr address is a usage error. */
  IndexTarget target() {
    try {
      return solr.target(index);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static IndexJob job(List<String> folders, int threads) {
    return new IndexJob(folders, false, new IndexRun.Options(Math.max(1, threads),
        IndexRun.Options.DEFAULT.commitEveryFiles(), IndexRun.Options.DEFAULT.commitEvery()), Partition.ALL);
  }

  /** The access policy from the options and the environment; a bad token or origin is a usage error. */
  AccessPolicy access() throws IOException {
    String token = null;
    if (writeTokenFile != null) {
      token = Files.readString(writeTokenFile).strip();
      warnIfOthersCanRead(writeTokenFile);
    } else if (environment.get(TOKEN_ENV) != null && !environment.get(TOKEN_ENV).isBlank()) {
      token = environment.get(TOKEN_ENV).strip();
    }
    try {
      AccessPolicy access = new AccessPolicy(token, corsOrigins, hostNames());
      LOG.info("writes {}; CORS {}", access.writable() ? "need the write token" : "are off (read-only)",
          corsOrigins.isEmpty() ? "off" : "for " + String.join(", ", corsOrigins));
      return access;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The names given with --allowed-host, and the one given with --host when it is a name. */
  List<String> hostNames() {
    List<String> names = new ArrayList<>(allowedHosts);
    boolean address = host.matches("[0-9.]+") || host.contains(":");
    if (!address && !host.equalsIgnoreCase("localhost") && !names.contains(host)) {
      names.add(host);
    }
    return names;
  }

  private void warnIfReachable(AccessPolicy access) {
    if (!isLoopback(host)) {
      LOG.warn("listening on {}: other machines can reach this server{}", host, access.writable()
          ? ", and the write token would cross the network in clear: put a TLS proxy in front of it"
          : " (it is read-only)");
    }
  }

  /** True for 127.0.0.1, ::1, localhost; false for every other address, and for a name that does not resolve. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void warnIfOthersCanRead(Path file) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
        LOG.warn("the write token file {} can be read by other users: chmod 600 it", file);
      }
    } catch (UnsupportedOperationException | IOException e) {
      LOG.debug("cannot check the permissions of {}: {}", file, e.toString());
    }
  }
}
