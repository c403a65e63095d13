package org.counterclaim.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text as an ISO 639-1 code ("en"), from the first 20,000 characters.
 *
 * <p>A text mostly in a script that one language owns is that language: kana is Japanese, Hangul Korean, Han
 * without kana Chinese, and Hebrew, Greek, Thai, Armenian and Georgian letters are their languages. Tika's OpenNLP
 * detector decides the rest (Latin, Cyrillic and Arabic scripts, shared by many languages). Its codes are ISO 639-3
 * and sometimes finer ({@code cmn}, {@code zho-simp} and {@code zho-trad} are all Chinese, {@code pes} and
 * {@code fas} both Persian): they are mapped to ISO 639-1 where one exists, and the scores of codes that map to the
 * same language added up before the leader is chosen.
 */
public final class LanguageGuesser {

  private static final int SAMPLE = 20_000;
  private static final int MIN_LETTERS = 40;
  private static final float CLEAR_LEAD = 2.0f;
  private static final Map<String, String> TO_ISO1 = new HashMap<>();
  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = new EnumMap<>(UnicodeScript.class);

  static {
    for (String code : Locale.getISOLanguages()) {
      try {
        TO_ISO1.put(new Locale(code).getISO3Language(), code);
      } catch (java.util.MissingResourceException e) {
        // a two-letter code with no three-letter form: nothing to map
      }
    }
    // codes of the detector's model that are finer than ISO 639-3 macrolanguages, or romanised variants
    String[][] finer = {{"cmn", "zh"}, {"zho-simp", "zh"}, {"zho-trad", "zh"}, {"pes", "fa"}, {"lvs", "lv"},
        {"ekk", "et"}, {"gug", "gn"}, {"quz", "qu"}, {"pnb", "pa"}, {"ckb", "ku"}, {"mya-zaw", "my"},
        {"hin-rom", "hi"}, {"ben-rom", "bn"}, {"urd-rom", "ur"}, {"tam-rom", "ta"}, {"tel-rom", "te"}};
    for (String[] pair : finer) {
      TO_ISO1.put(pair[0], pair[1]);
    }
    SCRIPT_LANGUAGES.put(UnicodeScript.HANGUL, "ko");
    SCRIPT_LANGUAGES.put(UnicodeScript.HEBREW, "he");
    SCRIPT_LANGUAGES.put(UnicodeScript.GREEK, "el");
    SCRIPT_LANGUAGES.put(UnicodeScript.THAI, "th");
    SCRIPT_LANGUAGES.put(UnicodeScript.ARMENIAN, "hy");
    SCRIPT_LANGUAGES.put(UnicodeScript.GEORGIAN, "ka");
  }

  private final OpenNLPDetector detector;

  public LanguageGuesser() {
    try {
      detector = new OpenNLPDetector();
      detector.loadModels();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
  }

  /** The language, or empty for short texts and texts the detector is unsure about. */
  public Optional<String> guess(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Map<UnicodeScript, Integer> letters = letterScripts(sample);
    int total = letters.values().stream().mapToInt(Integer::intValue).sum();
    if (total < MIN_LETTERS) {
      return Optional.empty();
    }
    Optional<String> byScript = byScript(letters, total);
    return byScript.isPresent() ? byScript : detect(sample);
  }

  /** The language a text's script settles, if it does. */
  static Optional<String> byScript(Map<UnicodeScript, Integer> letters, int total) {
    int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
    if (kana * 10 >= total) {
      return Optional.of("ja");
    }
    if (letters.getOrDefault(UnicodeScript.HAN, 0) * 2 > total) {
      return Optional.of("zh");
    }
    for (Map.Entry<UnicodeScript, String> script : SCRIPT_LANGUAGES.entrySet()) {
      if (letters.getOrDefault(script.getKey(), 0) * 2 > total) {
        return Optional.of(script.getValue());
      }
    }
    return Optional.empty();
  }

  private static Map<UnicodeScript, Integer> letterScripts(String sample) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    sample.codePoints().filter(Character::isLetter)
        .forEach(c -> counts.merge(UnicodeScript.of(c), 1, Integer::sum));
    return counts;
  }

  private synchronized Optional<String> detect(String sample) {
    detector.reset();
    detector.addText(sample.toCharArray(), 0, sample.length());
    List<LanguageResult> ranked = detector.detectAll();
    if (ranked.isEmpty() || ranked.get(0).getLanguage().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Float> scores = new LinkedHashMap<>();
    for (LanguageResult result : ranked) {
      scores.merge(iso1(result), result.getRawScore(), Float::sum);
    }
    List<Map.Entry<String, Float>> byScore = new ArrayList<>(scores.entrySet());
    byScore.sort(Map.Entry.<String, Float>comparingByValue().reversed());
    String best = byScore.get(0).getKey();
    boolean confident = ranked.stream()
        .anyMatch(r -> iso1(r).equals(best) && r.getConfidence() != LanguageConfidence.NONE);
    // On a short text the detector's confidence stays NONE even when one language clearly leads: take the
    // leader when it scores at least twice the runner-up.
    boolean clearLead = byScore.size() == 1 || byScore.get(0).getValue() >= CLEAR_LEAD * byScore.get(1).getValue();
    return confident || clearLead ? Optional.of(best) : Optional.empty();
  }

  private static String iso1(LanguageResult result) {
    return TO_ISO1.getOrDefault(result.getLanguage(), result.getLanguage());
  }
}
