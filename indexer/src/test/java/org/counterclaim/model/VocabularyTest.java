package org.counterclaim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The typed vocabulary of a figure: enums in the code, lower-case strings in JSON, the index and data files. */
class VocabularyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final CasualtyFigure FIGURE = new CasualtyFigure(1_601, null, Qualifier.MORE_THAN, Category.KILLED,
      "civilians", "Raqqa", null, "Airwars", null, "documented", Stance.VERIFIED, "more than 1,600 civilians", 10, 35,
      "Airwars documented more than 1,600 civilians killed.");

  @Test
  void a_figure_writes_its_qualifier_category_and_stance_as_lower_case_strings() throws Exception {
    JsonNode node = JSON.valueToTree(FIGURE);
    assertEquals("more_than", node.get("qualifier").textValue());
    assertEquals("killed", node.get("category").textValue());
    assertEquals("verified", node.get("stance").textValue());
  }

  @Test
  void a_figure_reads_back_from_its_json_unchanged() throws Exception {
    assertEquals(FIGURE, JSON.readValue(JSON.writeValueAsString(FIGURE), CasualtyFigure.class));
  }

  @Test
  void an_unknown_label_names_the_allowed_ones() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Qualifier.of("roughly"));
    assertEquals("unknown qualifier 'roughly'; expected one of exact, more_than, at_least, about, up_to, range, vague",
        e.getMessage());
  }

  @Test
  void killed_and_injured_together_are_casualties_and_missing_stays_apart() {
    assertEquals(Category.CASUALTIES, Category.KILLED.combinedWith(Category.INJURED));
    assertEquals(Category.KILLED, Category.KILLED.combinedWith(Category.KILLED));
    assertEquals(Category.MISSING, Category.MISSING.combinedWith(Category.KILLED));
    assertEquals(Category.KILLED, Category.KILLED.combinedWith(Category.MISSING));
  }
}
