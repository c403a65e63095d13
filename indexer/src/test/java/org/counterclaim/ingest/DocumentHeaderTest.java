package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.counterclaim.ingest.DocumentHeader.Kind;
import org.junit.jupiter.api.Test;

class DocumentHeaderTest {

  private static List<Kind> kinds(String text) {
    return DocumentHeader.of(text).lines().stream().map(DocumentHeader.Line::kind).toList();
  }

  private static Kind kindOf(String line) {
    return DocumentHeader.of(line).lines().get(0).kind();
  }

  @Test
  void ngo_statement_header_lines_are_sorted_into_banner_label_date_and_prose() {
    String text = """
        HUMAN RIGHTS WATCH PUBLIC STATEMENT

        Index: MENA 23/0112/2018
        17 July 2018

        Yemen: Saudi-led coalition strike kills 40 children on a school bus
        The attack on a market in Dahyan is an apparent war crime.
        """;
    assertEquals(List.of(Kind.BANNER, Kind.LABEL, Kind.DATE, Kind.PROSE, Kind.PROSE), kinds(text));
  }

  @Test
  void banner_names_the_issuer_before_the_kind_and_declares_the_kind() {
    DocumentHeader header = DocumentHeader.of("MEDECINS SANS FRONTIERES PRESS RELEASE\nGaza: hospitals overwhelmed");
    assertEquals(Optional.of("Medecins Sans Frontieres"), header.issuer());
    assertEquals(Optional.of("press release"), header.declaredKind());
    assertEquals(Optional.of("MEDECINS SANS FRONTIERES PRESS RELEASE"), header.banner());
    assertEquals(Optional.of("Save the Children"), DocumentHeader.of("SAVE THE CHILDREN MEDIA RELEASE").issuer());
  }

  @Test
  void single_acronym_issuer_of_a_banner_keeps_its_capitals() {
    DocumentHeader header = DocumentHeader.of("UNAMA PRESS RELEASE\n\nCivilian casualties hit record high in 2018");
    assertEquals(Optional.of("UNAMA"), header.issuer());
  }

  @Test
  void qualifier_before_the_kind_is_not_part_of_the_issuer() {
    assertEquals(Optional.of("Airwars"), DocumentHeader.of("AIRWARS ANNUAL REPORT").issuer());
    assertEquals(Optional.of("report"), DocumentHeader.of("AIRWARS ANNUAL REPORT").declaredKind());
    assertEquals(Optional.empty(), DocumentHeader.of("EMBARGOED PRESS RELEASE").issuer());
  }

  @Test
  void line_ending_with_a_colon_names_the_issuer() {
    String text = """
        Médecins Sans Frontières:

        Mosul: wounded civilians are dying before they reach hospital
        """;
    DocumentHeader header = DocumentHeader.of(text);
    assertEquals(List.of(Kind.ISSUER, Kind.PROSE), kinds(text));
    assertEquals(Optional.of("Médecins Sans Frontières"), header.issuer());
  }

  @Test
  void heading_or_kind_closed_by_a_colon_is_not_an_issuer() {
    DocumentHeader header = DocumentHeader.of("""
        Gaza: Israeli strikes on homes kill families
        For more information, please contact:
        Media contacts:
        Statement:
        """);
    assertEquals(Optional.empty(), header.issuer());
  }

  @Test
  void title_case_kind_line_is_a_banner_and_the_line_above_it_names_the_issuer() {
    DocumentHeader header = DocumentHeader.of("""
        Combined Joint Task Force – Operation Inherent Resolve
        News Release
        Release No. 20180717-01
        July 17, 2018
        Coalition strikes continue against ISIS in Syria
        """);
    assertEquals(List.of(Kind.ISSUER, Kind.BANNER, Kind.LABEL, Kind.DATE, Kind.PROSE),
        header.lines().stream().map(DocumentHeader.Line::kind).toList());
    assertEquals(Optional.of("Combined Joint Task Force – Operation Inherent Resolve"), header.issuer());
    assertEquals(Optional.of("news release"), header.declaredKind());
    assertEquals(Optional.of("Coalition strikes continue against ISIS in Syria"), header.firstProse());
  }

  @Test
  void letterhead_in_capitals_above_a_kind_banner_is_the_issuer_in_title_case() {
    DocumentHeader header = DocumentHeader.of("SAVE THE CHILDREN INTERNATIONAL\nPRESS RELEASE\nYemen: cholera spreads");
    assertEquals(Optional.of("Save the Children International"), header.issuer());
    assertEquals(Optional.of("press release"), header.declaredKind());
  }

  @Test
  void web_page_furniture_above_a_kind_banner_is_not_an_issuer() {
    DocumentHeader header = DocumentHeader.of("Skip to main content\nPress Release\nGaza: aid convoy blocked again");
    assertEquals(Optional.empty(), header.issuer());
    assertEquals(Optional.of("Skip to main content"), header.firstProse());
  }

  @Test
  void release_notice_is_a_label_not_a_headline() {
    assertEquals(Kind.LABEL, kindOf("For immediate release"));
    assertEquals(Kind.LABEL, kindOf("EMBARGOED UNTIL 00:01 GMT THURSDAY 17 JULY 2018"));
  }

  @Test
  void kicker_between_pipes_is_a_kicker_and_may_declare_the_kind() {
    DocumentHeader header = DocumentHeader.of("News | Middle East | Gaza\n\nHospital director killed in strike");
    assertEquals(Kind.KICKER, header.lines().get(0).kind());
    assertEquals(Optional.of("news"), header.declaredKind());
  }

  @Test
  void headline_with_a_colon_is_prose_not_a_label() {
    assertEquals(Kind.PROSE, kindOf("Yemen: Saudi-led coalition strike kills 40 children"));
    assertEquals(Kind.PROSE, kindOf("Gaza: Israeli strike kills 12"));
    assertEquals(Kind.PROSE, kindOf("Ukraine: Mariupol theatre was a shelter"));
    assertEquals(Kind.PROSE, kindOf("MOSUL, Iraq (Reuters) - Iraqi forces pushed into the Old City on Sunday."));
  }

  @Test
  void header_fields_are_labels_whatever_the_length_of_their_value() {
    assertEquals(Kind.LABEL, kindOf("AI Index: MDE 31/8765/2018"));
    assertEquals(Kind.LABEL, kindOf("E-mail: press@example.org"));
    assertEquals(Kind.LABEL, kindOf("Contact: Jane Doe, press officer"));
    assertEquals(Kind.LABEL, kindOf("Re: Civilian casualties from UK air strikes in Mosul and Raqqa"));
  }

  @Test
  void un_document_symbol_and_release_number_are_labels() {
    assertEquals(Kind.LABEL, kindOf("A/HRC/39/43"));
    assertEquals(Kind.LABEL, kindOf("S/2018/750"));
    assertEquals(Kind.LABEL, kindOf("Release No. 20180717-01"));
  }

  @Test
  void headline_in_capitals_is_prose_and_the_first_prose() {
    DocumentHeader header = DocumentHeader.of("""
        AMNESTY INTERNATIONAL
        AFGHANISTAN: AIR STRIKE ON WEDDING PARTY KILLS 30 CIVILIANS
        The strike hit a house in Helmand province.
        """);
    assertEquals(List.of(Kind.BANNER, Kind.PROSE, Kind.PROSE),
        header.lines().stream().map(DocumentHeader.Line::kind).toList());
    assertEquals(Optional.of("AFGHANISTAN: AIR STRIKE ON WEDDING PARTY KILLS 30 CIVILIANS"), header.firstProse());
  }

  @Test
  void first_prose_drops_a_leading_iso_date_label() {
    DocumentHeader header = DocumentHeader.of("date 2019-03-02 Monitors count dozens of civilian dead in Baghouz");
    assertEquals(Optional.of("Monitors count dozens of civilian dead in Baghouz"), header.firstProse());
  }

  @Test
  void header_is_at_most_twelve_non_empty_lines_with_spaces_collapsed() {
    StringBuilder text = new StringBuilder("\n\n  Hodeidah   port   under   fire  \n");
    for (int i = 1; i <= 20; i++) {
      text.append("\nParagraph ").append(i).append(" of the report.\n");
    }
    DocumentHeader header = DocumentHeader.of(text.toString());
    assertEquals(12, header.lines().size());
    assertEquals("Hodeidah port under fire", header.lines().get(0).text());
  }

  @Test
  void text_without_a_banner_or_issuer_declares_nothing() {
    DocumentHeader header = DocumentHeader.of("Air strikes resume over Idlib\nResidents fled north overnight.");
    assertEquals(Optional.empty(), header.issuer());
    assertEquals(Optional.empty(), header.declaredKind());
    assertEquals(Optional.empty(), header.banner());
  }
}
