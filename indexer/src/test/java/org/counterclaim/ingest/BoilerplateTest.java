package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bylines, credits, related-story lists and page furniture are blanked for analysis; the rest is left alone. */
class BoilerplateTest {

  @Test
  void a_byline_with_a_correspondent_is_blanked() {
    String text = "Strike kills 12\nBy our Middle East correspondent John Doe\nAt least 12 people were killed.";
    assertEquals("Strike kills 12\n" + " ".repeat(41) + "\nAt least 12 people were killed.",
        Boilerplate.blanked(text));
  }

  @Test
  void a_photo_credit_inside_a_caption_is_blanked_and_the_caption_text_kept() {
    String text = "Rescuers search the rubble. (AP Photo/Hussein Malla)";
    assertEquals("Rescuers search the rubble. " + " ".repeat(24), Boilerplate.blanked(text));
  }

  @Test
  void a_related_list_is_blanked_to_its_end() {
    String text = "At least 30 people died.\n\nRelated:\nToll rises to 45 in market bombing\nMinister says 9 "
        + "killed\n\nThe army said it would investigate.";
    String blanked = Boilerplate.blanked(text);
    assertEquals("At least 30 people died.", blanked.substring(0, 24));
    assertEquals("", blanked.substring(26, text.indexOf("\n\nThe army")).strip());
    assertEquals("The army said it would investigate.", blanked.substring(text.indexOf("The army")));
    assertEquals(text.length(), blanked.length());
  }

  @Test
  void read_more_and_navigation_lines_are_blanked() {
    String text = "Skip to main content\nRead more: Nine children among the dead\nShare this\nThe strike killed 9.";
    assertEquals("The strike killed 9.", Boilerplate.blanked(text).strip());
  }

  @Test
  void prose_that_mentions_a_photo_is_left_alone() {
    String text = "The photo shows 12 bodies. By noon, 40 people had been killed, officials said.";
    assertEquals(text, Boilerplate.blanked(text));
    String opening = "By Tuesday, 40 people had died.\nBy May the toll was 300.";
    assertEquals(opening, Boilerplate.blanked(opening));
  }
}
