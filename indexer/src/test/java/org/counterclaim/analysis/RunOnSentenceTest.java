package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Text with no sentence end (a table, garbage decoded as text) makes one "sentence" of thousands of tokens, whose
 * tagging once ran a 1.5 GB heap out of memory: such sentences are left untagged, the rest of the text is not.
 */
class RunOnSentenceTest {

  private static final String NAMED = "Fiona Frazer visited Kandahar on Monday.";

  @Test
  void sentence_over_the_token_limit_is_kept_but_not_tagged_and_the_next_one_is() {
    String runOn = "Fiona Frazer visited Kandahar " + "and Helmand ".repeat(300);
    AnalysedDocument doc = analyse(runOn.strip() + ".\n\n" + NAMED);

    assertEquals(2, doc.sentences().size());
    Sentence first = doc.sentences().get(0);
    assertEquals(605, first.tokens().size());
    assertEquals(Set.of("X"), first.tokens().stream().map(Token::pos).collect(Collectors.toSet()));
    List<EntityMention> people = entities(doc, "PERSON");
    assertEquals(List.of("Fiona Frazer"), people.stream().map(EntityMention::text).toList());
    assertEquals(doc.sentences().get(1).start(), people.get(0).start());
  }

  @Test
  void sentence_at_the_limit_is_tagged() {
    String atLimit = "Fiona Frazer visited Kandahar, " + "and Helmand ".repeat(247);
    AnalysedDocument doc = analyse(atLimit.strip() + ".");

    assertEquals(CoreNlpPipeline.MAX_SENTENCE_TOKENS, doc.sentences().get(0).tokens().size());
    assertEquals(List.of("Fiona Frazer"), entities(doc, "PERSON").stream().map(EntityMention::text).toList());
  }
}
