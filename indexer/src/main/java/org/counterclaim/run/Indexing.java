package org.counterclaim.run;

import java.io.IOException;
import java.util.function.Supplier;
import org.counterclaim.extraction.DocumentPipeline;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.FailureReport;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.Partition;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.Ingester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way an index job runs, whatever writes it: the {@code index} command, {@code serve} and each of the
 * distributed workers call this with a {@link IndexTarget} (the Lucene folder or a SolrCloud collection).
 */
public final class Indexing {

  private static final Logger LOG = LoggerFactory.getLogger(Indexing.class);

  private Indexing() {}

  /**
   * Opens the target, runs the job (a full run or a retry of the failures), commits and closes.
   *
   * @param pipeline analysis and extraction, loaded only if a file has to be read
   */
  public static RunSummary run(IndexJob job, IndexTarget target, Ingester ingester,
                               Supplier<DocumentPipeline> pipeline, IndexRun.Listener listener) throws IOException {
    if (!job.partition().isAll() && !target.shared()) {
      throw new IllegalArgumentException("worker " + job.partition() + ": only a SolrCloud collection can be written"
          + " by several processes; give --solr");
    }
    FailureReport report = new FailureReport(target.reportBase(job.partition()));
    LOG.info("indexing into {}{}", target.describe(),
        job.partition().isAll() ? "" : " as worker " + job.partition());
    try (DocumentSink sink = target.open()) {
      IndexRun run = new IndexRun(sink, ingester, pipeline, report, job.options(), listener, job.partition());
      return job.retryFailed() ? run.retryFailed() : run.run(job.paths());
    }
  }
}
