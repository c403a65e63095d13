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
 * Casualty figures as NGO statements and military press releases write them: bounds, hedges, category, victims,
 * the figure's words, and where and when. Every text is written for the test.
 */
class StatementFiguresTest {

  private static final String REUTERS = "Reuters";
  private static final String AP = "Associated Press";

  // --- NGO statements

  @Test
  void ngo_documented_attacks_are_not_figures_but_the_civilians_they_killed_are() {
    List<CasualtyFigure> found = statement("Human Rights Watch", "2019-01-10", "Human Rights Watch documented "
        + "9 attacks on markets in Hodeidah that killed at least 64 civilians, including 19 children.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 64, null, "at_least", "killed", "civilians", "at least 64 civilians");
    assertFigure(found.get(1), 19, 19L, "exact", "killed", "children", "19 children");
  }

  @Test
  void staff_and_patients_are_victims_in_singular_and_plural() {
    List<CasualtyFigure> found = statement("Médecins Sans Frontières", "2023-05-20", "Two MSF nurses were injured "
        + "and one patient was killed when shells hit the hospital in Omdurman.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 2, 2L, "exact", "injured", "staff", "Two MSF nurses");
    assertFigure(found.get(1), 1, 1L, "exact", "killed", "patients", "one patient");
  }

  @Test
  void a_list_after_among_them_breaks_the_figure_down() {
    List<CasualtyFigure> found = report("Amnesty International", "2019-01-10", "In one attack, a bomb killed "
        + "20 civilians, among them 11 children and four women, in the village of Al-Kabir.");
    assertEquals(3, found.size());
    assertFigure(found.get(0), 20, 20L, "exact", "killed", "civilians", "20 civilians");
    assertFigure(found.get(1), 11, 11L, "exact", "killed", "children", "11 children");
    assertFigure(found.get(2), 4, 4L, "exact", "killed", "women", "four women");
  }

  @Test
  void a_dozen_is_twelve_and_aid_workers_are_staff() {
    List<CasualtyFigure> found = statement("Norwegian Refugee Council", "2024-01-15", "A dozen aid workers have been "
        + "killed in Darfur since April.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 12, 12L, "exact", "killed", "staff", "A dozen aid workers");
  }

  @Test
  void wounded_before_a_noun_describes_the_victims() {
    List<CasualtyFigure> found = statement("Médecins Sans Frontières", "2015-10-04", "Our teams treated 85 wounded "
        + "civilians in the first hours after the bombing.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 85, 85L, "exact", "injured", "civilians", "85 wounded civilians");
  }

  @Test
  void members_of_a_family_are_the_victims_not_the_family() {
    List<CasualtyFigure> found = wire(AP, "2022-03-14", "Five members of the same family were killed when a missile "
        + "hit their home in Chernihiv.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 5, 5L, "exact", "killed", "people", "Five members");
  }

  // --- military press releases

  @Test
  void military_assessment_of_unintended_deaths_gives_place_and_date() {
    List<CasualtyFigure> found = statement("US Central Command", "2019-06-01", "CJTF-OIR assesses that 5 civilians "
        + "were unintentionally killed as a result of a coalition strike near Hajin, Syria, on May 3, 2019.");
    assertEquals(1, found.size());
    CasualtyFigure f = found.get(0);
    assertFigure(f, 5, 5L, "exact", "killed", "civilians", "5 civilians");
    assertAll(() -> assertEquals("Hajin", f.location()), () -> assertEquals("2019-05-03", f.when()));
  }

  @Test
  void no_civilian_casualties_is_a_figure_of_zero() {
    List<CasualtyFigure> found = statement("US Central Command", "2019-06-01", "The strike destroyed an ISIS "
        + "weapons cache and resulted in no civilian casualties.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 0L, "exact", "casualties", "civilians", "no civilian casualties");
  }

  @Test
  void no_civilians_were_killed_is_a_figure_of_zero() {
    List<CasualtyFigure> found = statement("UK Ministry of Defence", "2018-05-02", "After a detailed review, the "
        + "Ministry concluded that no civilians were killed in the strike.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 0L, "exact", "killed", "civilians", "no civilians");
  }

  @Test
  void one_civilian_in_words_is_a_figure_of_one() {
    List<CasualtyFigure> found = statement("UK Ministry of Defence", "2018-05-02", "The Ministry of Defence has "
        + "concluded that one civilian was unintentionally killed during a strike on 26 March 2018.");
    assertEquals(1, found.size());
    CasualtyFigure f = found.get(0);
    assertFigure(f, 1, 1L, "exact", "killed", "civilians", "one civilian");
    assertEquals("2018-03-26", f.when());
  }
}
