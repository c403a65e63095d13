package org.counterclaim.analysis;

import java.util.List;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;

/**
 * What the analysis stage needs from an NLP library: sentences, tokens, named entities and normalised dates.
 * CoreNLP is the implementation; nothing outside this package sees its types. Loaded once per process and
 * shared: implementations are thread-safe.
 */
public interface NlpPipeline {

  /**
   * Sentences with their tokens; PERSON, ORGANIZATION and LOCATION mentions; and the dates and times the text
   * mentions, normalised (ISO where possible), relative ones ("on Tuesday", "last year") anchored on
   * {@code anchorDate} (ISO, or null when unknown). All offsets point into {@code text}.
   */
  Annotated annotate(String text, String anchorDate);

  /** The output of {@link #annotate}. Dates carry SUTime's type (DATE, TIME, DURATION, SET) as their type. */
  record Annotated(List<Sentence> sentences, List<EntityMention> entities, List<EntityMention> dates) {
    public Annotated {
      sentences = List.copyOf(sentences);
      entities = List.copyOf(entities);
      dates = List.copyOf(dates);
    }
  }
}
