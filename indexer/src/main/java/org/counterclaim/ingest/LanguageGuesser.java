package org.counterclaim.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text as an ISO 639-1 code ("en"), using Tika's OpenNLP detector on the first 20,000 chars.
 * Codes the detector gives in ISO 639-3 ("eng") are mapped to ISO 639-1 where one exists.
 */
public final class LanguageGuesser {

  private static final int SAMPLE = 20_000;
  private static final int MIN_LETTERS = 40;
  private static final float CLEAR_LEAD = 2.0f;
  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(new Locale(code).getISO3Language(), code);
      } catch (java.util.MissingResourceException e) {
        // a two-letter code with no three-letter form: nothing to map
      }
    }
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
  public synchronized Optional<String> guess(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (sample.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    detector.reset();
    detector.addText(sample.toCharArray(), 0, sample.length());
    List<LanguageResult> ranked = detector.detectAll();
    if (ranked.isEmpty() || ranked.get(0).getLanguage().isEmpty()) {
      return Optional.empty();
    }
    LanguageResult best = ranked.get(0);
    // On a short text the detector's confidence stays NONE even when one language clearly leads: take the
    // leader when it scores at least twice the runner-up.
    boolean clearLead = ranked.size() == 1 || best.getRawScore() >= CLEAR_LEAD * ranked.get(1).getRawScore();
    if (best.getConfidence() == LanguageConfidence.NONE && !clearLead) {
      return Optional.empty();
    }
    String code = best.getLanguage();
    return Optional.of(ISO3_TO_ISO1.getOrDefault(code, code));
  }
}
