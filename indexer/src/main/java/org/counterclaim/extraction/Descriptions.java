package org.counterclaim.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.lexicon.DataFile;
import org.counterclaim.lexicon.Nationalities;
import org.counterclaim.model.Token;

/**
 * Sources a text describes without naming them: "health authorities in the Hamas-run enclave", "the state railway
 * company", "a monitor group", "A Gaza civil defence chief", "local officials", "relatives". Such a description is
 * the claimant as written (without its article), so that different sources stay apart; bare unnamed ones
 * ("officials said", "a spokesman said") give no claimant, and a nationality with officials is the government of
 * its country ("Sudanese officials" → Sudan). The head nouns are a data file ({@code source-nouns.tsv}); any other
 * noun that WordNet knows as a person ("priest", "mayor") heads a source when a modifier says which one.
 */
final class Descriptions {

  enum Kind { BODY, PARTY, UNNAMED, GENERIC, NOT }

  /** Heads whose nationality makes them the government of a country: "Afghan officials", "Iraqi authorities". */
  private static final Set<String> GOVERNMENT_HEADS = Set.of("officials", "official", "authorities", "government",
      "leaders", "sources", "source");
  private static final Set<String> LINKS = Set.of("in", "of", "for", "at", "from", "on");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "this",
      "that", "these", "those");
  /** Most words a description spans: longer ones are clauses, not names. */
  private static final int MAX_TOKENS = 12;
  private static final Map<String, Kind> NOUNS = load();

  private Descriptions() {}

  /** A noun phrase of the text: its token span and head, with the head of its first chunk. */
  private record Phrase(int first, int last, int head) {}

  /** The description whose last word is token {@code last} ("… health authorities in the enclave| said"). */
  static Optional<String> endingAt(List<Token> tokens, int last) {
    return phraseEndingAt(tokens, last).flatMap(p -> described(tokens, p));
  }

  /** The description that starts at token {@code first}, articles included ("according to| local officials"). */
  static Optional<String> startingAt(List<Token> tokens, int first) {
    return phraseStartingAt(tokens, first).flatMap(p -> described(tokens, p));
  }

  /**
   * The country a nationality with officials stands for, in the phrase ending at {@code last}: "Sudanese officials",
   * "Afghan security officials" → Sudan, Afghanistan.
   */
  static Optional<String> governmentEndingAt(List<Token> tokens, int last) {
    return phraseEndingAt(tokens, last).flatMap(p -> government(tokens, p));
  }

  /** As {@link #governmentEndingAt}, for the phrase starting at {@code first}: "according to Afghan officials". */
  static Optional<String> governmentStartingAt(List<Token> tokens, int first) {
    return phraseStartingAt(tokens, first).flatMap(p -> government(tokens, p));
  }

  /**
   * A speaker's title as written around their name, when it says which body they speak for: "Bucha Mayor| Anatoly
   * Fedorchuk", "Gaza health ministry spokesman, |Ashraf al-Qidra", "Abu Shadi Jradi, |a civil defence official,".
   */
  static Optional<String> titleAround(List<Token> tokens, int nameStart, int nameEnd) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == nameStart) {
        first = i;
      }
      if (tokens.get(i).end() == nameEnd) {
        last = i;
      }
    }
    if (first < 0 || last < first) {
      return Optional.empty();
    }
    int before = first - 1 >= 0 && tokens.get(first - 1).text().equals(",") ? first - 2 : first - 1;
    Optional<String> title = before >= 0 && isNoun(tokens.get(before)) ? endingAt(tokens, before) : Optional.empty();
    if (title.isEmpty() && last + 2 < tokens.size() && tokens.get(last + 1).text().equals(",")) {
      title = startingAt(tokens, last + 2);
    }
    return title;
  }

  private static Optional<String> described(List<Token> tokens, Phrase p) {
    String head = lower(tokens.get(p.head()));
    Kind kind = NOUNS.get(head);
    if (kind == Kind.NOT || kind == Kind.GENERIC) {
      return Optional.empty();
    }
    boolean identified = false;
    for (int i = p.first(); i <= p.last(); i++) {
      Token t = tokens.get(i);
      String w = lower(t);
      if (i != p.head() && (isNoun(t) || pos(t).startsWith("JJ")) && NOUNS.get(w) != Kind.GENERIC
          && !ARTICLES.contains(w)) {
        identified = true;
      }
    }
    boolean source = kind == Kind.PARTY || identified && isSourceNoun(head);
    return source ? Optional.of(words(tokens, p)) : Optional.empty();
  }

  private static Optional<String> government(List<Token> tokens, Phrase p) {
    Optional<String> people = Nationalities.ofPeople(tokens.get(p.head()).text()); // "The Palestinians say"
    if (people.isPresent() && p.first() == p.head()) {
      return people;
    }
    if (!GOVERNMENT_HEADS.contains(lower(tokens.get(p.head())))) {
      return Optional.empty();
    }
    for (int i = p.first(); i < p.head(); i++) {
      Optional<String> country = Nationalities.country(tokens.get(i).text());
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }

  /** Walks left from a noun over its modifiers, and over "in|of|for … " and "and …" to the noun phrase before. */
  private static Optional<Phrase> phraseEndingAt(List<Token> tokens, int last) {
    if (last < 0 || last >= tokens.size() || !isNoun(tokens.get(last))) {
      return Optional.empty();
    }
    int first = chunkStart(tokens, last);
    int head = last;
    while (first - 2 >= 0 && last - first < MAX_TOKENS) {
      String link = lower(tokens.get(first - 1));
      int end = first - 2;
      boolean linked = LINKS.contains(link) && isNoun(tokens.get(end))
          || link.equals("and") && isSourceNoun(lower(tokens.get(end))); // "aid workers and local doctors"
      if (!linked) {
        break;
      }
      first = chunkStart(tokens, end);
      head = link.equals("and") ? head : end; // the head of "X in Y" is X's; of "X and Y", Y's will do
    }
    while (first <= last && ARTICLES.contains(lower(tokens.get(first)))) {
      first++;
    }
    return first <= head ? Optional.of(new Phrase(first, last, head)) : Optional.empty();
  }

  /** Reads right from an optional article over a noun phrase and a following "in|of … " or "and …" phrase. */
  private static Optional<Phrase> phraseStartingAt(List<Token> tokens, int first) {
    int i = first;
    while (i < tokens.size() && (ARTICLES.contains(lower(tokens.get(i))) || pos(tokens.get(i)).equals("CD"))) {
      i++;
    }
    int start = i;
    int last = chunkEnd(tokens, i);
    if (last < start) {
      return Optional.empty();
    }
    int head = last;
    while (last + 2 < tokens.size() && last - start < MAX_TOKENS) {
      String link = lower(tokens.get(last + 1));
      if (!LINKS.contains(link) && !(link.equals("and") && isSourceNoun(lower(tokens.get(last))))) {
        break;
      }
      int j = last + 2;
      while (j < tokens.size() && ARTICLES.contains(lower(tokens.get(j)))) {
        j++;
      }
      int end = chunkEnd(tokens, j);
      if (end < j) {
        break;
      }
      last = end;
    }
    return Optional.of(new Phrase(start, last, head));
  }

  /** The first token of the article, modifiers and nouns that end at the noun {@code last}. */
  private static int chunkStart(List<Token> tokens, int last) {
    int i = last;
    while (i - 1 >= 0 && last - i < MAX_TOKENS && isModifier(tokens.get(i - 1))) {
      i--;
    }
    return i - 1 >= 0 && ARTICLES.contains(lower(tokens.get(i - 1))) ? i - 1 : i;
  }

  /** The last noun of the modifiers and nouns that start at {@code first}, or first - 1 when there is none. */
  private static int chunkEnd(List<Token> tokens, int first) {
    int lastNoun = first - 1;
    for (int i = first; i < tokens.size() && i - first < MAX_TOKENS && isModifier(tokens.get(i)); i++) {
      if (isNoun(tokens.get(i))) {
        lastNoun = i;
      }
    }
    return lastNoun;
  }

  /** A noun that can head a source: listed as a body, party or unnamed source, or a person in WordNet. */
  private static boolean isSourceNoun(String noun) {
    Kind kind = NOUNS.get(noun);
    return kind == Kind.BODY || kind == Kind.PARTY || kind == Kind.UNNAMED
        || kind == null && PersonNouns.shared().isPerson(noun);
  }

  private static boolean isModifier(Token t) {
    String pos = pos(t);
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("HYPH")
        || pos.equals("VBN"); // "Hamas-run", "rebel - held": a participle inside a noun phrase
  }

  private static boolean isNoun(Token t) {
    return pos(t).startsWith("NN");
  }

  private static String words(List<Token> tokens, Phrase p) {
    StringBuilder s = new StringBuilder();
    for (int i = p.first(); i <= p.last(); i++) {
      Token t = tokens.get(i);
      if (i > p.first() && t.start() > tokens.get(i - 1).end()) {
        s.append(' ');
      }
      // "Local officials said" at a sentence's start is the same source as "local officials" elsewhere
      boolean capitalOnlyByPlace = i == 0 && !pos(t).startsWith("NNP") && Nationalities.country(t.text()).isEmpty();
      s.append(capitalOnlyByPlace ? t.text().toLowerCase(Locale.ROOT) : t.text());
    }
    return s.toString();
  }

  private static String pos(Token t) {
    return t.pos() == null ? "" : t.pos();
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> nouns = new HashMap<>();
    for (String[] row : DataFile.rows(Descriptions.class, "source-nouns.tsv")) {
      nouns.put(row[0], Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    return nouns;
  }
}
