package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentTypeClassifierTest {

  private static final PublisherDetector DETECTOR = new PublisherDetector(OrganisationAliases.builtIn());

  /** Classifies as the ingester does: header, then publisher, then type. */
  private static DocumentType classify(String text, String contentType) {
    DocumentHeader header = DocumentHeader.of(text);
    Optional<Organisation> publisher =
        DETECTOR.detect(text, Map.of(), header, contentType).flatMap(DETECTOR::organisation);
    return DocumentTypeClassifier.classify(text, contentType, header, publisher);
  }

  private static DocumentType classify(String text) {
    return classify(text, "text/plain");
  }

  @Test
  void e_mail_format_is_an_e_mail_whatever_the_text_says() {
    String text = "PRESS RELEASE\n\nDear colleagues,\n\nPlease find our statement attached.\n\nKind regards,\nJane";
    assertEquals(DocumentType.EMAIL, classify(text, "message/rfc822"));
  }

  @Test
  void ngo_banner_declaring_a_press_release_is_a_press_statement() {
    String text = """
        HUMAN RIGHTS WATCH PRESS RELEASE
        17 July 2018

        Iraq: Mosul residents still searching for the dead

        Families in west Mosul are still digging bodies out of the rubble, Human Rights Watch said today.
        """;
    assertEquals(DocumentType.PRESS_STATEMENT, classify(text));
  }

  @Test
  void release_wording_without_a_banner_makes_a_press_statement() {
    String text = """
        For immediate release

        Yemen: Hospitals hit 120 times since the war began

        Attacks on health facilities have continued despite assurances from all parties, the group said.
        The report was compiled from interviews with medical staff, officials said, and patients told researchers
        that they feared going to hospital, according to the findings.

        Media contacts:
        Jane Doe, +44 20 7946 0000
        """;
    assertEquals(DocumentType.PRESS_STATEMENT, classify(text));
  }

  @Test
  void press_release_closing_with_hash_marks_is_a_press_statement() {
    String text = """
        Gaza: Aid convoy blocked for third day

        The convoy of 40 trucks has been waiting at the crossing since Monday.

        ###
        """;
    assertEquals(DocumentType.PRESS_STATEMENT, classify(text));
  }

  @Test
  void military_news_release_with_an_area_dateline_is_a_press_statement() {
    String text = """
        Combined Joint Task Force – Operation Inherent Resolve
        News Release
        Release No. 20180717-01
        July 17, 2018

        Coalition strikes continue against ISIS in Syria

        SOUTHWEST ASIA – U.S. and coalition military forces conducted 12 strikes consisting of 19 engagements \
        against ISIS targets in Syria on July 15-16.
        """;
    assertEquals(DocumentType.PRESS_STATEMENT, classify(text));
  }

  @Test
  void un_report_with_summary_methodology_and_recommendations_is_a_report() {
    String text = """
        Situation of human rights in Yemen

        Executive summary
        Between September 2014 and June 2018 the Office documented 6,592 civilian deaths.

        Methodology
        The Group of Experts conducted more than 100 interviews with victims and witnesses.

        Recommendations
        The parties to the conflict should cease attacks on civilian objects.
        """;
    assertEquals(DocumentType.REPORT, classify(text));
  }

  @Test
  void un_report_with_roman_numbered_headings_is_a_report() {
    String text = """
        A/HRC/39/43

        Report of the United Nations High Commissioner for Human Rights

        I. Introduction
        The present report is submitted pursuant to Human Rights Council resolution 36/31.

        II. Methodology
        Information was gathered through interviews and open sources.

        V. Conclusions and recommendations
        The High Commissioner calls on all parties to respect international humanitarian law.
        """;
    assertEquals(DocumentType.REPORT, classify(text));
  }

  @Test
  void banner_declaring_an_annual_report_is_a_report() {
    String text = "UNAMA ANNUAL REPORT\n\nProtection of civilians in armed conflict\n\nThe Mission recorded 10,993 "
        + "civilian casualties in 2018.";
    assertEquals(DocumentType.REPORT, classify(text));
  }

  @Test
  void letter_with_salutation_and_sign_off_is_a_letter() {
    String text = """
        17 July 2018

        Dear Minister,

        We write to request information about the strike on the Jadidah neighbourhood of Mosul on 17 March 2017.

        Yours sincerely,

        Jane Doe
        Director, Crisis Response
        """;
    assertEquals(DocumentType.LETTER, classify(text));
  }

  @Test
  void wire_copy_with_agency_dateline_is_a_news_article() {
    String text = """
        Ukraine says missile strike on Kramatorsk station killed 50

        KRAMATORSK, Ukraine (Reuters) - A missile struck a crowded railway station in eastern Ukraine on Friday.
        """;
    assertEquals(DocumentType.NEWS_ARTICLE, classify(text));
  }

  @Test
  void byline_with_two_reporters_and_their_agency_is_a_news_article() {
    String text = """
        Civilians flee Hodeidah as coalition closes in

        By Jane Doe and John Roe, Associated Press

        Thousands of families packed into minibuses heading north.
        """;
    assertEquals(DocumentType.NEWS_ARTICLE, classify(text));
  }

  @Test
  void article_from_a_news_outlet_is_a_news_article() {
    String text = """
        Afghan air strike kills civilians at Kunduz religious school

        Local officials gave differing accounts of the number of dead.

        Source: BBC News""";
    assertEquals(DocumentType.NEWS_ARTICLE, classify(text));
  }

  @Test
  void text_reporting_what_several_people_said_is_a_news_article() {
    String text = """
        Strikes on Idlib markets leave dozens dead

        Rescue workers said at least 30 people were killed.
        A doctor told reporters the hospital had run out of blood.
        According to local monitors, most of the dead were women and children.
        """;
    assertEquals(DocumentType.NEWS_ARTICLE, classify(text));
  }

  @Test
  void text_with_no_cue_at_all_is_other() {
    assertEquals(DocumentType.OTHER, classify("Mosul west bank\nneighbourhoods\nZanjili\nShifa\nOld City"));
  }
}
