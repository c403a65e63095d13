package org.counterclaim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Numbers past {@link FigureLimits#MAX_COUNT} are no casualty figures; nothing overflows a long. */
class HugeNumbersTest {

  @Test
  void a_number_beyond_a_long_is_no_quantity() {
    assertEquals(List.of(), QuantityParser.find("more than 18,446,744,073,709,551,616 civilians"));
    assertEquals(List.of(), QuantityParser.find("99999999999999999999 killed"));
    assertEquals(List.of(), QuantityParser.find("at least 10,000,000,001 people"));
  }

  @Test
  void the_ceiling_itself_is_a_quantity_and_more_than_it_does_not_overflow() {
    assertEquals(List.of(new Quantity(10_000_000_001L, null, Qualifier.MORE_THAN, 0, 24)),
        QuantityParser.find("more than 10,000,000,000 civilians"));
    assertEquals(List.of(new Quantity(1_500_000, 1_500_000L, Qualifier.EXACT, 0, 11)),
        QuantityParser.find("1.5 million refugees"));
  }

  @Test
  void a_sentence_with_a_huge_number_has_no_figure() {
    String text = "Officials said more than 18,446,744,073,709,551,616 civilians were killed in Raqqa.";
    SourceDocument source = new SourceDocument("00000000000000e1", "00000000000000e1", null, "huge.txt",
        "0".repeat(64), "text/plain", "Plain text", "Huge", null, null, DocumentType.OTHER, "en", text, false,
        text.length(), Map.of());
    assertEquals(List.of(), SharedPipeline.get().apply(source).figures());
  }
}
