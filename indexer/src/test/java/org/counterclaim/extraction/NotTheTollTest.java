package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.junit.jupiter.api.Test;

/**
 * Numbers beside a real toll that are no toll themselves: the difference between two tolls, a count of the
 * displaced joined to a count of the dead, a zero about a sub-group when the text gives a toll, and a toll that
 * nobody has given. Every text is written for the test.
 */
class NotTheTollTest {

  @Test
  void a_difference_between_tolls_is_not_a_count() {
    List<CasualtyFigure> found = wire("Reuters", "2022-04-10", "Officials confirmed 57 deaths on Saturday, 9 more "
        + "than first reported.");
    assertEquals(List.of("57 deaths"), texts(found));
    assertFigure(found.get(0), 57, 57L, "exact", "killed", null, "57 deaths");
  }

  @Test
  void the_displaced_joined_to_the_killed_are_not_killed() {
    List<CasualtyFigure> found = wire("Reuters", "2019-03-15", "The war has killed 300,000 and displaced 6 million "
        + "since it began.");
    assertEquals(List.of("300,000"), texts(found));
    assertFigure(found.get(0), 300_000, 300_000L, "exact", "killed", null, "300,000");
  }

  @Test
  void a_zero_about_the_issuers_own_staff_is_not_the_toll() {
    List<CasualtyFigure> found = statement("Norwegian Refugee Council", "2021-06-03", "At least 35 people were "
        + "killed in the attack on the camp. None of our volunteers were injured.");
    assertEquals(List.of("At least 35 people"), texts(found));
  }

  @Test
  void no_official_death_toll_is_no_figure() {
    assertEquals(List.of(), texts(wire("Reuters", "2023-10-18", "No official death toll has been given for the "
        + "blast at the hospital, and no casualty figures were released by the army.")));
  }
}
