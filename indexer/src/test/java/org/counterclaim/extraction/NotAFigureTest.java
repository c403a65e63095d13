package org.counterclaim.extraction;

import static org.counterclaim.extraction.Statements.report;
import static org.counterclaim.extraction.Statements.statement;
import static org.counterclaim.extraction.Statements.texts;
import static org.counterclaim.extraction.Statements.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.junit.jupiter.api.Test;

/**
 * Numbers that stand near casualty words but count something else, or name or date something: none of them is a
 * casualty figure. Where the sentence also has a real figure, only that one is found.
 */
class NotAFigureTest {

  @Test
  void allegations_and_cases_are_not_casualties() {
    assertEquals(List.of(), texts(statement("US Central Command", "2019-05-30", "The coalition reviewed 86 "
        + "allegations of civilian casualties and closed 43 cases as non-credible.")));
  }

  @Test
  void strikes_and_artillery_rounds_are_not_casualties() {
    assertEquals(List.of(), texts(report("Amnesty International", "2019-04-25", "Coalition forces conducted 15 "
        + "airstrikes and fired more than 2,000 artillery rounds into the city, where civilians were killed daily.")));
  }

  @Test
  void sites_interviews_survivors_witnesses_and_families_are_not_casualties() {
    assertEquals(List.of(), texts(report("Human Rights Watch", "2019-01-10", "Researchers visited 14 strike sites "
        + "and interviewed 96 survivors and witnesses from 30 families of those killed.")));
  }

  @Test
  void relatives_spoken_to_are_not_casualties() {
    assertEquals(List.of(), texts(report("Amnesty International", "2020-02-12", "Amnesty International spoke to 38 "
        + "relatives of those killed and analysed 9 videos of the attack.")));
  }

  @Test
  void percentages_are_not_casualties() {
    assertEquals(List.of(), texts(report("UN Assistance Mission in Afghanistan", "2021-07-26", "Women and children "
        + "made up 46 per cent of all civilian casualties, and ground engagements caused 41% of the deaths.")));
  }

  @Test
  void durations_are_not_casualties() {
    assertEquals(List.of(), texts(wire("Reuters", "2017-07-10", "The city was besieged for 15 months, and civilians "
        + "were killed in the shelling every week.")));
  }

  @Test
  void sums_of_money_are_not_casualties() {
    assertEquals(List.of(), texts(wire("Reuters", "2019-02-01", "The government paid $2 million in compensation to "
        + "the families of people killed in the raid.")));
  }

  @Test
  void dates_and_years_are_not_casualties() {
    assertEquals(List.of(), texts(wire("Associated Press", "2017-04-20", "On 17 March 2017, civilians were killed "
        + "when a strike hit a house in Mosul; in 2016 the same district was shelled.")));
  }

  @Test
  void ages_are_not_casualties() {
    assertEquals(List.of(), texts(wire("Associated Press", "2022-04-04", "A 12-year-old boy was among those killed, "
        + "and children aged between 5 and 12 were wounded.")));
  }

  @Test
  void document_symbols_and_resolution_numbers_are_not_casualties() {
    assertEquals(List.of(), texts(report("UN Human Rights Council", "2018-08-28", "The deaths are listed in document "
        + "A/HRC/39/43, submitted pursuant to Security Council resolution 2216 on the killing of civilians.")));
  }

  @Test
  void people_displaced_are_not_casualties_but_the_dead_are() {
    assertEquals(List.of("12,000 people"), texts(wire("Reuters", "2024-04-15", "A year of war in Sudan has killed "
        + "12,000 people and displaced 8.5 million.")));
  }

  @Test
  void a_population_is_not_a_casualty_figure() {
    assertEquals(List.of("12"), texts(wire("Associated Press", "2022-07-05", "The city, home to 300,000 people, was "
        + "shelled on Tuesday, killing 12.")));
  }

  @Test
  void no_evidence_of_casualties_is_no_figure_of_zero() {
    assertEquals(List.of(), texts(statement("UK Ministry of Defence", "2018-03-07", "The RAF has flown over 1,600 "
        + "missions and there is no evidence that British strikes caused civilian casualties.")));
  }

  @Test
  void units_brigades_and_weapons_named_with_numbers_are_not_casualties() {
    assertEquals(List.of("4 soldiers"), texts(wire("Reuters", "2023-01-12", "Brigade 93 said it had lost 4 soldiers "
        + "when two drones struck its positions near Bakhmut.")));
  }

  @Test
  void a_share_in_brackets_after_casualties_is_not_a_figure() {
    assertEquals(List.of(), texts(report("Office of the UN High Commissioner for Human Rights", "2023-09-15",
        "Most civilian casualties (84.7 per cent) were caused by explosive weapons with wide area effects.")));
  }

  @Test
  void interviews_visits_staff_and_offices_of_a_mission_are_not_casualties() {
    assertEquals(List.of(), texts(report("UN Human Rights Monitoring Mission in Ukraine", "2023-09-15", "The Mission "
        + "conducted 176 interviews with victims and witnesses, carried out 29 visits to places of detention and "
        + "deployed 58 staff in 5 offices.")));
  }

  @Test
  void no_evidence_of_any_deaths_is_no_figure() {
    assertEquals(List.of("600 Ukrainian soldiers"), texts(statement("Human Rights Watch", "2023-01-10", "The Russian "
        + "Defense Ministry claimed its forces had killed 600 Ukrainian soldiers in Kramatorsk, but Human Rights Watch "
        + "found no evidence of any deaths at the site.")));
  }

  @Test
  void one_of_a_count_is_not_a_figure_but_the_count_is() {
    assertEquals(List.of("3 killed"), texts(wire("Reuters", "2023-08-14", "The 25-year-old soldier was one of 3 "
        + "killed in the ambush.")));
  }

  @Test
  void a_part_of_a_number_that_is_no_casualty_figure_does_not_inherit_from_an_earlier_one() {
    assertEquals(List.of("1,200 people"), texts(wire("Reuters", "2024-01-10", "Israel says Hamas killed 1,200 people "
        + "on Oct. 7; 253 were taken hostage, of whom about 130 remain in Gaza.")));
  }

  @Test
  void bomb_weights_and_ages_in_a_range_are_not_casualties() {
    assertEquals(List.of(), texts(report("Amnesty International", "2020-01-01", "The coalition dropped a 2,000-pound "
        + "bomb and a 500lb bomb on the house; victims aged 2 to 80 were killed.")));
  }

  @Test
  void ages_given_as_bounds_after_the_people_are_not_casualties() {
    List<CasualtyFigure> found = wire("Reuters", "2020-02-01", "Children under 5 and people over 60 were killed in "
        + "the strike, and 12 children under the age of 18 were wounded.");
    assertEquals(List.of("12 children"), texts(found));
    assertEquals(Category.INJURED, found.get(0).category());
  }
}
