package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A text longer than one chunk: offsets found in later chunks point into the whole text. */
class LongDocumentTest {

  private static String text;
  private static AnalysedDocument doc;

  @BeforeAll
  static void analyseOnce() {
    StringBuilder sb = new StringBuilder("UN Assistance Mission in Afghanistan\nMidyear update on civilian casualties\n\n");
    String[] districts = {"Nad Ali", "Marjah", "Sangin", "Musa Qala", "Garmsir"};
    for (int i = 0; sb.length() < CoreNlpPipeline.CHUNK_CHARS + 8_000; i++) {
      sb.append("Incident ").append(i + 1).append(". UNAMA verified that ").append(i % 9 + 2)
          .append(" civilians were killed and ").append(i % 7 + 1).append(" injured when a mortar round struck a ")
          .append("compound in ").append(districts[i % districts.length])
          .append(" district of Helmand province. The mission interviewed survivors and medical staff.\n\n");
    }
    sb.append("UNAMA human rights chief Fiona Frazer said the mission had documented every incident in Kandahar "
        + "and Helmand. Frazer called on all parties to stop using explosive weapons in populated areas.\n");
    text = sb.toString();
    doc = analyse(text, "2019-07-30");
  }

  @Test
  void text_is_longer_than_one_chunk() {
    assertTrue(text.length() > CoreNlpPipeline.CHUNK_CHARS + 8_000);
  }

  @Test
  void mentions_near_the_end_point_at_their_words_in_the_whole_text() {
    List<EntityMention> people = entities(doc, "PERSON");
    assertEquals(List.of("Fiona Frazer", "Frazer"), people.stream().map(EntityMention::text).toList());
    for (EntityMention person : people) {
      assertEquals(person.text(), text.substring(person.start(), person.end()));
      assertEquals("Fiona Frazer", person.canonical());
    }
    EntityMention kandahar = entities(doc, "CITY").stream().filter(e -> e.text().equals("Kandahar")).findFirst()
        .orElseThrow();
    assertEquals("Kandahar", text.substring(kandahar.start(), kandahar.end()));
    assertTrue(kandahar.start() > CoreNlpPipeline.CHUNK_CHARS);
  }

  @Test
  void official_in_the_last_chunk_is_found_with_all_mentions() {
    assertEquals(List.of(new Official("Fiona Frazer", "human rights chief",
        "UN Assistance Mission in Afghanistan", 2)), doc.officials());
  }

  @Test
  void every_entity_and_sentence_offset_points_into_the_text() {
    for (EntityMention e : doc.entities()) {
      assertEquals(e.text(), text.substring(e.start(), e.end()), e.toString());
    }
    int previousEnd = 0;
    for (Sentence s : doc.sentences()) {
      assertTrue(s.start() >= previousEnd, "sentences in order, none overlapping: " + s.start());
      s.tokens().forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
      previousEnd = s.end();
    }
  }
}
