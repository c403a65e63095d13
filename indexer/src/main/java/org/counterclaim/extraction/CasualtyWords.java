package org.counterclaim.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The lexicon of words that make a number a casualty figure, say whose it is, or rule it out (a data file). */
final class CasualtyWords {

  /** What a word says about a number near it. */
  record Kind(String category, String victims, boolean excludes) {}

  private final Map<String, Kind> words = new HashMap<>();

  private CasualtyWords() {}

  static CasualtyWords load() {
    CasualtyWords lexicon = new CasualtyWords();
    try (InputStream in = CasualtyWords.class.getResourceAsStream("casualty-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("casualty-words.tsv is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.strip().split("\t");
        String kind = columns[1];
        lexicon.words.put(columns[0], kind.equals("not") ? new Kind(null, null, true)
            : kind.startsWith("victims:") ? new Kind(null, kind.substring(8), false)
            : new Kind(kind, null, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lexicon;
  }

  Optional<Kind> of(String word) {
    return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT).replace('’', '\'')));
  }
}
