package org.counterclaim.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.Partition;
import org.counterclaim.run.IndexTarget;

/**
 * A SolrCloud collection: the ZooKeeper ensemble that knows the cluster, the collection, and the shape it is
 * created with when it does not exist yet.
 *
 * @param zkHosts    ZooKeeper {@code host:port}s
 * @param chroot     the ZooKeeper path Solr lives under ({@code /solr}), or null
 * @param collection the collection's name
 * @param shards     shards when the collection is created
 * @param replicas   replicas of each shard when the collection is created
 * @param reportDir  the folder of this machine where index runs keep their reports
 */
public record SolrTarget(List<String> zkHosts, String chroot, String collection, int shards, int replicas,
                         Path reportDir) implements IndexTarget {

  /** The collection name when none is given. */
  public static final String DEFAULT_COLLECTION = "counterclaim";

  public SolrTarget {
    zkHosts = List.copyOf(zkHosts);
    if (zkHosts.isEmpty() || zkHosts.stream().anyMatch(h -> !h.matches("[A-Za-z0-9._\\-\\[\\]:]+"))) {
      throw new IllegalArgumentException("ZooKeeper hosts are host:port[,host:port...][/chroot], not " + zkHosts);
    }
    if (chroot != null && !chroot.matches("(/[A-Za-z0-9._\\-]+)+")) {
      throw new IllegalArgumentException("a ZooKeeper chroot is a path like /solr, not '" + chroot + "'");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,99}")) {
      throw new IllegalArgumentException("a collection name is letters, digits, '.', '_' and '-', not '"
          + collection + "'");
    }
    reportDir = reportDir == null ? Path.of("data") : reportDir;
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1");
    }
  }

  /** Reads {@code host:port[,host:port...][/chroot]}, as Solr's own tools write a ZooKeeper address. */
  public static SolrTarget parse(String zkAddress, String collection, int shards, int replicas) {
    String address = zkAddress == null ? "" : zkAddress.strip();
    int slash = address.indexOf('/');
    String hosts = slash < 0 ? address : address.substring(0, slash);
    String chroot = slash < 0 || slash == address.length() - 1 ? null : address.substring(slash);
    List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    return new SolrTarget(list, chroot, collection, shards, replicas, Path.of("data"));
  }

  /** The same collection, with index run reports kept in another folder. */
  public SolrTarget withReportDir(Path dir) {
    return new SolrTarget(zkHosts, chroot, collection, shards, replicas, dir);
  }

  /** The chroot for SolrJ. */
  public Optional<String> chrootOption() {
    return Optional.ofNullable(chroot);
  }

  /** The ZooKeeper address as given: {@code zk1:2181,zk2:2181/solr}. */
  public String zkAddress() {
    return String.join(",", zkHosts) + (chroot == null ? "" : chroot);
  }

  @Override
  public DocumentSink open() throws IOException {
    SolrConnection connection = SolrConnection.open(this);
    try {
      connection.ensureCollection();
      return new SolrDocumentSink(connection);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public Path reportBase(Partition partition) {
    String name = "solr-" + collection + (partition.isAll() ? ""
        : "-worker-" + partition.worker() + "-of-" + partition.workers());
    return reportDir.resolve(name);
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public String describe() {
    return "SolrCloud collection " + collection + " at " + zkAddress();
  }
}
