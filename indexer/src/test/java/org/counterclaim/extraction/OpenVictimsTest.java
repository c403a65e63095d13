package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.junit.jupiter.api.Test;

/**
 * Victims are an open class: any noun WordNet knows as a kind of person makes a number a victim count when a
 * casualty word stands by it, and the casualty vocabulary covers murder, massacre, assassination, executions and
 * the lives lost. Every text is written for the test.
 */
class OpenVictimsTest {

  @Test
  void teachers_murdered_are_people_killed() {
    List<CasualtyFigure> found = wire("Reuters", "2021-03-02", "Six teachers were murdered in the attack on the "
        + "school in the north of the province, police said.");
    assertEquals(List.of("Six teachers"), texts(found));
    assertFigure(found.get(0), 6, 6L, "exact", "killed", "people", "Six teachers");
  }

  @Test
  void militiamen_killed_are_a_figure() {
    List<CasualtyFigure> found = wire("Associated Press", "2020-07-14", "At least 51 militiamen were killed when "
        + "the convoy was ambushed near the river crossing.");
    assertEquals(List.of("At least 51 militiamen"), texts(found));
    assertFigure(found.get(0), 51, null, "at_least", "killed", "people", "At least 51 militiamen");
  }

  @Test
  void the_massacre_of_farmers_is_a_killed_figure() {
    List<CasualtyFigure> found = statement("Human Rights Watch", "2019-11-04", "Human Rights Watch condemned the "
        + "massacre of 12 farmers in the village last week.");
    assertEquals(List.of("12 farmers"), texts(found));
    assertFigure(found.get(0), 12, 12L, "exact", "killed", "people", "12 farmers");
  }

  @Test
  void villagers_killed_without_a_verb_of_being() {
    List<CasualtyFigure> found = wire("Agence France-Presse", "2018-05-20", "38 villagers killed as gunmen raid "
        + "market town");
    assertEquals(List.of("38 villagers killed"), texts(found));
    assertFigure(found.get(0), 38, 38L, "exact", "killed", "people", "38 villagers killed");
  }

  @Test
  void assassinated_slain_and_executed_are_killed() {
    List<CasualtyFigure> found = wire("Reuters", "2016-09-12", "Four judges were assassinated in the capital this "
        + "year, and gunmen executed nine prisoners on Sunday; three guards were slain in the same raid.");
    assertEquals(List.of("Four judges", "nine prisoners", "three guards"), texts(found));
    found.forEach(f -> assertEquals(Category.KILLED, f.category(), f.text()));
  }

  @Test
  void lives_lost_and_lives_taken_are_killed() {
    List<CasualtyFigure> found = wire("Reuters", "2017-04-05", "Some 86 people lost their lives in the attack, "
        + "which also took the lives of 30 children at the nearby school.");
    assertEquals(List.of("Some 86 people", "30 children"), texts(found));
    assertFigure(found.get(0), 86, 86L, "about", "killed", "people", "Some 86 people");
    assertFigure(found.get(1), 30, 30L, "exact", "killed", "children", "30 children");
  }

  @Test
  void a_toll_far_from_its_value_is_still_a_toll() {
    List<CasualtyFigure> found = wire("Agence France-Presse", "2015-08-17", "The death toll in the shelling of "
        + "the vegetable market in the old city rises to 75, rescuers said.");
    assertEquals(1, found.size(), () -> "figures: " + texts(found));
    assertFigure(found.get(0), 75, 75L, "exact", "killed", null, "75");
  }

  @Test
  void hostages_freed_and_pilots_rescued_are_not_casualties() {
    assertEquals(List.of(), texts(wire("Reuters", "2019-02-11", "Six hostages were freed on Tuesday and two pilots "
        + "were rescued from the wreckage by villagers.")));
  }
}
