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
}
