package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertClaim;
import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Figures in compact forms: headlines and telegraphic lists ("Confirms 31 dead, 64 wounded", "200+ civilian
 * deaths", "Toll climbs to 75"), coordination ("leaving 11 rebels and 3 police officers dead"), inserted clauses
 * ("Nineteen people, five of whom were students, were injured"), revisions ("revised its count up to 94, from 71")
 * and figures named by reference ("the council's first estimate of 45"). Every text is written for the test.
 */
class CompactFiguresTest {

  @Test
  void a_telegraphic_headline_list_gives_each_figure() {
    List<CasualtyFigure> found = wire("Reuters", "2022-04-09", "Ministry Confirms 31 Dead, 64 Wounded In Station "
        + "Attack");
    assertEquals(List.of("31 Dead", "64 Wounded"), texts(found));
    assertFigure(found.get(0), 31, 31L, "exact", "killed", null, "31 Dead");
    assertFigure(found.get(1), 64, 64L, "exact", "injured", null, "64 Wounded");
  }

  @Test
  void a_number_with_a_plus_is_a_lower_bound() {
    List<CasualtyFigure> found = wire("Middle East Eye", "2019-03-20", "Monitor records 200+ civilian deaths in "
        + "the last pocket");
    assertEquals(1, found.size(), () -> "figures: " + texts(found));
    assertFigure(found.get(0), 200, null, "at_least", "killed", "civilians", "200+ civilian deaths");
  }

  @Test
  void a_toll_that_climbs_to_a_value_in_a_headline() {
    List<CasualtyFigure> found = wire("Agence France-Presse", "2017-04-06", "Toll climbs to 75 in gas attack");
    assertEquals(List.of("75"), texts(found));
    assertFigure(found.get(0), 75, 75L, "exact", "killed", null, "75");
  }

  @Test
  void coordinated_objects_left_dead_are_both_killed() {
    List<CasualtyFigure> found = wire("Reuters", "2021-01-09", "Clashes in the border town on Friday left 11 "
        + "rebels and 3 police officers dead, the governor said.");
    assertEquals(List.of("11 rebels", "3 police officers dead"), texts(found));
    assertFigure(found.get(0), 11, 11L, "exact", "killed", "fighters", "11 rebels");
    assertFigure(found.get(1), 3, 3L, "exact", "killed", "police", "3 police officers dead");
  }

  @Test
  void an_inserted_partitive_clause_is_a_part_of_the_subject() {
    List<CasualtyFigure> found = wire("Associated Press", "2018-10-02", "Nineteen people, five of whom were "
        + "students, were injured when the roof collapsed.");
    assertEquals(List.of("Nineteen people", "five"), texts(found));
    assertFigure(found.get(0), 19, 19L, "exact", "injured", "people", "Nineteen people");
    assertFigure(found.get(1), 5, 5L, "exact", "injured", "people", "five");
  }

  @Test
  void a_revision_gives_the_new_and_the_old_count() {
    List<CasualtyFigure> found = statement("Airwars", "2019-06-01", "The monitoring team revised its count of "
        + "civilian deaths up to 94, from 71 a day earlier.");
    assertEquals(List.of("94", "71"), texts(found));
    assertFigure(found.get(0), 94, 94L, "exact", "killed", "civilians", "94");
    assertFigure(found.get(1), 71, 71L, "exact", "killed", "civilians", "71");
  }

  @Test
  void a_total_of_fatalities_in_a_chart_is_a_figure() {
    List<CasualtyFigure> found = wire("Reuters", "2020-02-03", "The health office released a chart with a total "
        + "of 88 fatalities.");
    assertEquals(List.of("88 fatalities"), texts(found));
    assertFigure(found.get(0), 88, 88L, "exact", "killed", null, "88 fatalities");
  }

  @Test
  void deaths_reported_by_local_outlets_are_theirs() {
    List<CasualtyFigure> found = wire("Reuters", "2020-02-03", "At least 40 deaths have been reported by three "
        + "local outlets in the province.");
    assertEquals(List.of("At least 40 deaths"), texts(found));
    assertFigure(found.get(0), 40, null, "at_least", "killed", null, "At least 40 deaths");
    assertEquals(Stance.REPORTED, found.get(0).stance());
  }

  @Test
  void an_estimate_named_by_reference_is_its_owners_figure() {
    List<CasualtyFigure> found = wire("Reuters", "2020-02-03", "The toll of 140 dead is three times the "
        + "Provincial Council's first estimate of 45.");
    assertEquals(List.of("140 dead", "45"), texts(found));
    assertFigure(found.get(1), 45, 45L, "exact", "killed", null, "45");
    assertClaim(found.get(1), "Provincial Council", null, "estimate", "claimed");
  }

  @Test
  void a_part_in_the_next_sentence_breaks_down_the_figure_before() {
    List<CasualtyFigure> found = wire("Reuters", "2022-04-08", "Two rockets struck the station, killing at least 35 "
        + "people. Four of them are children, the governor said.");
    assertEquals(List.of("at least 35 people", "Four"), texts(found));
    assertFigure(found.get(1), 4, 4L, "exact", "killed", "children", "Four");
  }

  @Test
  void a_part_of_nothing_before_is_no_figure() {
    assertEquals(List.of(), texts(wire("Reuters", "2022-04-08", "The station was crowded. Four of them were trains "
        + "bound for Lviv.")));
  }
}
