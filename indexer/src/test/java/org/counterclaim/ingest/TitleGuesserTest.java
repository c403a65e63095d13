package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleGuesserTest {

  private static final Map<String, List<String>> NO_METADATA = Map.of();

  private static String guess(Map<String, List<String>> metadata, String text) {
    return TitleGuesser.guess(metadata, DocumentHeader.of(text), "upload-0042.pdf");
  }

  private static String guessFromText(String text) {
    return guess(NO_METADATA, text);
  }

  @Test
  void meaningful_metadata_title_is_the_title() {
    Map<String, List<String>> metadata = Map.of("dc:title", List.of("  Death in the   Old City: west Mosul  "));
    assertEquals("Death in the Old City: west Mosul", guess(metadata, "Some other first line of prose"));
  }

  @Test
  void word_processor_default_title_is_junk_and_the_first_prose_line_is_used() {
    Map<String, List<String>> metadata = Map.of("dc:title", List.of("Microsoft Word - Hodeidah_briefing_v3.docx"));
    assertEquals("Hodeidah: civilians trapped as fighting nears the port",
        guess(metadata, "Hodeidah: civilians trapped as fighting nears the port\n\nThe UN said on Tuesday…"));
  }

  @Test
  void untitled_file_name_and_layout_titles_are_junk() {
    String text = "Afghanistan: Kunduz hospital strike, one year on";
    for (String junk : List.of("untitled", "Untitled document", "report_final.PDF", "Layout 1",
        "Microsoft PowerPoint - briefing.pptx", "Document1")) {
      assertEquals(text, guess(Map.of("title", List.of(junk)), text), junk);
    }
  }

  @Test
  void later_metadata_key_is_used_when_the_first_is_junk() {
    Map<String, List<String>> metadata = Map.of(
        "dc:title", List.of("untitled"),
        "og:title", List.of("Gaza: strikes on shelters kill dozens"));
    assertEquals("Gaza: strikes on shelters kill dozens", guess(metadata, "Skip to main content"));
  }

  @Test
  void headline_after_banner_label_and_date_is_the_title() {
    String text = """
        AMNESTY INTERNATIONAL PRESS RELEASE
        AI Index: ASA 11/8801/2019
        24 February 2019

        Afghanistan: Record civilian deaths from air strikes must be investigated
        """;
    assertEquals("Afghanistan: Record civilian deaths from air strikes must be investigated", guessFromText(text));
  }

  @Test
  void release_notice_and_issuer_line_are_not_the_title() {
    String text = """
        For immediate release
        Save the Children:
        Yemen: Coalition air strike on a school bus kills 40 children
        """;
    assertEquals("Yemen: Coalition air strike on a school bus kills 40 children", guessFromText(text));
  }

  @Test
  void subject_line_of_a_letter_is_the_title_rather_than_the_address() {
    String text = """
        Rt Hon Gavin Williamson MP
        Secretary of State for Defence
        Ministry of Defence
        17 July 2018

        Dear Secretary of State,

        Re: Civilian casualties from UK air strikes in Mosul and Raqqa
        """;
    assertEquals("Civilian casualties from UK air strikes in Mosul and Raqqa", guessFromText(text));
  }

  @Test
  void file_name_is_the_title_when_nothing_else_is_known() {
    assertEquals("upload-0042.pdf", guessFromText("INDEX: MENA 23/0112/2018\n17 July 2018"));
  }

  @Test
  void long_line_is_cut_after_its_first_sentence() {
    String line = "Civilians in Hodeidah face famine as fighting closes the port. Aid agencies warn that "
        + "millions depend on food imports arriving through the city, and that any interruption would be "
        + "catastrophic for the north of the country.";
    assertEquals("Civilians in Hodeidah face famine as fighting closes the port.", guessFromText(line));
  }

  @Test
  void long_sentence_is_cut_at_a_word_boundary_with_an_ellipsis() {
    String line = "Residents of the Old City of Mosul who survived months of siege, shelling and air strikes "
        + "describe searching the rubble of their homes for relatives while the authorities say the count "
        + "of the dead is still incomplete";
    String title = guessFromText(line);
    assertEquals("Residents of the Old City of Mosul who survived months of siege, shelling and air strikes "
        + "describe searching the rubble of their homes for relatives while the…", title);
    assertTrue(title.length() <= TitleGuesser.MAX_LENGTH, title);
  }

  @Test
  void military_rank_abbreviation_is_not_the_end_of_a_sentence() {
    String line = "Maj. Gen. Felix Gedney said the coalition had reviewed the strike near Tabqa dam and found "
        + "no evidence of civilian harm. Local monitors dispute the finding and say at least 12 people died.";
    assertEquals("Maj. Gen. Felix Gedney said the coalition had reviewed the strike near Tabqa dam and found "
        + "no evidence of civilian harm.", guessFromText(line));
  }

  @Test
  void capitalised_abbreviation_and_e_g_are_not_the_end_of_a_sentence() {
    String line = "The U.S. military said partners, e.g. the SDF, carried out the ground assault on the city "
        + "of Raqqa in 2017 with coalition support. Amnesty International disputes the account of events.";
    assertEquals("The U.S. military said partners, e.g. the SDF, carried out the ground assault on the city "
        + "of Raqqa in 2017 with coalition support.", guessFromText(line));
  }

  @Test
  void sentence_ending_with_an_acronym_or_a_number_is_a_sentence() {
    String acronym = "Residents of Raqqa said the mines in their homes had been laid by ISIS. Clearance teams "
        + "have removed thousands of devices since the city was taken, but civilians are still killed every week.";
    assertEquals("Residents of Raqqa said the mines in their homes had been laid by ISIS.", guessFromText(acronym));
    String number = "The Yemen Data Project recorded air raids on 58 hospitals and clinics by the end of 2018. "
        + "The coalition's Joint Incidents Assessment Team has said most of the strikes were lawful and "
        + "that it would publish its findings.";
    assertEquals("The Yemen Data Project recorded air raids on 58 hospitals and clinics by the end of 2018.",
        guessFromText(number));
  }

}
