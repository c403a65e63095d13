package org.counterclaim.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.counterclaim.index.FailureReport;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.LuceneDocumentSink;
import org.counterclaim.index.RunSummary;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.Outcome;

/** Builds a small index for a test class, once, through the same run the index command uses. */
public final class TestIndexes {

  private TestIndexes() {}

  /** Indexes the folders into {@code indexDir}; returns the run's summary. */
  public static RunSummary build(Path indexDir, Path... folders) throws IOException {
    try (LuceneDocumentSink sink = LuceneDocumentSink.open(indexDir);
         Ingester ingester = new Ingester(IngestLimits.DEFAULT, OrganisationAliases.builtIn())) {
      IndexRun run = new IndexRun(sink, ingester, SharedPipeline::get, new FailureReport(indexDir),
          new IndexRun.Options(2, 100, Duration.ofSeconds(10)), new IndexRun.Listener() {
            @Override
            public void started(int files) {}

            @Override
            public void finished(Outcome outcome) {}
          });
      return run.run(List.of(folders).stream().map(Path::toString).toList());
    }
  }
}
