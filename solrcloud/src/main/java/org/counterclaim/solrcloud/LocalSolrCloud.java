package org.counterclaim.solrcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SolrCloud cluster on this machine, for trying {@code --solr} and for the tests: ZooKeeper and {@code nodes}
 * Solr 9 nodes in one JVM (Solr's own {@link MiniSolrCloudCluster}), their data in a folder. Not for production:
 * real clusters run Solr's distribution (docs/scale-out.md).
 */
public final class LocalSolrCloud implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalSolrCloud.class);

  private final MiniSolrCloudCluster cluster;

  private LocalSolrCloud(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
  }

  /** Starts ZooKeeper and the nodes, their data under {@code dir}. */
  public static LocalSolrCloud start(Path dir, int nodes) throws Exception {
    System.setProperty("zookeeper.nio.numSelectorThreads", "2");
    System.setProperty("zookeeper.nio.numWorkerThreads", "3");
    System.setProperty("zookeeper.forceSync", "no");
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    Files.createDirectories(dir);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cluster"))
        .withTraceIdGenerationDisabled()
        .build();
    return new LocalSolrCloud(cluster);
  }

  /** The ZooKeeper address to give {@code --solr}. */
  public String zkAddress() {
    return cluster.getZkServer().getZkAddress();
  }

  public MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** Stops a node (as if its machine went down) and waits until it is down. */
  public JettySolrRunner stopNode(int index) throws Exception {
    JettySolrRunner runner = cluster.getJettySolrRunner(index);
    cluster.stopJettySolrRunner(runner);
    cluster.waitForJettyToStop(runner);
    return runner;
  }

  /** Starts a stopped node again. */
  public void startNode(JettySolrRunner runner) throws Exception {
    cluster.startJettySolrRunner(runner);
  }

  @Override
  public void close() throws IOException {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      throw new IOException("cannot shut the local SolrCloud down", e);
    }
  }

  /** {@code LocalSolrCloud [DIR] [NODES]}: runs until stopped (Ctrl-C), printing the ZooKeeper address. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/local-solrcloud");
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    LocalSolrCloud cloud = start(dir, nodes);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cloud.close();
      } catch (IOException e) {
        LOG.error("shutting down", e);
      }
      stopped.countDown();
    }, "shutdown"));
    LOG.info("{} Solr nodes: {}", nodes, cloud.cluster().getJettySolrRunners().stream()
        .map(r -> r.getBaseUrl().toString()).toList());
    System.out.println("SolrCloud is up. ZooKeeper: " + cloud.zkAddress()
        + "   e.g. ./counterclaim serve corpus --solr " + cloud.zkAddress() + " --collection docs");
    System.out.flush();
    stopped.await();
  }
}
