package org.counterclaim.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.lexicon.DataFile;
import org.counterclaim.model.Category;
import org.counterclaim.model.Token;

/** The lexicon of words that make a number a casualty figure, say whose it is, or rule it out (a data file). */
final class CasualtyWords {

  /**
   * What a word says about a number near it: a category, a victim group, that the number counts something else
   * ({@code excludes}: "12 strikes"), or that a number right after it is a name or an age ({@code labels}:
   * "resolution 2216", "aged 12").
   */
  record Kind(Category category, String victims, boolean excludes, boolean labels) {}

  private static final Kind PERSON = new Kind(null, "people", false, false);

  private final Map<String, Kind> words = new HashMap<>();

  private CasualtyWords() {}

  static CasualtyWords load() {
    CasualtyWords lexicon = new CasualtyWords();
    for (String[] columns : DataFile.rows(CasualtyWords.class, "casualty-words.tsv")) {
      String kind = columns[1];
      lexicon.words.put(columns[0], kind.equals("not") ? new Kind(null, null, true, false)
          : kind.equals("label") ? new Kind(null, null, false, true)
          : kind.startsWith("victims:") ? new Kind(null, kind.substring(8), false, false)
          : new Kind(Category.of(kind), null, false, false));
    }
    return lexicon;
  }

  /** The category a word gives a figure (killed, injured, casualties, missing), if it gives one. */
  Optional<Category> category(String word) {
    return of(word).map(Kind::category);
  }

  /** The victim group a word names, if it names one. */
  Optional<String> victims(String word) {
    return of(word).map(Kind::victims);
  }

  /** The victim group a token names: the lexicon's, else "people" for a common noun WordNet says is a person. */
  Optional<String> victims(Token token) {
    return of(token).map(Kind::victims);
  }

  /**
   * What a token says: the lexicon's entry for its word, else, for a common noun that denotes a kind of person in
   * WordNet ("teachers", "militiamen", "farmers"), victims "people".
   */
  Optional<Kind> of(Token token) {
    Optional<Kind> listed = of(token.text());
    if (listed.isPresent() || !isCommonNoun(token) || !PersonNouns.shared().isPerson(token.text())) {
      return listed;
    }
    return Optional.of(PERSON);
  }

  private static boolean isCommonNoun(Token t) {
    return "NN".equals(t.pos()) || "NNS".equals(t.pos()) || "NNPS".equals(t.pos());
  }

  /** True when a number right after the word is a name, a label or an age, not a count. */
  boolean labels(String word) {
    return of(word).map(Kind::labels).orElse(false);
  }

  Optional<Kind> of(String word) {
    return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT).replace('’', '\'')));
  }
}
