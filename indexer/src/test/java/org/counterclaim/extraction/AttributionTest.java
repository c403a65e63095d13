package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertClaim;
import static org.counterclaim.extraction.Statements.only;
import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.report;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.junit.jupiter.api.Test;

/**
 * Who claims each figure: the claimant organisation (canonical), the speaker when named, the verb and the stance
 * (admitted, claimed, verified, disputed, reported). Every text is written for the test.
 */
class AttributionTest {

  @Test
  void wire_figure_belongs_to_the_source_that_said_it_not_the_agency() {
    CasualtyFigure f = only(wire("Reuters", "2023-11-02", "GAZA, Nov 2 (Reuters) - At least 46 Palestinians were "
        + "killed in an Israeli air strike in Khan Younis on Thursday, the Gaza health ministry said."));
    assertClaim(f, "Gaza Health Ministry", null, "said", "claimed");
  }

  @Test
  void according_to_a_health_ministry_names_the_ministry() {
    CasualtyFigure f = only(wire("Associated Press", "2023-05-01", "According to the health ministry, 528 people "
        + "have died since the fighting in Khartoum began."));
    assertClaim(f, "Ministry of Health", null, "according to", "reported");
  }

  @Test
  void quote_followed_by_said_and_a_spokeswoman_belongs_to_her_organisation() {
    List<CasualtyFigure> found = wire("Reuters", "2017-06-20", "“We killed 40 fighters and no civilians were "
        + "harmed,” said Col. Jane Roe, a coalition spokeswoman.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 40, 40L, "exact", "killed", "fighters", "40 fighters");
    assertFigure(found.get(1), 0, 0L, "exact", "casualties", "civilians", "no civilians");
    assertClaim(found.get(0), "Coalition", "Jane Roe", "said", "claimed");
    assertClaim(found.get(1), "Coalition", "Jane Roe", "said", "claimed");
  }

  @Test
  void quote_introduced_by_said_colon_belongs_to_the_speaker_named_before_it() {
    CasualtyFigure f = only(wire("Associated Press", "2018-06-14", "Col. Turki al-Maliki, a spokesman for the "
        + "Saudi-led coalition, said: “At least 14 Houthi fighters were killed in the raid.”"));
    assertClaim(f, "Saudi-led coalition", "Turki al-Maliki", "said", "claimed");
  }

  @Test
  void a_spokesman_named_after_his_organisation_speaks_for_it() {
    CasualtyFigure f = only(wire("Associated Press", "2023-10-12", "A spokesman for the Israel Defense Forces, "
        + "Lt. Col. Richard Hecht, said that 1,300 Israelis had been killed."));
    assertClaim(f, "Israel Defense Forces", "Richard Hecht", "said", "claimed");
  }

  @Test
  void the_report_found_belongs_to_the_reports_author() {
    CasualtyFigure f = only(wire("The Guardian", "2019-04-25", "A report by Airwars published on Thursday found "
        + "that at least 1,300 civilians were killed in the battle for Raqqa."));
    assertClaim(f, "Airwars", null, "found", "verified");
  }

  @Test
  void unattributed_figure_in_a_press_statement_belongs_to_its_issuer() {
    CasualtyFigure f = only(statement("Médecins Sans Frontières", "2016-02-16", "Eleven people were killed when "
        + "missiles struck the MSF-supported hospital in Maarat al-Numan on Monday."));
    assertClaim(f, "Médecins Sans Frontières", null, null, "reported");
  }

  @Test
  void an_admission_reported_in_another_organisations_report_belongs_to_who_admitted() {
    List<CasualtyFigure> found = report("Amnesty International", "2019-04-25", "In its monthly report, the coalition "
        + "admitted to 14 civilian deaths in Hajin, while Airwars put the toll at more than 200.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 14, 14L, "exact", "killed", "civilians", "14 civilian deaths");
    assertClaim(found.get(0), "Coalition", null, "admitted", "admitted");
    assertFigure(found.get(1), 201, null, "more_than", "killed", null, "more than 200");
    assertClaim(found.get(1), "Airwars", null, "put", "claimed");
  }

  @Test
  void a_un_mission_verifying_speaks_for_the_report_that_issues_it() {
    List<CasualtyFigure> found = report("UN Human Rights Monitoring Mission in Ukraine", "2022-12-01", "The Mission "
        + "verified that 14 children were killed and 31 injured in shelling of residential areas.");
    assertEquals(2, found.size());
    assertClaim(found.get(0), "UN Human Rights Monitoring Mission in Ukraine", null, "verified", "verified");
    assertClaim(found.get(1), "UN Human Rights Monitoring Mission in Ukraine", null, "verified", "verified");
  }

  @Test
  void ngo_documented_is_verified() {
    CasualtyFigure f = only(statement("Human Rights Watch", "2019-01-10", "Human Rights Watch documented attacks "
        + "on markets in Hodeidah that killed at least 64 civilians."));
    assertClaim(f, "Human Rights Watch", null, "documented", "verified");
  }

  @Test
  void we_in_an_organisations_statement_is_the_organisation() {
    CasualtyFigure f = only(statement("Airwars", "2018-01-15", "We have recorded at least 90 civilian deaths in "
        + "Raqqa governorate during December."));
    assertClaim(f, "Airwars", null, "recorded", "verified");
  }

  @Test
  void denied_is_disputed_by_the_party_that_denies() {
    CasualtyFigure f = only(wire("Reuters", "2022-04-09", "The Russian defence ministry denied that 50 civilians "
        + "had died in the strike on Kramatorsk railway station."));
    assertClaim(f, "Russian Ministry of Defence", null, "denied", "disputed");
  }

  @Test
  void disputed_reports_are_disputed_by_the_party_not_claimed_by_the_reports() {
    CasualtyFigure f = only(wire("Associated Press", "2022-03-17", "The Russian Defence Ministry disputed reports "
        + "that 300 people had been killed in the theatre in Mariupol."));
    assertClaim(f, "Russian Ministry of Defence", null, "disputed", "disputed");
  }

  @Test
  void a_party_that_denies_responsibility_is_not_the_figures_claimant() {
    CasualtyFigure f = only(statement("Human Rights Watch", "2018-09-01", "The Saudi-led coalition has denied "
        + "responsibility for the deaths of 26 children in the attack on the bus."));
    assertClaim(f, "Human Rights Watch", null, null, "reported");
  }

  @Test
  void each_side_of_but_has_its_own_claimant() {
    List<CasualtyFigure> found = wire("Associated Press", "2022-03-10", "Ukraine's military said 11 soldiers were "
        + "killed in the fighting, but Russia claimed it had killed more than 300 Ukrainian troops.");
    assertEquals(2, found.size());
    assertClaim(found.get(0), "Armed Forces of Ukraine", null, "said", "claimed");
    assertClaim(found.get(1), "Russia", null, "claimed", "claimed");
  }

  @Test
  void a_military_assessment_of_unintended_deaths_is_an_admission() {
    CasualtyFigure f = only(statement("US Central Command", "2019-06-01", "CJTF-OIR assesses that 5 civilians were "
        + "unintentionally killed as a result of a coalition strike near Hajin, Syria, on May 3, 2019."));
    assertClaim(f, "Coalition", null, "assesses", "admitted");
  }

  @Test
  void an_inquirys_conclusion_about_others_is_a_verification() {
    CasualtyFigure f = only(report("UN Independent International Commission of Inquiry on Syria", "2020-07-07",
        "The Commission concluded that at least 30 civilians were killed by government air strikes in Idlib."));
    assertClaim(f, "UN Independent International Commission of Inquiry on Syria", null, "concluded", "verified");
  }

  @Test
  void a_bare_number_a_second_source_gives_is_that_sources_figure_of_the_same_kind() {
    List<CasualtyFigure> found = report("Amnesty International", "2019-04-25", "The coalition acknowledged 12 "
        + "civilian deaths, but Airwars documented 140 in the same strikes.");
    assertEquals(2, found.size());
    assertClaim(found.get(0), "Coalition", null, "acknowledged", "admitted");
    assertFigure(found.get(1), 140, 140L, "exact", "killed", "civilians", "140");
    assertClaim(found.get(1), "Airwars", null, "documented", "verified");
  }

  @Test
  void a_second_verb_of_the_same_subject_keeps_the_subject() {
    CasualtyFigure f = only(report("UN Assistance Mission in Afghanistan", "2021-07-26", "UNAMA attributed 64 per "
        + "cent of civilian casualties to anti-government elements, and recorded 1,659 civilian deaths."));
    assertClaim(f, "UN Assistance Mission in Afghanistan", null, "recorded", "verified");
  }

  @Test
  void an_official_quoted_by_a_news_agency_is_not_claimed_by_the_agency() {
    CasualtyFigure f = only(wire("Reuters", "2023-05-20", "At least 17 people were killed in the air strike on "
        + "the market, Sudan's health ministry told Reuters."));
    assertClaim(f, "Ministry of Health", null, "told", "claimed");
  }

  @Test
  void he_said_in_the_next_sentence_is_the_person_named_before() {
    List<CasualtyFigure> found = wire("Associated Press", "2022-03-17", "“We have no information on the dead yet,” "
        + "said Petro Andryushchenko, an adviser to the mayor of Mariupol. He later said at least 300 people were "
        + "believed to have died in the theatre.");
    assertEquals(1, found.size());
    assertClaim(found.get(0), null, "Petro Andryushchenko", "said", "claimed");
  }

  @Test
  void it_said_is_the_organisation_named_before() {
    CasualtyFigure f = only(wire("Reuters", "2021-07-26", "UNAMA published its mid-year report on Monday. It said "
        + "it had documented 1,659 civilian deaths in the first six months of the year."));
    assertClaim(f, "UN Assistance Mission in Afghanistan", null, "documented", "verified");
  }

  @Test
  void a_minister_of_a_country_speaks_for_that_country() {
    CasualtyFigure f = only(wire("Associated Press", "2022-03-17", "Ukraine's foreign minister, Dmytro Kuleba, said "
        + "Russian forces had killed more than 2,000 civilians in Mariupol."));
    assertClaim(f, "Ukraine", "Dmytro Kuleba", "said", "claimed");
  }

  @Test
  void an_organisation_described_in_an_appositive_is_the_subject_not_the_place_it_is_based() {
    CasualtyFigure f = only(wire("Reuters", "2018-01-10", "Airwars, a UK-based monitoring group, says at least "
        + "1,400 civilians died in the battle for Raqqa."));
    assertClaim(f, "Airwars", null, "says", "claimed");
  }

  @Test
  void the_military_after_a_quote_is_the_armed_force_named_before() {
    List<CasualtyFigure> found = wire("Reuters", "2022-05-03", "The Armed Forces of Ukraine reported heavy fighting "
        + "near Izium.\n\n“Nineteen of our soldiers were wounded,” the military said in a statement.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 19, 19L, "exact", "injured", "soldiers", "Nineteen of our soldiers");
    assertClaim(found.get(0), "Armed Forces of Ukraine", null, "said", "claimed");
  }

  @Test
  void officials_of_a_nationality_speak_for_its_government_not_for_the_most_cited_organisation() {
    List<CasualtyFigure> found = wire("Reuters", "2023-07-04", "The Israeli military said in a statement that 12 "
        + "militants had been killed in Jenin. Palestinian health officials said 10 people had died.");
    assertEquals(2, found.size());
    assertClaim(found.get(0), "Israel Defense Forces", null, "said", "claimed");
    assertClaim(found.get(1), "Palestine", null, "said", "claimed");
  }

  @Test
  void unnamed_officials_are_nobody_and_local_officials_are_a_source_of_their_own() {
    List<CasualtyFigure> found = wire("Reuters", "2023-07-04", "The Israeli military said in a statement that 12 "
        + "militants had been killed in Jenin. Officials said 10 people had died. Local officials said 11 had died.");
    assertEquals(3, found.size());
    assertClaim(found.get(1), null, null, "said", "claimed");
    assertClaim(found.get(2), "local officials", null, "said", "claimed");
  }

  @Test
  void a_quoted_local_with_no_organisation_is_not_claimed_by_the_news_agency_but_by_what_he_is() {
    CasualtyFigure f = only(wire("Reuters", "2023-06-02", "“At least 40 people were killed in the market,” Mohammed "
        + "al-Sayed, a local council member, told Reuters by phone."));
    assertClaim(f, "local council member", "Mohammed al-Sayed", "told", "claimed");
  }

  @Test
  void the_real_number_another_source_estimates_is_its_own_figure() {
    List<CasualtyFigure> found = wire("Reuters", "2019-02-01", "The Pentagon has acknowledged 1,417 civilian deaths "
        + "in Iraq and Syria, while Airwars estimates the real number is at least 8,000.");
    assertEquals(2, found.size());
    assertClaim(found.get(0), "US Department of Defense", null, "acknowledged", "admitted");
    assertFigure(found.get(1), 8000, null, "at_least", "killed", "civilians", "at least 8,000");
    assertClaim(found.get(1), "Airwars", null, "estimates", "claimed");
  }

  @Test
  void hostages_killed_are_claimed_by_who_said_so() {
    CasualtyFigure f = only(wire("Reuters", "2023-11-12", "Hamas said on Sunday that 50 hostages had been killed "
        + "by Israeli air strikes, a claim Israel rejected."));
    assertFigure(f, 50, 50L, "exact", "killed", "hostages", "50 hostages");
    assertClaim(f, "Hamas", null, "said", "claimed");
  }

  @Test
  void a_figure_in_reports_that_someone_investigates_is_not_the_investigators() {
    CasualtyFigure f = only(wire("Reuters", "2017-03-28", "The U.S. military said on Tuesday it had opened an "
        + "investigation into reports that a strike in Mosul killed as many as 200 civilians."));
    assertClaim(f, null, null, null, "reported");
  }

  @Test
  void the_aid_group_said_is_the_organisation_named_before() {
    List<CasualtyFigure> found = wire("Reuters", "2015-10-03", "KUNDUZ, Afghanistan (Reuters) - A U.S. air strike "
        + "killed nine medical staff at a hospital run by Doctors Without Borders in Kunduz, the aid group said.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 9, 9L, "exact", "killed", "staff", "nine medical staff");
    assertClaim(found.get(0), "Médecins Sans Frontières", null, "said", "claimed");
  }
}
