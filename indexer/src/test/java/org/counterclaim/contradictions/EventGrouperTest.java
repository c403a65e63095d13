package org.counterclaim.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.counterclaim.model.Category;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.Stance;
import org.junit.jupiter.api.Test;

/** Grouping figures from several documents into events, on cases written for the test. */
class EventGrouperTest {

  private static Claim claim(String doc, String date, long min, Long max, String qualifier, String category,
                             String location, String when, String claimant, String sentence) {
    return new Claim(doc + ".txt", doc, doc, date, min, max, Qualifier.of(qualifier), Category.of(category),
        "civilians", location, when, claimant, null, Stance.REPORTED, String.valueOf(min), 0, 3, sentence);
  }

  private static Claim killed(String doc, String date, long n, String location, String claimant) {
    return claim(doc, date, n, n, "exact", "killed", location, null, claimant, n + " civilians were killed.");
  }

  private static List<Long> mins(EventGroup g, EventGroup.Side side) {
    return side.claims().stream().map(i -> g.claims().get(i).min()).toList();
  }

  @Test
  void a_toll_one_source_raises_over_several_days_is_one_side_in_date_order() {
    List<EventGroup> groups = EventGrouper.group(List.of(
        killed("d3", "2022-03-18", 53, "Mariupol", "Ukraine"),
        killed("d1", "2022-03-16", 12, "Mariupol", "Ukraine"),
        killed("d2", "2022-03-17", 31, "Mariupol", "Ukraine")));
    assertEquals(1, groups.size());
    EventGroup g = groups.get(0);
    assertEquals(1, g.sides().size());
    assertEquals(List.of(12L, 31L, 53L), mins(g, g.sides().get(0)));
    assertFalse(g.contradiction());
    assertEquals("one source only", g.reason());
    assertEquals(new EventGroup.Period("2022-03-16", "2022-03-18"), g.event().period());
    assertEquals(new EventGroup.Spread(12, 53L), g.spread());
  }

  @Test
  void two_sources_that_disagree_are_two_sides_and_a_contradiction() {
    List<EventGroup> groups = EventGrouper.group(List.of(
        killed("ministry", "2019-08-02", 7, "Hodeidah", "Saudi-led coalition"),
        claim("ngo", "2019-08-05", 40, null, "more_than", "killed", "Hodeidah", null, "Mwatana",
            "More than 40 civilians were killed, a toll the coalition disputed.")));
    assertEquals(1, groups.size());
    EventGroup g = groups.get(0);
    assertEquals(List.of("Saudi-led coalition", "Mwatana"), g.sides().stream().map(EventGroup.Side::claimant).toList());
    assertTrue(g.contradiction());
    assertEquals("Saudi-led coalition says 7; Mwatana says more than 39: the figures do not overlap", g.reason());
    assertNull(g.spread().high());
  }

  @Test
  void overlapping_figures_within_a_factor_of_two_do_not_contradict() {
    EventGroup g = EventGrouper.group(List.of(
        claim("a", "2020-01-10", 30, null, "at_least", "killed", "Idlib", null, "Syrian Observatory for Human Rights",
            "At least 30 civilians were killed."),
        killed("b", "2020-01-11", 45, "Idlib", "White Helmets"))).get(0);
    assertFalse(g.contradiction());
    assertEquals("the sides' figures are compatible", g.reason());
  }

  @Test
  void two_different_exact_figures_contradict() {
    EventGroup g = EventGrouper.group(List.of(
        killed("a", "2020-01-10", 30, "Idlib", "Syrian Observatory for Human Rights"),
        killed("b", "2020-01-11", 45, "Idlib", "White Helmets"))).get(0);
    assertTrue(g.contradiction());
  }

  @Test
  void two_separate_incidents_in_one_city_stay_apart() {
    List<EventGroup> groups = EventGrouper.group(List.of(
        claim("m", "2016-03-04", 12, 12L, "exact", "killed", "Aleppo", "2016-03-03", "White Helmets", "a market strike"),
        claim("h", "2016-05-21", 7, 7L, "exact", "killed", "Aleppo", "2016-05-20", "MSF", "a hospital strike"),
        claim("m2", "2016-03-05", 15, 15L, "exact", "killed", "Aleppo", "2016-03-03", "SOHR", "the market strike")));
    assertEquals(2, groups.size());
    assertEquals(List.of(2, 1), groups.stream().map(g -> g.claims().size()).sorted((a, b) -> b - a).toList());
  }

  @Test
  void a_city_and_its_country_and_other_categories_are_different_events() {
    List<EventGroup> groups = EventGrouper.group(List.of(
        killed("a", "2017-06-01", 100, "Mosul", "Airwars"),
        killed("b", "2017-06-02", 900, "Iraq", "Iraq Body Count"),
        claim("c", "2017-06-02", 300, 300L, "exact", "injured", "Mosul", null, "Airwars", "300 were injured")));
    assertEquals(3, groups.size());
    assertTrue(groups.stream().noneMatch(EventGroup::contradiction));
  }

  @Test
  void soldiers_and_civilians_are_different_events() {
    Claim soldiers = new Claim("s.txt", "s", "s", "2023-10-10", 20, 20L, Qualifier.EXACT, Category.KILLED, "soldiers",
        "Bakhmut", null, "Ukraine", null, Stance.CLAIMED, "20", 0, 2, "20 soldiers were killed.");
    assertEquals(2, EventGrouper.group(List.of(soldiers, killed("c", "2023-10-10", 5, "Bakhmut", "OHCHR"))).size());
  }

  @Test
  void an_explicit_dispute_is_linked_to_the_figure_it_disputes() {
    EventGroup g = EventGrouper.group(List.of(
        claim("a", "2018-05-01", 9, 9L, "exact", "killed", "Kunduz", null, "Afghan government",
            "The government said 9 people died, a figure UNAMA described as inaccurate."),
        killed("b", "2018-05-03", 36, "Kunduz", "UNAMA"))).get(0);
    assertEquals(List.of(new EventGroup.Dispute(0, "UNAMA",
        "The government said 9 people died, a figure UNAMA described as inaccurate.")), g.disputes());
  }

  @Test
  void ids_are_stable_for_the_same_figures() {
    List<Claim> claims = List.of(killed("a", "2021-01-01", 3, "Kabul", "X"), killed("b", "2021-01-02", 4, "Kabul", "Y"));
    assertEquals(EventGrouper.group(claims).get(0).id(), EventGrouper.group(List.of(claims.get(1), claims.get(0))).get(0).id());
  }
}
