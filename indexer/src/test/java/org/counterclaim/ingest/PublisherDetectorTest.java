package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;
import org.junit.jupiter.api.Test;

class PublisherDetectorTest {

  private static final Map<String, List<String>> NO_METADATA = Map.of();
  private static final String TEXT = "text/plain";
  private static final String EML = "message/rfc822";

  private final PublisherDetector detector = new PublisherDetector(OrganisationAliases.builtIn());

  private Optional<String> detect(String text, Map<String, List<String>> metadata, String contentType) {
    return detector.detect(text, metadata, DocumentHeader.of(text), contentType);
  }

  private Optional<String> detect(String text) {
    return detect(text, NO_METADATA, TEXT);
  }

  // --- source and copyright lines ---

  @Test
  void source_line_at_the_end_wins_over_metadata_publisher() {
    String text = """
        Gaza: Hospital director killed in strike

        The director of al-Awda hospital was killed on Monday, the health ministry said.

        Source: Middle East Eye""";
    Map<String, List<String>> metadata = Map.of("og:site_name", List.of("NewsNow Aggregator"));
    assertEquals(Optional.of("Middle East Eye"), detect(text, metadata, TEXT));
  }

  @Test
  void source_and_published_by_lines_are_canonicalised_through_the_aliases() {
    assertEquals(Optional.of("Agence France-Presse"),
        detect("Kabul blast kills 14 at wedding hall\n\nThe bomb went off late on Saturday.\n\nSource: AFP"));
    assertEquals(Optional.of("Airwars"),
        detect("Civilian harm in the battle for Raqqa\n\nA monitoring study.\n\nPublished by Air Wars"));
  }

  @Test
  void copyright_footer_gives_the_publisher_without_the_rights_notice() {
    String text = """
        Ukraine says Russian missile strike on Kramatorsk station killed 50

        KRAMATORSK, Ukraine (AP) — A missile struck a crowded train station on Friday.

        Copyright 2022 The Associated Press. All rights reserved.""";
    assertEquals(Optional.of("Associated Press"), detect(text));
  }

  @Test
  void copyright_sign_with_year_range_gives_the_publisher() {
    String text = "Yemen war: coalition admits bus strike 'unjustified'\n\nThe admission came on Saturday.\n\n"
        + "© 2017–2018 Al Jazeera Media Network";
    assertEquals(Optional.of("Al Jazeera"), detect(text));
  }

  @Test
  void source_name_with_a_dotted_abbreviation_is_kept_whole() {
    assertEquals(Optional.of("US Central Command"),
        detect("Strike summary for Mosul\n\nFive strikes were conducted.\n\nSource: U.S. Central Command"));
  }

  @Test
  void sentence_that_begins_with_sources_is_not_a_source_line() {
    String text = """
        Air strike hits market in Saada

        Sources said the strike killed 12 civilians.
        """;
    assertEquals(Optional.empty(), detect(text));
  }

  @Test
  void source_line_crediting_news_agencies_as_well_names_the_outlet() {
    String text = "Israeli strikes kill 26 in Gaza\n\nMedical officials said most were women.\n\n"
        + "SOURCE: AL JAZEERA AND NEWS AGENCIES";
    assertEquals(Optional.of("Al Jazeera"), detect(text));
  }

  @Test
  void chart_source_caption_inside_a_report_is_not_the_publisher() {
    StringBuilder text = new StringBuilder("HUMAN RIGHTS WATCH REPORT\n\nAfghanistan: The toll of night raids\n");
    for (int i = 1; i <= 12; i++) {
      text.append("\nParagraph ").append(i).append(" of the findings on raids in Nangarhar province.\n");
    }
    text.append("\nFigure 1: Civilian casualties by month\nSource: UNAMA\n");
    for (int i = 13; i <= 20; i++) {
      text.append("\nParagraph ").append(i).append(" of the findings on raids in Nangarhar province.\n");
    }
    assertEquals(Optional.of("Human Rights Watch"), detect(text.toString()));
  }

  // --- metadata, header, creator ---

  @Test
  void metadata_site_name_is_canonicalised() {
    Map<String, List<String>> metadata = Map.of("og:site_name", List.of("BBC News"));
    assertEquals(Optional.of("BBC"), detect("Mosul: the battle for the Old City", metadata, "text/html"));
  }

  @Test
  void banner_issuer_is_the_publisher_when_nothing_explicit_is_said() {
    String text = "HUMAN RIGHTS WATCH NEWS RELEASE\n\nIraq: Mosul residents still searching for the dead";
    assertEquals(Optional.of("Human Rights Watch"), detect(text));
  }

  @Test
  void acronym_issuer_in_a_banner_is_found_in_the_aliases() {
    String text = "OHCHR PRESS BRIEFING NOTES\n\nYemen: civilian casualties in Hodeidah";
    assertEquals(Optional.of("Office of the UN High Commissioner for Human Rights"), detect(text));
  }

  @Test
  void unknown_issuer_is_kept_as_written_in_the_header() {
    String text = "Hodeidah Civic Monitoring Group:\n\nYemen: coalition strike on Dahyan market";
    assertEquals(Optional.of("Hodeidah Civic Monitoring Group"), detect(text));
  }

  @Test
  void author_that_is_a_known_organisation_is_the_publisher() {
    Map<String, List<String>> metadata = Map.of("dc:creator", List.of("UNAMA"));
    assertEquals(Optional.of("UN Assistance Mission in Afghanistan"),
        detect("Protection of civilians in armed conflict\nMidyear update", metadata, "application/pdf"));
  }

  @Test
  void author_who_is_a_person_is_not_the_publisher() {
    Map<String, List<String>> metadata = Map.of("dc:creator", List.of("Jane Doe"));
    assertEquals(Optional.empty(), detect("Notes on the Hodeidah offensive", metadata, "application/pdf"));
  }

  @Test
  void byline_is_not_a_publisher() {
    String text = """
        Kharkiv residents shelter in metro as shelling intensifies

        By Olena Kovalenko

        Families have lived underground for weeks.
        """;
    assertEquals(Optional.empty(), detect(text));
  }

  @Test
  void news_agency_in_a_wire_dateline_is_the_publisher() {
    String text = """
        Iraqi forces push into Mosul's Old City

        MOSUL, Iraq (Reuters) - Iraqi forces pushed into the Old City on Sunday, officers said.
        """;
    assertEquals(Optional.of("Reuters"), detect(text));
  }

  // --- e-mail ---

  @Test
  void sender_of_an_e_mail_is_the_publisher_when_nothing_else_says() {
    Map<String, List<String>> metadata = Map.of("Message-From", List.of("\"Jane Doe\" <jane.doe@example.org>"));
    assertEquals(Optional.of("Jane Doe"), detect("Hi all, figures for Mosul attached.", metadata, EML));
    Map<String, List<String>> addressOnly = Map.of("Message-From", List.of("<press@example.org>"));
    assertEquals(Optional.of("press@example.org"), detect("See attached.", addressOnly, EML));
  }

  @Test
  void e_mail_sender_that_is_an_organisation_is_canonicalised() {
    Map<String, List<String>> metadata =
        Map.of("Message-From", List.of("Amnesty International UK <press@example.org.uk>"));
    assertEquals(Optional.of("Amnesty International"), detect("Embargoed statement attached.", metadata, EML));
  }


  @Test
  void sender_is_not_used_for_a_document_that_is_not_an_e_mail() {
    Map<String, List<String>> metadata = Map.of("Message-From", List.of("Jane Doe <jane.doe@example.org>"));
    assertEquals(Optional.empty(), detect("See attached.", metadata, TEXT));
  }

  @Test
  void organisation_record_of_a_publisher_gives_its_kind() {
    assertEquals(Optional.of(new Organisation("Reuters", "news")), detector.organisation("Reuters"));
    assertEquals(Optional.empty(), detector.organisation("Hodeidah Civic Monitoring Group"));
  }
}
