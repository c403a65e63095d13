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
 * Casualty figures as wire copy writes them (datelines, agencies, "officials said"): bounds, hedges, category,
 * victims, the figure's words, and where and when. Every text is written for the test.
 */
class WireCopyFiguresTest {

  private static final String REUTERS = "Reuters";
  private static final String AP = "Associated Press";

  // --- wire copy

  @Test
  void wire_dateline_figure_with_at_least_has_open_upper_bound() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-11-02", "GAZA, Nov 2 (Reuters) - At least 46 Palestinians were "
        + "killed in an Israeli air strike on a residential block in Khan Younis on Thursday, the Gaza health ministry said.");
    assertEquals(List.of("At least 46 Palestinians"), texts(found));
    assertFigure(found.get(0), 46, null, "at_least", "killed", "people", "At least 46 Palestinians");
  }

  @Test
  void objects_of_killed_and_wounded_take_their_own_verbs() {
    List<CasualtyFigure> found = wire(REUTERS, "2022-06-03", "ADEN, June 3 (Reuters) - A drone strike on a crowded "
        + "market in Taiz killed nine civilians and wounded 31 others, a local official said.");
    assertEquals(List.of("nine civilians", "31 others"), texts(found));
    assertFigure(found.get(0), 9, 9L, "exact", "killed", "civilians", "nine civilians");
    assertFigure(found.get(1), 31, 31L, "exact", "injured", "people", "31 others");
  }

  @Test
  void hyphenated_number_words_are_one_number() {
    List<CasualtyFigure> found = wire(AP, "2019-03-11", "Twenty-three Afghan soldiers were killed when their convoy "
        + "hit a roadside bomb in Helmand province, officials said.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 23, 23L, "exact", "killed", "soldiers", "Twenty-three Afghan soldiers");
  }

  @Test
  void more_than_gives_the_next_number_up_and_a_bare_wounded_count_is_injured() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-04-20", "KHARTOUM, April 20 (Reuters) - More than 330 people "
        + "have been killed and 3,200 wounded in five days of fighting in Sudan, the World Health Organization said.");
    assertEquals(List.of("More than 330 people", "3,200 wounded"), texts(found));
    assertFigure(found.get(0), 331, null, "more_than", "killed", "people", "More than 330 people");
    assertFigure(found.get(1), 3200, 3200L, "exact", "injured", "people", "3,200 wounded");
  }

  @Test
  void nearly_and_about_are_approximate_and_missing_is_its_own_category_with_the_same_victims() {
    List<CasualtyFigure> found = wire(REUTERS, "2020-08-05", "Nearly 200 people were wounded and about 40 are "
        + "still missing after the blast at the port, officials said.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 200, 200L, "about", "injured", "people", "Nearly 200 people");
    assertFigure(found.get(1), 40, 40L, "about", "missing", "people", "about 40");
  }

  @Test
  void as_many_as_is_an_upper_bound() {
    List<CasualtyFigure> found = wire(REUTERS, "2021-08-27", "As many as 170 people may have died in the suicide "
        + "bombing outside the airport.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 0, 170L, "up_to", "killed", "people", "As many as 170 people");
  }

  @Test
  void up_to_is_an_upper_bound_and_displaced_people_are_no_casualties() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-06-14", "Up to 50 people were killed in the attack on the "
        + "village, and thousands were displaced.");
    assertEquals(List.of("Up to 50 people"), texts(found));
    assertFigure(found.get(0), 0, 50L, "up_to", "killed", "people", "Up to 50 people");
  }

  @Test
  void vague_dozens_and_hundreds_keep_their_bounds_and_share_victims() {
    List<CasualtyFigure> found = wire(REUTERS, "2016-10-30", "Dozens of fighters were killed and hundreds wounded "
        + "as government forces advanced on the town.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 24, 99L, "vague", "killed", "fighters", "Dozens of fighters");
    assertFigure(found.get(1), 200, 999L, "vague", "injured", "fighters", "hundreds wounded");
  }

  @Test
  void tens_of_thousands_is_vague() {
    List<CasualtyFigure> found = wire(AP, "2022-01-05", "Tens of thousands of people have been killed in the war "
        + "in Yemen.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 20_000, 99_999L, "vague", "killed", "people", "Tens of thousands of people");
  }

  @Test
  void killed_or_injured_about_one_number_is_casualties() {
    List<CasualtyFigure> found = wire(REUTERS, "2017-06-01", "Between 100 and 300 civilians were killed or injured "
        + "in the strikes on western Mosul.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 100, 300L, "range", "casualties", "civilians", "Between 100 and 300 civilians");
  }

  @Test
  void a_hyphenated_range_is_a_range() {
    List<CasualtyFigure> found = wire(REUTERS, "2017-06-01", "Monitors say 100-to-300 civilians died in the strikes.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 100, 300L, "range", "killed", "civilians", "100-to-300 civilians");
  }

  @Test
  void dead_and_wounded_after_a_number_are_categories() {
    List<CasualtyFigure> found = wire(AP, "2019-04-21", "The bombing left 15 dead and 40 wounded, police said.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 15, 15L, "exact", "killed", null, "15 dead");
    assertFigure(found.get(1), 40, 40L, "exact", "injured", null, "40 wounded");
  }

  @Test
  void a_death_toll_that_rises_gives_its_new_value_and_its_breakdown() {
    List<CasualtyFigure> found = statement("Médecins Sans Frontières", "2015-10-12", "The death toll from the "
        + "attack on the hospital has risen to 19, including three staff members and eleven patients.");
    assertEquals(3, found.size());
    assertFigure(found.get(0), 19, 19L, "exact", "killed", null, "19");
    assertFigure(found.get(1), 3, 3L, "exact", "killed", "staff", "three staff members");
    assertFigure(found.get(2), 11, 11L, "exact", "killed", "patients", "eleven patients");
  }

  @Test
  void the_number_of_people_killed_climbing_to_a_value_is_a_figure() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-10-20", "The number of people killed in the blast has climbed "
        + "to 113, hospital officials said.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 113, 113L, "exact", "killed", "people", "113");
  }

  @Test
  void a_part_given_with_of_them_takes_the_whole_figures_category() {
    List<CasualtyFigure> found = wire(REUTERS, "2018-08-09", "The strike on the school bus killed 40 people, 29 of "
        + "them children.");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 40, 40L, "exact", "killed", "people", "40 people");
    assertFigure(found.get(1), 29, 29L, "exact", "killed", "children", "29");
  }

  @Test
  void people_unaccounted_for_are_missing() {
    List<CasualtyFigure> found = wire(AP, "2023-02-08", "Another 12 residents are still unaccounted for after the "
        + "building in Kharkiv collapsed.");
    assertEquals(1, found.size());
    assertFigure(found.get(0), 12, 12L, "exact", "missing", "people", "12 residents");
  }

  @Test
  void a_headline_lists_killed_and_injured() {
    List<CasualtyFigure> found = wire(REUTERS, "2018-01-27", "Three killed, 12 injured in Kabul blast");
    assertEquals(2, found.size());
    assertFigure(found.get(0), 3, 3L, "exact", "killed", null, "Three killed");
    assertFigure(found.get(1), 12, 12L, "exact", "injured", null, "12 injured");
  }

  @Test
  void feared_dead_is_killed_and_people_who_fled_are_not_casualties() {
    List<CasualtyFigure> found = wire(REUTERS, "2023-09-13", "The ministry said 1.5 million people had fled the "
        + "fighting and 2,000 were feared dead.");
    assertEquals(List.of("2,000"), texts(found));
    assertFigure(found.get(0), 2000, 2000L, "exact", "killed", null, "2,000");
  }
}
