package org.counterclaim.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places (city, province, country), countries by name or nationality, and title words, from the gazetteer that
 * ships in CoreNLP's English models jar (the KBP regexner list) plus our own additions ({@code places.tsv},
 * {@code countries.tsv}, {@code titles.txt}). Loaded once.
 */
public final class Gazetteer {

  private static final String KBP = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private final Map<String, String> places = new HashMap<>();
  private final Set<String> titleWords = new HashSet<>();
  private final Map<String, String> countries = new HashMap<>();

  private Gazetteer() {}

  /** Reads the gazetteers; about half a second. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    try {
      g.readKbp();
      g.readOwn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteers", e);
    }
    return g;
  }

  /** CITY, STATE_OR_PROVINCE, COUNTRY or REGION for a place name, ignoring case. */
  public Optional<String> placeType(String name) {
    return Optional.ofNullable(places.get(key(name)));
  }

  /**
   * The country a name or a nationality adjective stands for: "Iraqi" → Iraq, "US" → United States, "Ukraine" →
   * Ukraine; empty for anything else.
   */
  public Optional<String> country(String nameOrNationality) {
    String k = key(nameOrNationality);
    String known = countries.get(k);
    if (known != null) {
      return Optional.of(known);
    }
    return "COUNTRY".equals(places.get(k)) ? Optional.of(nameOrNationality.strip()) : Optional.empty();
  }

  /**
   * The one name a place goes by in facets and search: a country's short form is the country ("US", "U.S.",
   * "USA", "America" → United States; "UK" → United Kingdom), and a name set in capitals, as datelines are
   * ("LONDON", "NEW YORK"), is written as a name ("London", "New York"). Acronyms of three letters or fewer that
   * are no country stay as written. Nationality adjectives ("American") are not places and are left alone.
   */
  public String canonicalPlace(String name) {
    String stripped = name.strip();
    String country = countries.get(key(stripped));
    if (country != null && !isAdjective(stripped, country)) {
      return country;
    }
    if (stripped.codePoints().filter(Character::isLetter).count() > 3 && stripped.equals(stripped.toUpperCase(Locale.ROOT))
        && !stripped.equals(stripped.toLowerCase(Locale.ROOT))) {
      return capitalised(stripped);
    }
    return stripped;
  }

  /** "American" for the United States, "British" for the United Kingdom: an adjective, not a short name. */
  private static boolean isAdjective(String name, String country) {
    return name.length() > 4 && !name.contains(".") && !country.toLowerCase(Locale.ROOT).contains(key(name))
        && (name.endsWith("an") || name.endsWith("ish") || name.endsWith("i") || name.endsWith("ese"));
  }

  /** "NEW YORK" → "New York", "AL-RAQQA" → "Al-Raqqa". */
  private static String capitalised(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }

  /** True for a word that can head a title: "spokesman", "secretary", "adviser". Plurals count. */
  public boolean isTitleWord(String word) {
    String w = key(word);
    return titleWords.contains(w) || (w.endsWith("s") && titleWords.contains(w.substring(0, w.length() - 1)));
  }

  private void readKbp() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(KBP)) {
      if (in == null) {
        throw new IOException(KBP + " is missing: the CoreNLP English models jar must be on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int tab1 = line.indexOf('\t');
        int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        if (tab2 < 0) {
          continue;
        }
        String type = line.substring(tab1 + 1, tab2);
        String rest = line.substring(tab2 + 1);
        String name = line.substring(0, tab1);
        if (type.equals("TITLE") && name.indexOf(' ') < 0) {
          titleWords.add(name);
        } else if (rest.startsWith("LOCATION") && (type.equals("CITY") || type.equals("COUNTRY")
            || type.equals("STATE_OR_PROVINCE"))) {
          places.putIfAbsent(name, type);
        }
      }
    }
  }

  private void readOwn() {
    for (String[] row : DataFile.rows(Gazetteer.class, "places.tsv")) {
      if (row.length == 2) {
        places.put(key(row[0]), row[1].strip());
      }
    }
    for (String[] row : DataFile.rows(Gazetteer.class, "countries.tsv")) {
      if (row.length == 2) {
        countries.put(key(row[0]), row[1].strip());
      }
    }
    for (String[] row : DataFile.rows(Gazetteer.class, "titles.txt")) {
      titleWords.add(key(row[0]));
    }
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
