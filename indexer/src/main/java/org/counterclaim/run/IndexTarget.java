package org.counterclaim.run;

import java.io.IOException;
import java.nio.file.Path;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.Partition;

/** Where an index job writes: the embedded Lucene index in a folder, or a SolrCloud collection. */
public interface IndexTarget {

  /** Opens the sink; for SolrCloud, creates the collection when it does not exist. */
  DocumentSink open() throws IOException;

  /**
   * The base the run's report is named after ({@code data/index} → {@code data/index-report.jsonl}); each worker
   * has a report of its own, so that {@code --retry-failed} reads back the files that worker failed.
   */
  Path reportBase(Partition partition);

  /** Whether several processes may write at once (a SolrCloud collection), so that {@code --worker} makes sense. */
  boolean shared();

  /** For people: the folder, or the collection and its ZooKeeper. */
  String describe();
}
