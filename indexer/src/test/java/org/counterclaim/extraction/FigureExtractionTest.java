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
 * Casualty figures as wire copy, NGO statements, military press releases and UN reports write them: bounds,
 * hedges, category, victims, the figure's words, and where and when. Every text is written for the test.
 */
class FigureExtractionTest {

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
