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
 * Who a figure belongs to in real reporting: an outlet's own investigation, a force named with the enemy it
 * fights, a body named by who runs it, a government through its officials, a source named in the sentence before,
 * and nobody when nobody is named. Every text is written for the test.
 */
class SourcesTest {

  @Test
  void an_outlets_own_investigation_is_its_claim() {
    CasualtyFigure f = only(wire("Reuters", "2021-11-02", "A Reuters investigation found that about 250 people "
        + "died in the raid on the village."));
    assertClaim(f, "Reuters", null, "found", "verified");
  }

  @Test
  void an_outlet_relaying_others_is_not_the_claimant() {
    CasualtyFigure f = only(wire("Reuters", "2021-11-02", "At least 40 people were killed in the raid, residents "
        + "told Reuters."));
    assertClaim(f, "residents", null, "told", "claimed"); // the residents' figure, as "village elders" would be
  }

  @Test
  void a_force_named_with_the_group_it_fights_is_the_claimant() {
    CasualtyFigure f = only(wire("Associated Press", "2019-02-14", "The African Union force fighting al-Shabaab "
        + "said 14 civilians died in the bombing."));
    assertClaim(f, "African Union", null, "said", "claimed");
  }

  @Test
  void a_government_speaks_through_its_officials() {
    CasualtyFigure f = only(wire("Reuters", "2023-05-10", "Sudanese officials said at least 80 people died in the "
        + "shelling of the market."));
    assertClaim(f, "Sudan", null, "said", "claimed");
  }

  @Test
  void a_body_named_by_who_runs_it_is_still_the_body() {
    CasualtyFigure f = only(wire("Reuters", "2023-10-17", "The Hamas-run Gaza Health Ministry said 12 people died "
        + "in the strike."));
    assertClaim(f, "Gaza Health Ministry", null, "said", "claimed");
  }

  @Test
  void a_speaker_in_the_sentence_before_carries_to_the_figures_after() {
    List<CasualtyFigure> found = wire("Reuters", "2022-04-08", "Oleksandr Kamyshin, head of Ukrainian Railways, "
        + "said two rockets hit the station. Thirty people were killed and more than 100 were injured.");
    assertEquals(2, found.size(), () -> "figures: " + texts(found));
    assertClaim(found.get(0), "Ukrzaliznytsia", "Oleksandr Kamyshin", "said", "claimed");
    assertClaim(found.get(1), "Ukrzaliznytsia", "Oleksandr Kamyshin", "said", "claimed");
  }

  @Test
  void nobody_named_leaves_the_claimant_unknown_not_the_group_mentioned_most() {
    List<CasualtyFigure> found = wire("Agence France-Presse", "2020-06-01", "Al-Shabaab fighters stormed the town "
        + "on Monday. Al-Shabaab has attacked the region before, and al-Shabaab claimed the raid.\n\n"
        + "Twenty villagers were killed in the attack.\n\nThe town had been quiet for months.\n\nIt is the third "
        + "raid this year.");
    CasualtyFigure f = only(found);
    assertClaim(f, null, null, null, "reported");
  }

  @Test
  void an_outlet_citing_a_named_source_passes_the_figure_on() {
    CasualtyFigure f = only(wire("Reuters", "2022-04-08", "RIA Novosti reported, citing the Russian Ministry of "
        + "Defence, that 12 soldiers were killed in the strike."));
    assertEquals("Russian Ministry of Defence", f.claimant());
  }

  @Test
  void an_outlet_that_reports_a_figure_nobody_else_is_named_for_claims_it() {
    CasualtyFigure f = only(wire("Associated Press", "2018-08-09", "Al Masirah reported that 43 people were killed "
        + "in the strike on the bus."));
    assertEquals("Al Masirah", f.claimant());
  }

  @Test
  void a_source_quoted_inside_a_statement_is_the_claimant_relayed_by_the_speaker() {
    CasualtyFigure f = only(wire("Reuters", "2020-11-20", "The Red Cross said village elders report as many as 60 "
        + "dead in the town."));
    assertEquals("village elders", f.claimant());
    assertEquals("International Committee of the Red Cross", f.relayedBy());
  }

  @Test
  void a_named_source_inside_another_is_relayed_too() {
    CasualtyFigure f = only(wire("Reuters", "2020-11-20", "Human Rights Watch said the Lebanese Red Cross had "
        + "counted 28 bodies in the rubble."));
    assertEquals("Lebanese Red Cross", f.claimant());
    assertEquals("Human Rights Watch", f.relayedBy());
  }

  @Test
  void a_single_source_relays_nothing() {
    CasualtyFigure f = only(wire("Reuters", "2020-11-20", "The ministry of health said 28 people were killed."));
    assertEquals(null, f.relayedBy());
  }

  @Test
  void an_organisations_own_investigation_with_a_modifier_is_its_claim() {
    CasualtyFigure f = only(Statements.figures(org.counterclaim.model.DocumentType.OTHER, null, null,
        "Amnesty International's field investigation found that air strikes killed hundreds of civilians in Raqqa."));
    assertEquals("Amnesty International", f.claimant());
  }

  @Test
  void an_e_mail_speaks_for_the_organisation_of_its_signature() {
    CasualtyFigure f = only(Statements.figures(org.counterclaim.model.DocumentType.EMAIL, "Jane Roe", "2019-01-17",
        "Dear editor,\n\nThe Coalition still refuses to accept responsibility for killing hundreds of civilians in "
            + "Raqqa.\n\nJane Roe, Amnesty International\n"));
    assertEquals("Amnesty International", f.claimant());
  }
}
