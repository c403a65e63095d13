package org.counterclaim.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Nationality adjectives and short forms and the countries they stand for ("Afghan" → Afghanistan, "U.S." → United
 * States), from {@code countries.tsv}, without the place gazetteer behind {@link Gazetteer}: cheap to load, for
 * "Sudanese officials said" → Sudan.
 */
public final class Nationalities {

  private static final Map<String, String> COUNTRIES = load();

  private Nationalities() {}

  /** The country a nationality adjective or short form stands for, ignoring case. */
  public static Optional<String> country(String word) {
    return Optional.ofNullable(COUNTRIES.get(word.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
  }

  /** The country a people's plural name stands for: "Palestinians", "Russians", "Israelis". */
  public static Optional<String> ofPeople(String word) {
    String w = word.strip();
    return w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0))
        ? country(w.substring(0, w.length() - 1)) : Optional.empty();
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : DataFile.rows(Gazetteer.class, "countries.tsv")) {
      if (row.length == 2) {
        map.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip());
      }
    }
    return Map.copyOf(map);
  }
}
