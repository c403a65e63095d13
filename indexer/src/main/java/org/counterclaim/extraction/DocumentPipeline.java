package org.counterclaim.extraction;

import java.util.function.Function;
import java.util.function.Supplier;
import org.counterclaim.analysis.Analyser;
import org.counterclaim.analysis.Analysers;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.SourceDocument;

/** Analysis then extraction: what happens to a document between ingest and the index. */
public final class DocumentPipeline implements Function<SourceDocument, AnalysedDocument> {

  private final Analyser analyser;
  private final FigureExtractor extractor;

  public DocumentPipeline(Analyser analyser, FigureExtractor extractor) {
    this.analyser = analyser;
    this.extractor = extractor;
  }

  @Override
  public AnalysedDocument apply(SourceDocument document) {
    return extractor.extract(analyser.analyse(document));
  }

  /** The pipeline on the process's shared NLP models, built on first use. */
  public static Supplier<DocumentPipeline> lazy(OrganisationAliases aliases) {
    Supplier<Analyser> analyser = Analysers.lazy(aliases);
    return new Supplier<>() {
      private DocumentPipeline pipeline;

      @Override
      public synchronized DocumentPipeline get() {
        if (pipeline == null) {
          pipeline = new DocumentPipeline(analyser.get(),
              new FigureExtractor(name -> aliases.lookup(name).map(Organisation::isNewsOutlet).orElse(false)));
        }
        return pipeline;
      }
    };
  }
}
