package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.counterclaim.testing.hostile.Languages;
import org.junit.jupiter.api.Test;

/**
 * The same three-sentence statement in eleven languages. Before, Chinese, Japanese, Persian and Hebrew came out
 * with no language: the detector splits Chinese into cmn, zho-simp and zho-trad and Persian into pes and fas,
 * none of which led the others by enough, and it mistook Japanese for Chinese.
 */
class LanguageGuesserTest {

  private static final LanguageGuesser GUESSER = new LanguageGuesser();

  @Test
  void statement_in_each_language_gets_its_iso_639_1_code() {
    Map<String, String> guessed = new TreeMap<>();
    Languages.STATEMENTS.forEach((code, text) -> guessed.put(code, GUESSER.guess(text).orElse("?")));

    Map<String, String> expected = new TreeMap<>();
    Languages.STATEMENTS.keySet().forEach(code -> expected.put(code, code));
    assertEquals(expected, guessed);
  }

  @Test
  void japanese_with_kanji_and_kana_is_not_taken_for_chinese() {
    assertEquals(Optional.of("ja"), GUESSER.guess(Languages.STATEMENTS.get("ja")));
    assertEquals(Optional.of("zh"), GUESSER.guess(Languages.STATEMENTS.get("zh")));
  }

  @Test
  void english_is_still_english_and_a_short_text_has_no_language() {
    assertEquals(Optional.of("en"), GUESSER.guess("The organisation said on Tuesday that coalition air strikes on the"
        + " city of Raqqa had killed hundreds of civilians. It called for an independent and transparent investigation"
        + " of every incident. Survivors said that no one from the coalition had contacted them yet."));
    assertEquals(Optional.empty(), GUESSER.guess("Raqqa, 2017."));
  }
}
