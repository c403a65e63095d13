package org.counterclaim.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.counterclaim.serve.ServeCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closed-loop HTTP clients against one server on the loopback interface: each thread sends a request, waits for the
 * whole answer, records its latency and sends the next, for a warm-up (not counted) and then a measured duration.
 * An error is any status other than 200, a failed connection or a request taking over the timeout.
 */
final class LoadClient {

  private static final Logger LOG = LoggerFactory.getLogger(LoadClient.class);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final int clients;
  private final List<String> documentIds;
  private final RequestMix.Factory mix;
  private final HttpClient http;

  LoadClient(URI base, int clients, List<String> documentIds, RequestMix.Factory mix) {
    if (base.getHost() == null || !ServeCommand.isLoopback(base.getHost())) {
      throw new IllegalArgumentException("the load test only runs against this machine (127.0.0.1), not " + base);
    }
    this.base = base;
    this.clients = clients;
    this.documentIds = documentIds;
    this.mix = mix;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  LoadResult run(Duration warmUp, Duration measured) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    ConcurrentMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    for (int i = 0; i < clients; i++) {
      Worker worker = new Worker(mix.create(1_000 + i, documentIds), measureFrom, end, errors);
      workers.add(worker);
      Thread thread = new Thread(worker, "load-client-" + (i + 1));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - measureFrom) / 1e9;
    return result(workers, errors, seconds);
  }

  private static LoadResult result(List<Worker> workers, Map<String, AtomicLong> errors, double seconds) {
    Map<String, List<Latencies>> byKind = new TreeMap<>();
    for (Worker w : workers) {
      w.byKind.forEach((kind, latencies) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(latencies));
    }
    Latencies all = Latencies.merge(byKind.values().stream().flatMap(List::stream).toList());
    Map<String, Long> requests = new TreeMap<>();
    Map<String, Double> p99 = new TreeMap<>();
    byKind.forEach((kind, parts) -> {
      Latencies merged = Latencies.merge(parts);
      requests.put(kind, (long) merged.count());
      p99.put(kind, merged.quantileMillis(0.99));
    });
    Map<String, Long> reasons = new TreeMap<>();
    errors.forEach((reason, count) -> reasons.put(reason, count.get()));
    long errorCount = reasons.values().stream().mapToLong(Long::longValue).sum();
    return new LoadResult(all.count() + errorCount, errorCount, seconds, all.quantileMillis(0.50),
        all.quantileMillis(0.90), all.quantileMillis(0.99), all.quantileMillis(1.0), requests, p99, reasons);
  }

  /** One client: its own request mix, latencies by request kind; errors only counted once measuring. */
  private final class Worker implements Runnable {

    private final RequestMix workload;
    private final long measureFrom;
    private final long end;
    private final ConcurrentMap<String, AtomicLong> errors;
    private final Map<String, Latencies> byKind = new TreeMap<>();

    Worker(RequestMix workload, long measureFrom, long end, ConcurrentMap<String, AtomicLong> errors) {
      this.workload = workload;
      this.measureFrom = measureFrom;
      this.end = end;
      this.errors = errors;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end) {
        RequestMix.Request request = workload.next();
        long sent = System.nanoTime();
        String error = send(request);
        long took = System.nanoTime() - sent;
        if (sent < measureFrom) {
          continue;
        }
        if (error == null) {
          byKind.computeIfAbsent(request.kind(), k -> new Latencies()).add(took);
        } else {
          errors.computeIfAbsent(error, k -> new AtomicLong()).incrementAndGet();
        }
      }
    }

    /** Sends one request and reads the whole body; the reason it failed, or null. */
    private String send(RequestMix.Request request) {
      HttpRequest http = HttpRequest.newBuilder(base.resolve(request.path())).timeout(REQUEST_TIMEOUT).GET().build();
      try {
        HttpResponse<byte[]> response = LoadClient.this.http.send(http, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          LOG.debug("{} answered {}: {}", request.path(), response.statusCode(), new String(response.body()));
          return "HTTP " + response.statusCode() + " (" + request.kind() + ")";
        }
        return null;
      } catch (IOException e) {
        LOG.debug("{} failed", request.path(), e);
        return e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
  }
}
