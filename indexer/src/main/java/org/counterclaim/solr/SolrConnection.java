package org.counterclaim.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.ZkStateReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to a SolrCloud cluster through ZooKeeper, over the JDK's HTTP client (SolrJ's
 * {@link HttpJdkSolrClient}: Solr 9's own clients need Jetty 10, which cannot share a class path with the API's
 * Jetty 12). ZooKeeper tells which nodes are live and which host the collection; a request goes to one of them,
 * and when that node is down, restarting or has no leader for a shard yet, to another after a short wait, until
 * {@link #RETRY_FOR} has passed. Updates are idempotent (ids are content hashes, a file's documents replace what
 * its root id held), so sending one again after a lost answer leaves each document once.
 */
public final class SolrConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SolrConnection.class);
  /** How long a request is retried on other nodes before it fails. */
  static final Duration RETRY_FOR = Duration.ofSeconds(120);
  private static final Duration COLLECTION_READY = Duration.ofSeconds(180);

  private final SolrTarget target;
  private final ZkClientClusterStateProvider zk;
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
  private int next;

  private SolrConnection(SolrTarget target, ZkClientClusterStateProvider zk) {
    this.target = target;
    this.zk = zk;
  }

  /** Connects to the cluster's ZooKeeper. */
  public static SolrConnection open(SolrTarget target) throws IOException {
    ZkClientClusterStateProvider zk = new ZkClientClusterStateProvider(target.zkHosts(), target.chroot());
    try {
      zk.setZkConnectTimeout(15_000);
      zk.connect();
      return new SolrConnection(target, zk);
    } catch (RuntimeException e) {
      zk.close();
      throw new IOException("cannot reach ZooKeeper at " + target.zkAddress() + ": " + e.getMessage(), e);
    }
  }

  public SolrTarget target() {
    return target;
  }

  /**
   * Creates the collection with the generated configset when the cluster does not have it, and waits until every
   * replica is active. A collection made with another version of the configset is used as it is, with a warning.
   */
  public void ensureCollection() throws IOException {
    String configName = SolrConfigset.name();
    DocCollection existing = collectionState();
    if (existing != null) {
      if (!configName.equals(existing.getConfigName())) {
        LOG.warn("collection {} uses configset {}, this version of Counterclaim writes {}: if searches or updates"
            + " fail, index into a new collection", target.collection(), existing.getConfigName(), configName);
      }
      return;
    }
    uploadConfigset(configName);
    LOG.info("creating collection {} ({} shards × {} replicas)", target.collection(), target.shards(),
        target.replicas());
    try {
      execute(CollectionAdminRequest.createCollection(target.collection(), configName, target.shards(),
          target.replicas()), null);
    } catch (SolrRejected e) {
      if (collectionState() == null) { // another worker may have created it at the same moment
        throw e;
      }
    }
    waitUntilActive(COLLECTION_READY);
  }

  private void uploadConfigset(String configName) throws IOException {
    Path dir = Files.createTempDirectory("counterclaim-configset");
    try {
      SolrConfigset.writeTo(dir);
      if (!zk.getZkStateReader().getZkClient().exists("/configs/" + configName, true)) {
        zk.getZkStateReader().getZkClient().upConfig(dir, configName);
        LOG.info("uploaded configset {}", configName);
      }
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException("cannot upload the configset to ZooKeeper: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while uploading the configset");
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Waits until every replica of the collection is active on a live node. */
  public void waitUntilActive(Duration timeout) throws IOException {
    try {
      zk.getZkStateReader().waitForState(target.collection(), timeout.toSeconds(), TimeUnit.SECONDS,
          (Set<String> live, DocCollection c) -> c != null && !c.getReplicas().isEmpty()
              && c.getReplicas().stream().allMatch(r -> r.isActive(live)));
    } catch (TimeoutException e) {
      throw new IOException("collection " + target.collection() + " did not become active within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for collection " + target.collection());
    }
  }

  /** The collection as ZooKeeper describes it, or null when the cluster has no such collection. */
  public DocCollection collectionState() {
    ClusterState.CollectionRef ref = zk.getState(target.collection());
    return ref == null ? null : ref.get();
  }

  /** Runs a request on the collection, on another node when one fails. */
  public <T extends SolrResponse> T execute(SolrRequest<T> request) throws IOException {
    return execute(request, target.collection());
  }

  /**
   * Runs a request (on the collection, or on the cluster when {@code collection} is null) on a live node that
   * hosts an active replica, trying others while nodes fail, for up to {@link #RETRY_FOR}. A request Solr
   * refuses (4xx) is not retried: it is a {@link SolrRejected}.
   */
  public <T extends SolrResponse> T execute(SolrRequest<T> request, String collection) throws IOException {
    long deadline = System.nanoTime() + RETRY_FOR.toNanos();
    Exception last = null;
    for (int attempt = 1; ; attempt++) {
      List<String> nodes = candidates(collection != null);
      for (String url : nodes) {
        try {
          return request.process(client(url), collection);
        } catch (SolrException e) {
          if (e.code() >= 400 && e.code() < 500 && e.code() != 404) {
            throw new SolrRejected(e.code(), e.getMessage(), e);
          }
          last = e;
        } catch (SolrServerException | IOException e) {
          last = e;
        }
        LOG.debug("request to {} failed: {}", url, last.toString());
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("SolrCloud did not answer for " + RETRY_FOR.toSeconds() + " s (" + nodes.size()
            + " live nodes for " + target.collection() + "): " + (last == null ? "no live node" : last.getMessage()),
            last);
      }
      LOG.warn("SolrCloud request failed on every candidate node ({}), retrying (attempt {}): {}", nodes.size(),
          attempt, last == null ? "no live node hosts " + target.collection() : last.getMessage());
      pause(Math.min(5_000, 250L * attempt));
    }
  }

  /** Live nodes with an active replica of the collection (any live node for cluster requests), in turn. */
  private List<String> candidates(boolean needsReplica) {
    ZkStateReader reader = zk.getZkStateReader();
    Set<String> live = zk.getLiveNodes();
    List<String> nodes = new ArrayList<>();
    DocCollection state = needsReplica ? collectionState() : null;
    if (state != null) {
      for (Replica replica : state.getReplicas()) {
        if (replica.isActive(live) && !nodes.contains(replica.getNodeName())) {
          nodes.add(replica.getNodeName());
        }
      }
    }
    if (nodes.isEmpty()) {
      nodes.addAll(live);
    }
    Collections.sort(nodes);
    int start;
    synchronized (this) {
      start = next++;
    }
    Collections.rotate(nodes, nodes.isEmpty() ? 0 : start % nodes.size()); // spread requests over the nodes
    return nodes.stream().map(reader::getBaseUrlForNodeName).toList();
  }

  private SolrClient client(String baseUrl) {
    return clients.computeIfAbsent(baseUrl, url -> new HttpJdkSolrClient.Builder(url)
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withRequestTimeout(300, TimeUnit.SECONDS)
        .useHttp1_1(true)
        .build());
  }

  private static void pause(long millis) throws InterruptedIOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for SolrCloud");
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (HttpJdkSolrClient client : clients.values()) {
      try {
        client.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    zk.close();
    if (failure != null) {
      throw failure;
    }
  }

  /** Solr refused a request (4xx): retrying it elsewhere would not help. */
  public static final class SolrRejected extends IOException {
    private final int code;

    SolrRejected(int code, String message, Throwable cause) {
      super("SolrCloud refused the request (" + code + "): " + message, cause);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }
}
