package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {

  // --- datelines in the header ---

  @Test
  void update_and_last_updated_lines_carry_the_date() {
    assertEquals(Optional.of("2019-05-02"), DocumentDates.fromHeader("UPDATE: May 2, 2019\nToll rises in market blast"));
    assertEquals(Optional.of("2006-08-03"), DocumentDates.fromHeader(
        "Middle East\nLast Updated: Thursday, 3 August 2006, 11:43 GMT 12:43 UK\nQana toll revised down"));
  }

  @Test
  void published_line_carries_the_date() {
    assertEquals(Optional.of("2020-03-04"), DocumentDates.fromHeader("Camp shelled\nPublished 4 March 2020\nText."));
  }

  @Test
  void a_date_then_a_dash_opens_a_statement() {
    assertEquals(Optional.of("2022-01-21"), DocumentDates.fromHeader(
        "Friday, January 21, 2022 — Our head of mission describes the aftermath of the strike:"));
    assertEquals(Optional.of("2021-02-26"), DocumentDates.fromHeader(
        "Addis Abeba, February 26/2021 – A rights group has compiled evidence of killings in the city."));
  }

  @Test
  void a_short_header_line_with_a_date_among_a_few_words() {
    assertEquals(Optional.of("2017-04-05"), DocumentDates.fromHeader("Gas attack kills dozens\nReuters , Wednesday 5 Apr 2017\n"));
    assertEquals(Optional.of("2019-09-19"), DocumentDates.fromHeader("Drone strike\nBy Jane Doe     Sep 19, 2019 in World\n"));
    assertEquals(Optional.of("2002-04-28"), DocumentDates.fromHeader("topic by a rights group 4/28/2002 (19:17) |\n"));
    assertEquals(Optional.of("2002-08-01"), DocumentDates.fromHeader("By JOHN DOE - UPI 8/1/2002 |\n"));
  }

  @Test
  void a_sentence_with_a_date_is_no_dateline() {
    assertEquals(Optional.empty(), DocumentDates.fromHeader("The strike on 5 April 2017 killed 86 people in the town."));
  }

  @Test
  void a_wire_dateline_without_a_year_takes_the_metadata_year_else_the_latest_in_the_text() {
    String text = "JUBA, Jan 9 (Reuters) - At least 30 people were killed in clashes since late 2019, officials said.";
    assertEquals(Optional.of("2020-01-09"), DocumentDates.of(text, Map.of("dcterms:created", List.of("2020-01-10T08:00:00Z"))));
    assertEquals(Optional.of("2019-01-09"), DocumentDates.of(text, Map.of()));
  }

  @Test
  void labelled_iso_date_at_start_of_first_line_is_the_document_date() {
    String text = "date 2019-03-02 Air strikes on the Baghouz pocket killed dozens of civilians, monitors said.";
    assertEquals(Optional.of("2019-03-02"), DocumentDates.fromHeader(text));
  }

  @Test
  void labelled_date_line_in_an_ngo_statement_header_is_the_document_date() {
    String text = """
        HUMAN RIGHTS WATCH NEWS RELEASE
        Date: 17 July 2018
        Ref: MENA/2018/112

        Iraq: Mosul residents still searching for the dead
        """;
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader(text));
  }

  @Test
  void for_immediate_release_line_carries_the_document_date() {
    String text = """
        FOR IMMEDIATE RELEASE – March 14, 2019
        Yemen: Hospitals hit 120 times since the war began, report says
        """;
    assertEquals(Optional.of("2019-03-14"), DocumentDates.fromHeader(text));
  }

  @Test
  void e_mail_header_printed_in_the_text_gives_the_date_of_the_message() {
    String text = """
        From: Press Office <press@example.org>
        Date: Tue, 17 Jul 2018 09:30:00 +0000
        Subject: Casualty figures for west Mosul
        """;
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader(text));
  }

  @Test
  void line_that_is_only_a_date_under_a_military_release_number_is_the_document_date() {
    String text = """
        Combined Joint Task Force – Operation Inherent Resolve
        News Release
        Release No. 20180717-01
        July 17, 2018

        Coalition strikes continue against ISIS in Syria
        SOUTHWEST ASIA – U.S. and coalition military forces conducted 12 strikes consisting of 19 engagements.
        """;
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader(text));
  }

  @Test
  void line_that_is_only_a_date_may_carry_a_weekday_an_ordinal_or_an_abbreviated_month() {
    assertEquals(Optional.of("2022-03-01"), DocumentDates.fromHeader("Tuesday, 1 March 2022\n\nKharkiv shelling"));
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader("17th July 2018"));
    assertEquals(Optional.of("2018-09-05"), DocumentDates.fromHeader("Sept. 5, 2018"));
  }

  @Test
  void month_and_year_alone_give_a_date_precise_to_the_month() {
    assertEquals(Optional.of("2017-11"), DocumentDates.fromHeader("PROTECTION OF CIVILIANS REPORT\nNovember 2017\n"));
  }

  @Test
  void date_between_pipe_separators_of_a_kicker_is_the_document_date() {
    String text = "Photos and testimony from west Mosul | March 2017 | Iraq\n\nThe battle for the Old City";
    assertEquals(Optional.of("2017-03"), DocumentDates.fromHeader(text));
  }

  @Test
  void news_site_date_line_with_a_time_gives_the_document_date() {
    String reutersStyle = """
        Air strike on Yemen school bus kills dozens of children
        August 9, 2018 / 11:42 AM / Updated 3 hours ago
        By Mohammed Ghobari
        """;
    assertEquals(Optional.of("2018-08-09"), DocumentDates.fromHeader(reutersStyle));
    String guardianStyle = "Gaza ceasefire holds after night of strikes\nSun 6 May 2018 09.30 BST\n";
    assertEquals(Optional.of("2018-05-06"), DocumentDates.fromHeader(guardianStyle));
  }

  @Test
  void wire_dateline_with_city_in_capitals_gives_the_document_date() {
    String text = "BEIRUT, July 17, 2018 — Coalition aircraft struck a village near the Iraqi border on Monday.";
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader(text));
    String withCountry = "KABUL, Afghanistan, Aug. 26, 2021 — Two suicide bombers struck crowds outside the airport.";
    assertEquals(Optional.of("2021-08-26"), DocumentDates.fromHeader(withCountry));
  }

  @Test
  void un_dateline_with_the_date_in_brackets_gives_the_document_date() {
    String text = """
        Yemen: UN experts alarmed by continued attacks on civilians

        GENEVA (28 August 2018) – The Group of Eminent Experts on Yemen said on Tuesday that air strikes had \
        caused most of the documented civilian casualties.
        """;
    assertEquals(Optional.of("2018-08-28"), DocumentDates.fromHeader(text));
  }

  @Test
  void place_and_date_line_heading_a_letter_is_the_document_date() {
    String text = """
        London, 17 July 2018

        Dear Secretary of State,
        """;
    assertEquals(Optional.of("2018-07-17"), DocumentDates.fromHeader(text));
  }

  // --- dates that are not the document's ---

  @Test
  void date_in_body_prose_is_not_the_document_date() {
    String text = """
        Ukraine: Mariupol theatre strike was a clear war crime

        Russian forces struck a theatre sheltering hundreds of civilians.
        Survivors described the moment the bomb hit the building.
        Investigators spoke to 53 people in Ukraine and abroad.
        The research covered attacks between March and May of 2022 in the city.
        """;
    assertEquals(Optional.empty(), DocumentDates.fromHeader(text));
  }

  @Test
  void sentence_opening_with_a_release_date_is_body_prose_not_a_dateline() {
    String text = """
        Afghanistan: civilian toll from air strikes rises

        Released on 5 June 2018, the UN report found that air strikes caused 149 civilian deaths.
        """;
    assertEquals(Optional.empty(), DocumentDates.fromHeader(text));
  }

  @Test
  void date_after_the_twelfth_non_empty_line_is_not_read() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      text.append("Paragraph ").append(i).append(" of testimony from Hodeidah.\n\n");
    }
    text.append("17 July 2018\n");
    assertEquals(Optional.empty(), DocumentDates.fromHeader(text.toString()));
  }

  @Test
  void impossible_calendar_date_is_rejected() {
    assertEquals(Optional.empty(), DocumentDates.fromHeader("Date: 31 February 2018"));
    assertEquals(Optional.empty(), DocumentDates.parse("2018-02-31"));
  }

  @Test
  void year_outside_the_plausible_range_is_rejected() {
    assertEquals(Optional.empty(), DocumentDates.fromHeader("14 October 1066"));
    assertEquals(Optional.empty(), DocumentDates.parse("1066"));
  }

  // --- metadata ---

  @Test
  void header_date_wins_over_the_metadata_date() {
    Map<String, List<String>> metadata = Map.of("dcterms:created", List.of("2018-08-01T10:00:00Z"));
    assertEquals(Optional.of("2018-07-17"), DocumentDates.of("Date: 17 July 2018\nMosul: the hidden toll", metadata));
  }

  @Test
  void metadata_date_is_used_when_the_header_has_none() {
    Map<String, List<String>> metadata = Map.of("article:published_time", List.of("2021-08-27T06:15:00+04:30"));
    assertEquals(Optional.of("2021-08-27"), DocumentDates.of("Kabul airport attack: what we know", metadata));
  }

  @Test
  void metadata_value_that_is_not_a_date_is_skipped_for_the_next_key() {
    Map<String, List<String>> metadata = Map.of(
        "dc:date", List.of("n.d."),
        "meta:creation-date", List.of("2019-01-12T08:00:00Z"));
    assertEquals(Optional.of("2019-01-12"), DocumentDates.fromMetadata(metadata));
  }

  // --- parse ---

  @Test
  void iso_dates_keep_their_precision_and_the_publishers_local_day() {
    assertEquals(Optional.of("2018-07-17"), DocumentDates.parse("2018-07-17T23:30:00-05:00"));
    assertEquals(Optional.of("2018-07-17"), DocumentDates.parse("2018-07-17 14:05"));
    assertEquals(Optional.of("2018-07"), DocumentDates.parse("2018-07"));
    assertEquals(Optional.of("2018"), DocumentDates.parse("2018"));
  }

  @Test
  void rfc_1123_date_of_mail_and_web_servers_is_parsed_with_or_without_a_zone_comment() {
    assertEquals(Optional.of("2018-07-17"), DocumentDates.parse("Tue, 17 Jul 2018 09:30:00 GMT"));
    assertEquals(Optional.of("2018-07-17"), DocumentDates.parse("Tue, 17 Jul 2018 09:30:00 +0000 (UTC)"));
  }

  @Test
  void text_that_merely_starts_with_a_year_is_not_a_date() {
    assertEquals(Optional.empty(), DocumentDates.parse("2018 annual report on Yemen"));
    assertEquals(Optional.empty(), DocumentDates.parse("   "));
    assertEquals(Optional.empty(), DocumentDates.parse(null));
  }

}
