package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertClaim;
import static org.counterclaim.extraction.Statements.only;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.junit.jupiter.api.Test;

/**
 * Sources a text describes without naming them are claimants as written ("health authorities in the rebel-held
 * town", "the state ferry operator"); bare ones ("officials said") stay unknown. Sentences written for the test.
 */
class DescribedSourcesTest {

  @Test
  void a_described_body_after_the_figure_is_its_claimant_not_the_named_one_in_the_next_clause() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "A missile struck a clinic in Lorveth on Friday, killing 27 "
        + "people, health authorities in the rebel-held town said, and the United Nations said its depot was hit."));
    assertClaim(f, "health authorities in the rebel-held town", null, "said", "claimed");
  }

  @Test
  void a_described_company_is_the_claimant() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02",
        "The state ferry operator said at least 14 passengers were killed when the pier collapsed."));
    assertClaim(f, "state ferry operator", null, "said", "claimed");
  }

  @Test
  void a_bare_unnamed_source_leaves_the_claimant_unknown() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "Officials said 19 people were killed in the blast."));
    assertClaim(f, null, null, "said", "claimed");
  }

  @Test
  void a_police_force_with_a_nationality_is_the_police_not_the_government() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "The Moldovan police reported at least 12 deaths."));
    assertClaim(f, "Moldovan police", null, "reported", "reported");
  }

  @Test
  void according_to_a_described_source() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02",
        "Nine civilians were killed in the raid, according to village elders in Tarsk."));
    assertClaim(f, "village elders in Tarsk", null, "according to", "reported");
  }

  @Test
  void a_speakers_title_says_which_body_they_speak_for() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02",
        "Lorveth Mayor Anna Bellik said 31 residents had been killed since Monday."));
    assertClaim(f, "Lorveth Mayor", "Anna Bellik", "said", "claimed");
  }

  @Test
  void a_title_after_the_name_says_which_body() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02",
        "Piet Varga, a civil defence official, said the bodies of 16 children were found in the rubble."));
    assertClaim(f, "civil defence official", "Piet Varga", "said", "claimed");
  }

  @Test
  void the_spokesman_is_the_spokesman_named_before() {
    List<CasualtyFigure> found = wire("Wire", "2024-03-02", "The ministry's spokesman David Cole spoke to "
        + "reporters on Monday. The strike left 40 soldiers dead, the spokesman said.");
    assertEquals(1, found.size(), () -> "figures: " + texts(found));
    assertEquals("David Cole", found.get(0).speaker());
  }

  @Test
  void a_source_cited_in_passing_does_not_speak_for_the_next_sentence() {
    List<CasualtyFigure> found = wire("Wire", "2024-03-02", "Ilse Marr, the head of the Red Cross delegation, said "
        + "in a post that according to local officials, 77 were injured. The Red Cross hospital received 30 dead.");
    assertEquals(List.of("77", "30 dead"), texts(found));
    assertEquals("local officials", found.get(0).claimant());
    assertEquals("Ilse Marr", found.get(1).speaker());
  }

  @Test
  void a_source_cited_after_the_verb_is_the_claimant_and_the_reporter_relays_it() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "Another 1,447 were wounded, the Amnesty International report "
        + "said, citing local health authorities."));
    assertEquals("local health authorities", f.claimant());
    assertEquals("Amnesty International", f.relayedBy());
  }

  @Test
  void a_report_nobody_is_named_for_is_the_finding_of_whoever_speaks_of_it() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "Human Rights Watch said an investigation had found that "
        + "12 civilians died in the strike."));
    assertEquals("Human Rights Watch", f.claimant());
  }

  @Test
  void an_official_national_figure_is_that_governments() {
    List<CasualtyFigure> found = wire("Wire", "2024-03-02", "Amnesty International counted 28 dead, below the "
        + "official Lebanese figure of 54 fatalities.");
    assertEquals(List.of("28 dead", "54 fatalities"), texts(found));
    assertEquals("Amnesty International", found.get(0).claimant());
    assertEquals("Lebanon", found.get(1).claimant());
  }

  @Test
  void a_people_speaks_for_its_country() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "The Palestinians say hundreds of people were killed."));
    assertEquals("Palestine", f.claimant());
  }

  @Test
  void a_text_written_as_we_is_the_statement_of_the_organisation_acting_in_it() {
    List<CasualtyFigure> found = Statements.figures(org.counterclaim.model.DocumentType.OTHER, null, "2024-03-02",
        "Save the Children condemns the attack on the school.\n\nAt least 40 children were killed. Our staff are "
        + "telling us that families are in shock, and we are supporting them. We call for an investigation.");
    assertEquals("Save the Children", only(found).claimant());
  }

  @Test
  void a_news_story_quoting_we_has_no_voice_of_its_own() {
    List<CasualtyFigure> found = wire("Wire", "2024-03-02", "Save the Children condemned the attack. At least 40 "
        + "children were killed. \"We are shocked; our staff tell us we must act,\" a worker said.");
    assertEquals(null, only(found).claimant());
  }

  @Test
  void a_wire_headline_names_its_source_after_the_colon() {
    List<CasualtyFigure> found = wire("Wire", "2024-03-02", "Death toll from strike on market rises above 60: medics\n\n"
        + "The strike hit the market at noon.");
    assertEquals("medics", only(found).claimant());
  }

  @Test
  void the_organisation_before_an_appositive_is_the_subject_not_the_one_inside_it() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "Al-Masirah Television, run by the Houthi movement, tweeted "
        + "that at least 33 people were killed."));
    assertEquals("Al-Masirah Television", f.claimant());
  }

  @Test
  void a_title_with_the_body_in_a_prepositional_phrase() {
    CasualtyFigure f = only(wire("Wire", "2024-03-02", "Ali Nasser, deputy head of the hospital, said 30 children "
        + "were among the wounded."));
    assertClaim(f, "deputy head of the hospital", "Ali Nasser", "said", "claimed");
  }
}
