package org.counterclaim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.counterclaim.model.Span;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private static final Chunker CHUNKER = new Chunker(200);

  private static String words(int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append("shelling ");
    }
    return sb.substring(0, length);
  }

  private static void assertCoversExactly(String text, List<Span> chunks, int max) {
    int at = 0;
    for (Span chunk : chunks) {
      assertEquals(at, chunk.start(), "gap or overlap before " + chunk);
      assertTrue(chunk.length() > 0 && chunk.length() <= max, "chunk size " + chunk.length());
      at = chunk.end();
    }
    assertEquals(text.length(), at);
  }

  @Test
  void short_text_is_one_chunk() {
    String text = "Air strikes hit Hodeidah port on Tuesday.";
    assertEquals(List.of(new Span(0, text.length())), CHUNKER.chunks(text));
  }

  @Test
  void empty_text_has_no_chunks() {
    assertEquals(List.of(), CHUNKER.chunks(""));
  }

  @Test
  void cuts_after_a_paragraph_break_rather_than_a_later_sentence_end() {
    String first = words(117) + "down.\n\n";
    String text = first + "The UN said 40 people died. " + words(200);
    List<Span> chunks = CHUNKER.chunks(text);
    assertEquals(new Span(0, first.length()), chunks.get(0));
    assertCoversExactly(text, chunks, 200);
  }

  @Test
  void cuts_after_a_sentence_end_when_no_line_breaks_in_the_second_half() {
    String first = words(144) + "killed. ";
    String text = first + words(300);
    List<Span> chunks = CHUNKER.chunks(text);
    assertEquals(new Span(0, first.length()), chunks.get(0));
    assertTrue(text.substring(0, chunks.get(0).end()).endsWith("killed. "));
    assertCoversExactly(text, chunks, 200);
  }

  @Test
  void cuts_after_a_space_when_no_sentence_ends_in_the_second_half() {
    String text = words(500);
    List<Span> chunks = CHUNKER.chunks(text);
    assertEquals(new Span(0, 198), chunks.get(0));
    assertEquals(' ', text.charAt(chunks.get(0).end() - 1));
    assertCoversExactly(text, chunks, 200);
  }

  @Test
  void cuts_hard_at_the_limit_inside_one_unbroken_word() {
    String text = "x".repeat(450);
    assertEquals(List.of(new Span(0, 200), new Span(200, 400), new Span(400, 450)), CHUNKER.chunks(text));
  }

  @Test
  void paragraph_break_in_the_first_half_is_not_used_for_a_tiny_chunk() {
    String text = "Mosul.\n\n" + words(400);
    List<Span> chunks = CHUNKER.chunks(text);
    assertTrue(chunks.get(0).length() > 100, "first chunk " + chunks.get(0));
    assertCoversExactly(text, chunks, 200);
  }

  @Test
  void mixed_text_is_covered_exactly_with_no_chunk_over_the_limit() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sb.append("Strike ").append(i).append(" hit Taiz, the monitors said").append(i % 3 == 0 ? ".\n\n" : ". ");
      if (i % 7 == 0) {
        sb.append(words(90));
      }
    }
    String text = sb.toString();
    assertCoversExactly(text, CHUNKER.chunks(text), 200);
  }

  @Test
  void chunks_under_one_hundred_characters_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Chunker(99));
  }
}
