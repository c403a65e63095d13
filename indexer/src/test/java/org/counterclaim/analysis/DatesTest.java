package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates normalised by SUTime, anchored on the document date. */
class DatesTest {

  /** "text -> value" for each date, in text order. */
  private static List<String> dates(String text, String documentDate) {
    return entities(analyse(text, documentDate), "DATE").stream().map(e -> e.text() + " -> " + e.canonical()).toList();
  }

  @Test
  void weekday_is_the_day_of_the_document_week() {
    assertEquals(List.of("Tuesday -> 2018-07-17"),
        dates("The strike on the market in Saada happened on Tuesday, the coalition said.", "2018-07-17"));
    assertEquals(List.of("Monday -> 2018-07-16"),
        dates("The UN said on Monday that 40 people died in Taiz.", "2018-07-17"));
  }

  @Test
  void last_year_is_the_year_before_the_document() {
    assertEquals(List.of("last year -> 2017"),
        dates("Monitors counted 4,000 civilian deaths in Yemen last year.", "2018-07-17"));
  }

  @Test
  void last_year_opening_a_sentence_is_found() {
    assertEquals(List.of("Last year -> 2017"),
        dates("Last year the monitors counted 4,000 civilian deaths in Yemen.", "2018-07-17"));
  }

  @Test
  void yesterday_and_days_ago_count_back_from_the_document_date() {
    assertEquals(List.of("Yesterday -> 2018-07-16", "three days ago -> 2018-07-14"),
        dates("Yesterday, officials in Helmand said three days ago a convoy was hit.", "2018-07-17"));
  }

  @Test
  void full_date_is_normalised() {
    assertEquals(List.of("17 July 2018 -> 2018-07-17"),
        dates("The UNAMA report, published on 17 July 2018, covers Helmand and Kandahar.", "2018-08-01"));
    assertEquals(List.of("October 3, 2015 -> 2015-10-03", "March 2016 -> 2016-03"),
        dates("The hospital in Kunduz was hit on October 3, 2015, and again in March 2016.", null));
  }

  @Test
  void bare_month_takes_the_year_written_after_the_range() {
    assertEquals(List.of("June -> 2017-06", "October of 2017 -> 2017-10"),
        dates("Between June and October of 2017, at least 1,600 civilians were killed in Mosul.", "2019-01-15"));
  }

  @Test
  void vague_reference_is_dropped() {
    assertEquals(List.of(), dates("The coalition had previously denied the deaths in Gaza.", "2018-07-17"));
  }

  @Test
  void duration_is_not_a_date() {
    assertEquals(List.of(), dates("The siege of Mariupol lasted 15 months.", "2018-07-17"));
  }

  @Test
  void relative_year_without_a_document_date_is_dropped() {
    assertEquals(List.of(), dates("Last year was the deadliest for civilians in Sudan.", null));
  }

  @Test
  void weekday_in_a_document_dated_only_to_a_month_is_dropped() {
    assertEquals(List.of("last year -> 2018"),
        dates("On Tuesday, the ministry said more people died in Gaza than last year.", "2019-01"));
  }
}
