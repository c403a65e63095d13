package org.counterclaim.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.Category;
import org.counterclaim.model.Token;

/**
 * The noun phrase a number opens, read from the token after it: "civilians", "civilian deaths", "U.S. service
 * members", "members of a single family", "of our soldiers", "wounded patients". Its head is the first noun before
 * an "of" ("members of a single family" is about members), else its last noun.
 *
 * @param categories  casualty categories its words give ("deaths and injuries" gives two)
 * @param victims     the victim group it names: the most specific one, "people" only when nothing better
 * @param excluded    a word in it says the number counts something else ("strikes", "cases", "percent")
 * @param unknownHead its head is a noun the lexicon does not know ("12 provinces" … unless listed)
 * @param hasNoun     it has a noun at all ("more than 100" alone has none)
 * @param next        index of the first token after it
 * @param end         offset just past its last casualty or victim word (the figure's text ends there)
 */
record NounPhrase(Set<Category> categories, String victims, boolean excluded, boolean unknownHead, boolean hasNoun,
                  int next, int end) {

  private static final int LONGEST = 8;
  private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "whom", "those", "us", "these");

  /** The phrase starting at token {@code from}; {@code end} is the figure's end when the phrase adds nothing. */
  static NounPhrase read(List<Token> tokens, int from, int end, CasualtyWords words) {
    Set<Category> categories = new LinkedHashSet<>();
    String victims = null;
    boolean nounSeen = false;
    boolean unknownHead = false;
    boolean headFixed = false;
    if (from < tokens.size() && words.of(tokens.get(from).text()).map(CasualtyWords.Kind::excludes).orElse(false)) {
      return new NounPhrase(Set.of(), null, true, false, true, from, end); // "84.7 per cent": "per" is no noun
    }
    if (isTimeAgo(tokens, from)) {
      return new NounPhrase(Set.of(), null, false, false, false, from, end); // "from 71 a day earlier"
    }
    int i = from;
    for (; i < tokens.size() && i < from + LONGEST; i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!inPhrase(tokens, i) || i > 0 && isSpacedDash(t, tokens.get(i - 1))) {
        break;
      }
      if (w.equals("of") && i + 1 < tokens.size()
          && PARTITIVE_PRONOUNS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
        break; // "five of them", "23 of whom": the rest says who, see FigureFinder
      }
      if (w.equals("of") && nounSeen) {
        headFixed = true; // "members of a single family": the head is "members"
        continue;
      }
      Optional<CasualtyWords.Kind> kind = words.of(t);
      if (kind.isPresent() && kind.get().excludes() && !headFixed) {
        return new NounPhrase(Set.of(), null, true, false, true, i, end);
      }
      if (isNoun(t) && !headFixed) {
        nounSeen = true;
        unknownHead = kind.isEmpty() || kind.get().labels();
      }
      if (kind.isPresent() && (kind.get().category() != null || kind.get().victims() != null)) {
        unknownHead = unknownHead && headFixed;
        if (kind.get().category() != null) {
          categories.add(kind.get().category());
        }
        victims = moreSpecific(victims, kind.get().victims());
        end = t.end();
      }
    }
    return new NounPhrase(categories, victims, false, nounSeen && unknownHead, nounSeen, i, end);
  }

  /** "a day earlier", "a week ago": a time after the number that says when, not what it counts. */
  private static boolean isTimeAgo(List<Token> tokens, int from) {
    if (from + 2 >= tokens.size() || !Set.of("a", "an", "one").contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return Set.of("day", "week", "month", "year", "hour").contains(tokens.get(from + 1).text().toLowerCase(Locale.ROOT))
        && Set.of("earlier", "before", "ago", "later", "previously").contains(
            tokens.get(from + 2).text().toLowerCase(Locale.ROOT));
  }

  /** "people" is the least specific label: "U.S. service members" are soldiers, "Palestinian civilians" civilians. */
  static String moreSpecific(String known, String found) {
    if (found == null) {
      return known;
    }
    return known == null || known.equals("people") && !found.equals("people") ? found : known;
  }

  private static boolean inPhrase(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String pos = t.pos() == null ? "" : t.pos();
    String w = t.text().toLowerCase(Locale.ROOT);
    if (pos.equals("VBN") || pos.equals("VBD")) {
      // "318 killed": the participle ends the phrase; "60 wounded civilians": it is an adjective of the noun after;
      // "four previously closed cases": other participles are adjectives, other past tenses end the phrase
      boolean beforeNoun = i + 1 < tokens.size() && isNoun(tokens.get(i + 1));
      return isCasualtyParticiple(w) ? beforeNoun : pos.equals("VBN");
    }
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("POS")
        || pos.equals("HYPH") || pos.equals("PRP$") || w.equals("of");
  }

  private static boolean isCasualtyParticiple(String w) {
    return w.equals("killed") || w.equals("injured") || w.equals("wounded") || w.equals("dead") || w.equals("missing");
  }

  /** " - " between words is a dash that ends the phrase; "-" inside a word ("air-strike") is not. */
  private static boolean isSpacedDash(Token t, Token previous) {
    return t.text().matches("[-–—]+") && t.start() > previous.end();
  }

  static boolean isNoun(Token t) {
    return t.pos() != null && t.pos().startsWith("NN");
  }
}
