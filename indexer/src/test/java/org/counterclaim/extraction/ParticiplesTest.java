package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.assertFigure;
import static org.counterclaim.extraction.Statements.only;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle after a number says what the number counts. Sentences written for the test. */
class ParticiplesTest {

  @Test
  void people_displaced_next_to_people_killed_are_no_casualty_figure() {
    assertEquals(List.of("thousands of people killed"), texts(wire("Wire", "2024-03-02",
        "The offensive has left thousands of people killed, over one million displaced in ten days.")));
  }

  @Test
  void a_reporting_participle_stands_between_the_victims_and_the_casualty_word() {
    assertFigure(only(wire("Wire", "2024-03-02", "At least 35 people reported killed in the strike on the market.")),
        35, null, "at_least", "killed", "people", "At least 35 people");
  }

  @Test
  void a_participle_before_a_noun_is_an_adjective() {
    assertFigure(only(wire("Wire", "2024-03-02", "The strike killed at least 28 displaced civilians.")),
        28, null, "at_least", "killed", "civilians", "at least 28 displaced civilians");
  }
}
