package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.junit.jupiter.api.Test;

/** Later short mentions, photo credits and bylines. */
class PeopleTest {

  @Test
  void later_surname_and_possessive_short_mentions_resolve_to_the_full_name() {
    String text = "\"The attack on the market was indiscriminate,\" said Amnesty International's Donatella Rovera. "
        + "Rovera visited Hodeidah twice in June. "
        + "Amnesty's Rovera later told reporters that the Saudi-led coalition had not replied.";
    AnalysedDocument doc = analyse(text);
    assertEquals(List.of(new Official("Donatella Rovera", null, "Amnesty International", 3)), doc.officials());
    List<EntityMention> people = entities(doc, "PERSON");
    assertEquals(List.of("Donatella Rovera", "Rovera", "Rovera"), people.stream().map(EntityMention::text).toList());
    assertEquals(List.of("Donatella Rovera", "Donatella Rovera", "Donatella Rovera"),
        people.stream().map(EntityMention::canonical).toList());
    EntityMention last = people.get(2);
    assertEquals("Rovera", text.substring(last.start(), last.end()));
  }

  @Test
  void short_mention_counts_towards_an_official_named_with_a_title() {
    String text = "UN Special Envoy for Yemen Hans Grundberg arrived in Aden on Monday. "
        + "Grundberg met officials from both sides. Grundberg said the truce was holding.";
    AnalysedDocument doc = analyse(text);
    assertEquals(List.of(new Official("Hans Grundberg", "Special Envoy for Yemen", "United Nations", 3)),
        doc.officials());
  }

  @Test
  void photo_credit_in_square_brackets_is_not_an_official() {
    AnalysedDocument doc = analyse("Smoke rises over Hodeidah after an air strike. [File: Abduljabbar Zeyad/Reuters]\n"
        + "Col. Turki al-Maliki, spokesman for the Saudi-led coalition, said it had hit military targets.");
    assertEquals(List.of(new Official("Turki al-Maliki", "Col.", "Saudi-led coalition", 1)), doc.officials());
    assertEquals(List.of("Turki al-Maliki"), entities(doc, "PERSON").stream().map(EntityMention::canonical).toList());
  }

  @Test
  void agency_photo_credit_is_not_an_official() {
    AnalysedDocument doc = analyse("A boy stands in the rubble of a house in Saada. (AP Photo/Hani Mohammed)\n"
        + "Residents said 12 people were killed.");
    assertEquals(List.of(), doc.officials());
    assertEquals(List.of(), entities(doc, "PERSON"));
  }

  @Test
  void photo_line_naming_a_photographer_by_title_is_not_an_official() {
    AnalysedDocument doc = analyse("Mourners gather in Mosul.\nPhoto: Reuters photographer Ahmed Saad\n"
        + "The funeral was held on Friday.");
    assertEquals(List.of(), doc.officials());
  }

  @Test
  void byline_with_a_title_is_not_an_official() {
    AnalysedDocument doc = analyse("By Jane Doe, Middle East correspondent\n"
        + "Air strikes hit Taiz on Tuesday, residents said.");
    assertEquals(List.of(), doc.officials());
    assertEquals(List.of(), entities(doc, "PERSON"));
  }

  @Test
  void pronoun_is_not_a_person() {
    AnalysedDocument doc = analyse("Airwars director Chris Woods said the strike in Mosul killed 12. He said the "
        + "coalition had not responded.");
    assertEquals(List.of(new Official("Chris Woods", "director", "Airwars", 1)), doc.officials());
  }
}
