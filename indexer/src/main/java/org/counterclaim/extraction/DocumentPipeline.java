package org.counterclaim.extraction;

import java.util.function.Function;
import java.util.function.Supplier;
import org.counterclaim.analysis.Analyser;
import org.counterclaim.analysis.Analysers;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.SourceDocument;

/**
 * Analysis then extraction: what happens to a document between ingest and the index. Only the first
 * {@code maxAnalysedChars} characters are analysed (see {@link IngestLimits#maxAnalysedChars()}); the document
 * that comes out still holds the whole text, so all of it is searchable, and every offset still points into it.
 */
public final class DocumentPipeline implements Function<SourceDocument, AnalysedDocument> {

  /** How far back from the limit a cut looks for a space, so as not to split a word. */
  private static final int WORD_BREAK_WINDOW = 1_000;

  private final Analyser analyser;
  private final FigureExtractor extractor;
  private final int maxAnalysedChars;

  public DocumentPipeline(Analyser analyser, FigureExtractor extractor) {
    this(analyser, extractor, IngestLimits.DEFAULT.maxAnalysedChars());
  }

  public DocumentPipeline(Analyser analyser, FigureExtractor extractor, int maxAnalysedChars) {
    if (maxAnalysedChars <= 0) {
      throw new IllegalArgumentException("maxAnalysedChars must be positive");
    }
    this.analyser = analyser;
    this.extractor = extractor;
    this.maxAnalysedChars = maxAnalysedChars;
  }

  /** The same models, with another cap on the characters analysed per document. */
  public DocumentPipeline withMaxAnalysedChars(int chars) {
    return new DocumentPipeline(analyser, extractor, chars);
  }

  @Override
  public AnalysedDocument apply(SourceDocument document) {
    int end = analysedEnd(document.text(), maxAnalysedChars);
    if (end == document.text().length()) {
      return extractor.extract(analyser.analyse(document));
    }
    AnalysedDocument head = extractor.extract(analyser.analyse(withText(document, document.text().substring(0, end))));
    return new AnalysedDocument(document, head.date(), head.sentences(), head.entities(), head.officials(),
        head.figures());
  }

  /** Where analysis of a text stops: its end, or the last space before the limit (the limit if none is near). */
  static int analysedEnd(String text, int limit) {
    if (text.length() <= limit) {
      return text.length();
    }
    for (int i = limit; i > limit - WORD_BREAK_WINDOW && i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static SourceDocument withText(SourceDocument d, String text) {
    return new SourceDocument(d.id(), d.rootId(), d.parentId(), d.path(), d.sha256(), d.contentType(), d.format(),
        d.title(), d.date(), d.publisher(), d.type(), d.language(), text, d.truncated(), d.sizeBytes(), d.metadata());
  }

  /** The pipeline on the process's shared NLP models, built on first use, with the default analysis cap. */
  public static Supplier<DocumentPipeline> lazy(OrganisationAliases aliases) {
    return lazy(aliases, IngestLimits.DEFAULT.maxAnalysedChars());
  }

  /** The pipeline on the process's shared NLP models, built on first use. */
  public static Supplier<DocumentPipeline> lazy(OrganisationAliases aliases, int maxAnalysedChars) {
    Supplier<Analyser> analyser = Analysers.lazy(aliases);
    return new Supplier<>() {
      private DocumentPipeline pipeline;

      @Override
      public synchronized DocumentPipeline get() {
        if (pipeline == null) {
          pipeline = new DocumentPipeline(analyser.get(),
              new FigureExtractor(name -> aliases.lookup(name).map(Organisation::isNewsOutlet).orElse(false)),
              maxAnalysedChars);
        }
        return pipeline;
      }
    };
  }
}
