package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.report;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.junit.jupiter.api.Test;

/**
 * Casualty figures as UN reports write them, and the phrasings every style shares (breakdowns, partitives, zero
 * figures, rising tolls): bounds, hedges, category, victims, the figure's words, where and when. Every text is
 * written for the test.
 */
class FigureExtractionTest {

  private static final String REUTERS = "Reuters";
  private static final String AP = "Associated Press";

  // --- UN reports

  @Test
  void un_breakdown_in_brackets_takes_the_victims_of_the_total() {
    List<CasualtyFigure> found = report("UN Assistance Mission in Afghanistan", "2021-04-14", "UNAMA documented "
        + "1,783 civilian casualties (573 killed and 1,210 injured) in the first quarter of 2021.");
    assertEquals(3, found.size());
    assertFigure(found.get(0), 1783, 1783L, "exact", "casualties", "civilians", "1,783 civilian casualties");
    assertFigure(found.get(1), 573, 573L, "exact", "killed", "civilians", "573 killed");
    assertFigure(found.get(2), 1210, 1210L, "exact", "injured", "civilians", "1,210 injured");
  }

  @Test
  void un_breakdown_after_a_colon_takes_the_victims_of_the_total() {
    List<CasualtyFigure> found = report("Office of the UN High Commissioner for Human Rights", "2023-07-07",
        "From 1 January to 30 June 2023, OHCHR recorded 2,222 civilian casualties in Ukraine: 543 killed and "
            + "1,679 injured.");
    assertEquals(List.of("2,222 civilian casualties", "543 killed", "1,679 injured"), texts(found));
    assertFigure(found.get(1), 543, 543L, "exact", "killed", "civilians", "543 killed");
  }

  @Test
  void children_killed_and_a_bare_injured_count_share_their_victims() {
    List<CasualtyFigure> found = report("UN Human Rights Monitoring Mission in Ukraine", "2022-12-01", "The Mission "
        + "verified that 14 children were killed and 31 injured in shelling of residential areas.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 14, 14L, "exact", "killed", "children", "14 children");
    assertFigure(found.get(1), 31, 31L, "exact", "injured", "children", "31 injured");
  }

  @Test
  void deaths_and_injuries_are_separate_figures() {
    List<CasualtyFigure> found = report("Office of the UN High Commissioner for Human Rights", "2023-09-08",
        "OHCHR recorded 9,614 civilian deaths and 17,535 civilian injuries in Ukraine.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 9614, 9614L, "exact", "killed", "civilians", "9,614 civilian deaths");
    assertFigure(found.get(1), 17535, 17535L, "exact", "injured", "civilians", "17,535 civilian injuries");
  }

  @Test
  void place_and_event_date_after_the_figure() {
    List<CasualtyFigure> found = wire(REUTERS, "2017-07-13", "Seventeen civilians were killed in an air strike in "
        + "Mosul in May 2017, the coalition said.");
    assertEquals(1, found.size());
    CasualtyFigure f = found.get(0);
    assertFigure(f, 17, 17L, "exact", "killed", "civilians", "Seventeen civilians");
    assertAll(() -> assertEquals("Mosul", f.location()), () -> assertEquals("2017-05", f.when()));
  }

  @Test
  void a_place_introduced_with_a_direction_is_still_where_it_happened() {
    List<CasualtyFigure> found = wire(REUTERS, "2018-08-10", "SANAA, Aug 10 (Reuters) - An air strike on a bus in "
        + "northern Yemen killed 29 children, the International Committee of the Red Cross said.");
    assertEquals(1, found.size());
    assertEquals("Yemen", found.get(0).location());
  }

  @Test
  void no_one_killed_is_a_figure_of_zero() {
    List<CasualtyFigure> found = wire(AP, "2022-05-02", "No one was killed in the attack on the power station, the "
        + "regional governor said.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 0L, "exact", "killed", "people", "No one");
  }

  @Test
  void a_total_of_introduces_a_subject_figure() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-10-16", "A total of 112 civilians were killed in the first "
        + "week of the offensive.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 112, 112L, "exact", "killed", "civilians", "112 civilians");
  }

  @Test
  void a_part_of_those_killed_named_with_were_is_killed_with_its_victims() {
    List<CasualtyFigure> found = report("Human Rights Watch", "2019-01-10", "Of those killed, 23 were children.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 23, 23L, "exact", "killed", "children", "23");
  }

  @Test
  void casualties_that_totalled_a_value_are_a_casualties_figure() {
    List<CasualtyFigure> found = report("Office of the UN High Commissioner for Human Rights", "2023-10-09",
        "Civilian casualties (killed and injured) totalled 3,000 in the reporting period.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 3000, 3000L, "exact", "casualties", null, "3,000");
  }

  @Test
  void a_country_inside_the_claimants_name_is_not_where_people_died() {
    List<CasualtyFigure> found = wire("BBC", "2023-02-01", "Russia's defence ministry said it had destroyed 12 tanks "
        + "and killed up to 200 Ukrainian servicemen.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 200L, "up_to", "killed", "soldiers", "up to 200 Ukrainian servicemen");
    assertNull(found.get(0).location());
  }

  @Test
  void a_part_given_with_of_them_killed_takes_that_category() {
    List<CasualtyFigure> found = report("UN Assistance Mission in Afghanistan", "2019-07-30", "UNAMA documented "
        + "1,207 child casualties, 327 of them killed.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 1207, 1207L, "exact", "casualties", "children", "1,207 child casualties");
    assertFigure(found.get(1), 327, 327L, "exact", "killed", "children", "327");
  }

  @Test
  void a_figure_without_a_place_of_its_own_is_placed_at_the_dateline() {
    List<CasualtyFigure> found = wire(REUTERS, "2024-01-20", "KHARTOUM, Jan 20 (Reuters) - The conflict, which "
        + "began on April 15, has killed at least 12,000 people, according to ACLED. Talks in Jeddah collapsed.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 12_000, null, "at_least", "killed", "people", "at least 12,000 people");
    assertEquals("Khartoum", found.get(0).location());
  }

  @Test
  void the_mission_that_verified_is_not_a_place() {
    List<CasualtyFigure> found = report("UN Human Rights Monitoring Mission in Ukraine", "2022-12-01", "The Mission "
        + "verified that 14 children were killed.");
    assertEquals(1, found.size());
    assertNull(found.get(0).location());
  }

  @Test
  void a_strike_that_did_not_result_in_any_casualties_gives_zero() {
    List<CasualtyFigure> found = statement("US Central Command", "2020-01-08", "The strike did not result in any "
        + "civilian casualties.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 0L, "exact", "casualties", "civilians", "any civilian casualties");
  }

  @Test
  void a_headline_toll_that_tops_a_value_is_a_figure() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-12-20", "Gaza death toll tops 20,000 as strikes continue");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 20_000, 20_000L, "exact", "killed", null, "20,000");
  }

  @Test
  void a_part_that_died_later_is_killed() {
    List<CasualtyFigure> found = statement("Médecins Sans Frontières", "2023-11-02", "MSF teams received 75 "
        + "wounded patients, 12 of whom died.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 75, 75L, "exact", "injured", "patients", "75 wounded patients");
    assertFigure(found.get(1), 12, 12L, "exact", "killed", "patients", "12");
  }

  @Test
  void coordinated_subjects_share_their_verb() {
    List<CasualtyFigure> found = statement("Médecins Sans Frontières", "2015-10-03", "Twelve staff members and at "
        + "least seven patients, including three children, were killed; 37 people were injured.");
    assertEquals(4, found.size());
    assertFigure(found.get(0), 12, 12L, "exact", "killed", "staff", "Twelve staff members");
    assertFigure(found.get(1), 7, null, "at_least", "killed", "patients", "at least seven patients");
    assertFigure(found.get(2), 3, 3L, "exact", "killed", "children", "three children");
    assertFigure(found.get(3), 37, 37L, "exact", "injured", "people", "37 people");
  }

  @Test
  void a_bare_number_after_a_breakdown_takes_the_victims_of_the_total() {
    List<CasualtyFigure> found = report("UN Human Rights Monitoring Mission in Ukraine", "2024-01-15", "Since 24 "
        + "February 2022, OHCHR has verified that 10,191 civilians have been killed, including 575 children, and "
        + "19,139 injured.");
    assertEquals(3, found.size());
    assertFigure(found.get(1), 575, 575L, "exact", "killed", "children", "575 children");
    assertFigure(found.get(2), 19_139, 19_139L, "exact", "injured", "civilians", "19,139 injured");
  }

  @Test
  void hedged_coordinated_subjects_take_the_verb_after_both() {
    List<CasualtyFigure> found = wire(REUTERS, "2020-02-01", "Almost 300 civilians and roughly 40 fighters died; "
        + "upwards of 1,000 were wounded, and fewer than 10 are missing.");
    assertEquals(4, found.size());
    assertFigure(found.get(0), 300, 300L, "about", "killed", "civilians", "Almost 300 civilians");
    assertFigure(found.get(1), 40, 40L, "about", "killed", "fighters", "roughly 40 fighters");
    assertFigure(found.get(2), 1001, null, "more_than", "injured", null, "upwards of 1,000");
    assertFigure(found.get(3), 0, 10L, "up_to", "missing", null, "fewer than 10");
  }

  @Test
  void a_date_the_figure_is_compared_with_is_not_when_it_happened() {
    List<CasualtyFigure> found = report("UN Assistance Mission in Afghanistan", "2019-07-30", "Pro-Government Forces "
        + "caused 1,397 civilian casualties, an increase of 31 per cent compared to the same period in 2018.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 1397, 1397L, "exact", "casualties", "civilians", "1,397 civilian casualties");
    assertNull(found.get(0).when());
  }
}
