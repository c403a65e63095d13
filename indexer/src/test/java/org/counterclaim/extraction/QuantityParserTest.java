package org.counterclaim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, hedges, ranges and vague quantities as texts write them, without the NLP pipeline. */
class QuantityParserTest {

  private static Quantity only(String text) {
    List<Quantity> found = QuantityParser.find(text);
    assertEquals(1, found.size(), () -> "quantities in \"" + text + "\": " + found);
    return found.get(0);
  }

  private static void assertQuantity(Quantity q, long min, Long max, String qualifier) {
    assertEquals(List.of(min, String.valueOf(max), qualifier), List.of(q.min(), String.valueOf(q.max()), q.qualifier().label()));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "23 people were killed|23",
      "killing 1,600 civilians|1600",
      "UNAMA documented 3,804 civilian casualties|3804",
      "1.5 million people have fled|1500000",
      "two children were injured|2",
      "twenty-three soldiers died|23",
      "one thousand people were killed|1000",
      "one hundred and twelve patients|112",
      "a dozen aid workers|12",
      "two dozen fighters|24",
      "Seventeen patients died|17"})
  void plain_numbers_in_digits_and_words_are_exact(String text, long value) {
    assertQuantity(only(text), value, value, "exact");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}–{2} {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "more than 40 civilians|41|null|more_than",
      "over 40 civilians|41|null|more_than",
      "at least 87 civilians|87|null|at_least",
      "no fewer than 87 civilians|87|null|at_least",
      "nearly 200 people|200|200|about",
      "about 40 people|40|40|about",
      "around 40 people|40|40|about",
      "an estimated 400 people|400|400|about",
      "up to 50 people|0|50|up_to",
      "as many as 170 people|0|170|up_to",
      "no more than 12 people|0|12|up_to",
      "more than a dozen soldiers|13|null|more_than"})
  void hedges_set_the_bounds(String text, long min, Long max, String qualifier) {
    assertQuantity(only(text), min, max, qualifier);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}–{2}")
  @CsvSource(delimiter = '|', value = {
      "between 100 and 300 civilians|100|300",
      "100-300 civilians|100|300",
      "100-to-300 civilians|100|300",
      "100 to 300 civilians|100|300",
      "between two and five children|2|5",
      "1,200–1,500 people|1200|1500"})
  void ranges_keep_both_ends(String text, long min, long max) {
    assertQuantity(only(text), min, max, "range");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}–{2}")
  @CsvSource(delimiter = '|', value = {
      "dozens of fighters|24|99",
      "scores of civilians|40|99",
      "hundreds of civilians|200|999",
      "thousands were injured|2000|9999",
      "tens of thousands of people|20000|99999",
      "several hundred people|200|999",
      "a few thousand residents|2000|9999"})
  void vague_quantities_have_the_agreed_bounds(String text, long min, long max) {
    assertQuantity(only(text), min, max, "vague");
  }

  @Test
  void a_range_that_does_not_rise_is_two_numbers() {
    List<Quantity> found = QuantityParser.find("revised its toll from 23 to more than 100");
    assertEquals(2, found.size());
    assertQuantity(found.get(0), 23, 23L, "exact");
    assertQuantity(found.get(1), 101, null, "more_than");
  }

  @Test
  void offsets_cover_the_hedge_and_the_number() {
    Quantity q = only("attacks that killed at least 87 civilians");
    assertEquals("at least 87", "attacks that killed at least 87 civilians".substring(q.start(), q.end()));
  }

  @ParameterizedTest(name = "no quantity in \"{0}\"")
  @ValueSource(strings = {
      "a strike hit a market",
      "a 12-year-old boy was killed",
      "the boy was 12 years old",
      "a 15-month siege",
      "two-thirds of the victims",
      "60% of the dead",
      "$2 million in compensation",
      "£500 each",
      "report A/HRC/39/65 found",
      "document S/2019/453",
      "at 10:30 in the morning",
      "no one was killed"})
  void ages_compounds_money_times_and_symbols_are_not_quantities(String text) {
    assertEquals(List.of(), QuantityParser.find(text));
  }
}
