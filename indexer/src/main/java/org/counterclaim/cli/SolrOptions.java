package org.counterclaim.cli;

import java.nio.file.Path;
import org.counterclaim.run.IndexTarget;
import org.counterclaim.run.LuceneIndex;
import org.counterclaim.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * Where the index is: the embedded Lucene folder ({@code --index}, the default) or, with {@code --solr}, a
 * SolrCloud collection. Shared by {@code index} and {@code serve}.
 */
public final class SolrOptions {

  @Option(names = "--solr", paramLabel = "ZKHOST[/CHROOT]",
      description = {"Use a SolrCloud collection instead of the folder given by --index: the cluster's ZooKeeper,",
          "e.g. zk1:2181,zk2:2181,zk3:2181/solr. The collection is created (with the configset generated",
          "from the schema) when it does not exist. See docs/scale-out.md."})
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "SolrCloud collection (with --solr; default: ${DEFAULT-VALUE}).")
  String collection = SolrTarget.DEFAULT_COLLECTION;

  @Option(names = "--shards", paramLabel = "N",
      description = "Shards of the collection when --solr creates it (default: ${DEFAULT-VALUE}).")
  int shards = 2;

  @Option(names = "--replicas", paramLabel = "N",
      description = "Replicas of each shard when --solr creates the collection (default: ${DEFAULT-VALUE}).")
  int replicas = 2;

  /** Whether a SolrCloud collection was asked for. */
  public boolean solr() {
    return solr != null;
  }

  /** The SolrCloud collection asked for; only when {@link #solr()}. */
  public SolrTarget solrTarget() {
    return SolrTarget.parse(solr, collection, shards, replicas);
  }

  /**
   * The SolrCloud collection, or else the Lucene index in the folder given. With --solr, index run reports are
   * kept beside where the Lucene folder would be ({@code data/solr-NAME-report.jsonl}).
   */
  public IndexTarget target(Path luceneFolder) {
    Path parent = luceneFolder.toAbsolutePath().normalize().getParent();
    return solr() ? solrTarget().withReportDir(parent) : new LuceneIndex(luceneFolder);
  }
}
