package org.counterclaim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * Analysis reads the first {@code maxAnalysedChars} characters of a document: a single 50 MB line of text kept the
 * NLP busy for hours. The document that comes out keeps its whole text, so all of it stays searchable.
 */
class AnalysedPrefixTest {

  @Test
  void cut_falls_on_the_last_space_before_the_limit_or_on_the_limit_in_a_long_word() {
    assertEquals(11, DocumentPipeline.analysedEnd("short text.", 100));
    assertEquals(9, DocumentPipeline.analysedEnd("Civilians were killed.", 12));
    String word = "x".repeat(3_000);
    assertEquals(2_000, DocumentPipeline.analysedEnd(word, 2_000));
    String emoji = "x".repeat(1_999) + "\uD83D\uDCA5" + "x".repeat(10);
    assertEquals(1_999, DocumentPipeline.analysedEnd(emoji, 2_000), "a surrogate pair is not split");
  }

  @Test
  void entities_past_the_limit_are_not_looked_for_but_the_whole_text_is_kept() {
    String head = "Fiona Frazer visited Kandahar on Monday. ";
    String text = head + "The convoy waited at the checkpoint. ".repeat(20) + "Barack Obama visited Paris.";
    SourceDocument document = new SourceDocument("0123456789abcdef", "0123456789abcdef", null, "t.txt", "x",
        "text/plain", "Plain text", "t", null, null, DocumentType.NEWS_ARTICLE, "en", text, false, text.length(),
        Map.of());

    AnalysedDocument analysed = SharedPipeline.get().withMaxAnalysedChars(head.length() + 10).apply(document);

    assertEquals(document, analysed.source());
    List<String> people = analysed.entities().stream().filter(e -> e.type().equals("PERSON"))
        .map(EntityMention::text).toList();
    assertEquals(List.of("Fiona Frazer"), people);
    assertTrue(analysed.sentences().get(analysed.sentences().size() - 1).end() <= head.length() + 10);
  }
}
