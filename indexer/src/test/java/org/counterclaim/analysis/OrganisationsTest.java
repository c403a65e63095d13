package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Organisation mentions and their canonical names. */
class OrganisationsTest {

  /** "text -> canonical" for each organisation mention, in text order. */
  private static List<String> organisations(String text) {
    return entities(analyse(text), "ORGANIZATION").stream().map(e -> e.text() + " -> " + e.canonical()).toList();
  }

  @Test
  void acronym_the_text_defines_resolves_to_the_full_name() {
    assertEquals(List.of("The Houthi -> Houthis", "Supreme Political Council -> Supreme Political Council",
            "SPC -> Supreme Political Council", "SPC -> Supreme Political Council"),
        organisations("The Houthi-led Supreme Political Council (SPC) rejected the report. "
            + "A statement from the SPC said the figures were fabricated."));
  }

  @Test
  void defined_acronym_of_an_organisation_outside_the_table() {
    assertEquals(List.of("Darfur Joint Protection Force -> Darfur Joint Protection Force",
            "DJPF -> Darfur Joint Protection Force", "DJPF -> Darfur Joint Protection Force"),
        organisations("The Darfur Joint Protection Force (DJPF) denied shelling El Fasher. "
            + "The DJPF commander did not respond."));
  }

  @Test
  void defined_acronym_of_a_table_organisation_takes_the_table_name() {
    assertEquals(List.of("The Yemen Data Project -> Yemen Data Project", "YDP -> Yemen Data Project",
            "YDP -> Yemen Data Project"),
        organisations("The Yemen Data Project (YDP) recorded 258 air raids in March. YDP said a third hit civilian sites."));
  }

  @Test
  void coalition_variants_and_codes_are_the_coalition() {
    assertEquals(List.of("Combined Joint Task Forces – Operation Inherent Resolve -> Coalition",
            "CJTF-OIR -> Coalition", "OIR -> Coalition", "the Global Coalition -> Coalition"),
        organisations("Combined Joint Task Forces – Operation Inherent Resolve said the strike in Mosul was lawful. "
            + "CJTF-OIR later revised its figures, and OIR officials said the Global Coalition regretted the deaths."));
  }

  @Test
  void us_led_coalition_and_a_later_the_coalition_are_the_coalition() {
    assertEquals(List.of("The US-led coalition -> Coalition", "the coalition -> Coalition"),
        organisations("The US-led coalition said it was investigating the Mosul strike, and the coalition promised "
            + "to publish its findings."));
  }

  @Test
  void possessive_and_article_are_dropped_from_the_canonical_name() {
    assertEquals(List.of("The Coalition's -> Coalition", "the Coalition's -> Coalition"),
        organisations("The Coalition's own figures show 1,114 civilian deaths in Mosul. Critics say the Coalition's "
            + "count is too low."));
  }

  @Test
  void lower_case_coalition_without_the_is_not_the_coalition() {
    assertEquals(List.of("Save the Children -> Save the Children"),
        organisations("A coalition of NGOs including Save the Children called for a ceasefire in Gaza."));
  }

  @Test
  void saudi_led_coalition_stays_apart_from_the_us_led_coalition() {
    assertEquals(List.of("The Saudi-led coalition -> Saudi-led coalition", "UN -> United Nations"),
        organisations("The Saudi-led coalition denied bombing the bus in Saada, which UN investigators blamed on it."));
  }

  @Test
  void title_words_the_ner_takes_for_an_organisation_are_not_kept_as_one() {
    List<EntityMention> orgs = entities(analyse(
        "British Defence Secretary Michael Fallon said RAF jets had killed no civilians in Mosul."), "ORGANIZATION");
    assertEquals(List.of("RAF"), orgs.stream().map(EntityMention::canonical).toList());
  }
}
