package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.model.Span;

/**
 * Finds the words of a title: a role noun ("spokesman", "Secretary", "adviser") with the words that qualify it
 * before ("UK Defence", "senior", "Middle East Research") and, as the UN and governments write them, a portfolio
 * after it ("High Commissioner for Human Rights", "Special Envoy for Yemen", "Minister of Defence").
 */
final class TitleWords {

  /** Lower-case words that can qualify a role noun. Capitalised words qualify it too. */
  private static final Set<String> MODIFIERS = Set.of("senior", "deputy", "chief", "acting", "former", "regional",
      "general", "legal", "political", "military", "press", "crisis", "research", "country", "executive",
      "emergency", "humanitarian", "foreign", "defence", "defense", "interior", "public", "media", "lead", "joint",
      "principal", "assistant", "associate", "special", "vice", "under", "permanent", "national", "international",
      "communications", "affairs", "information", "programme", "program", "field", "health", "top", "army", "navy",
      "police", "intelligence", "security", "government", "human", "rights", "aid", "medical");
  /** Capitalised at the start of a sentence or a clause, but never part of a title. */
  private static final Set<String> NEVER_IN_TITLE = Set.of("on", "in", "at", "by", "after", "before", "but", "and",
      "as", "when", "while", "during", "since", "from", "with", "for", "to", "of", "last", "this", "yesterday",
      "today", "then", "meanwhile", "however", "also", "separately", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "the", "a", "an", "said", "says", "according");
  /** Links a role noun to its portfolio: "Commissioner for Human Rights", "Rapporteur on Torture". */
  private static final Set<String> PORTFOLIO_LINKS = Set.of("for", "on", "of", "to");
  /** Lower-case words allowed inside a portfolio: "Minister of Labour and Social Policy", "Envoy for the Sahel". */
  private static final Set<String> PORTFOLIO_JOINERS = Set.of("and", "the", "&");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?U)(?:['’]s|s['’])$");
  private static final int MOST_WORDS_BEFORE_ROLE = 7;
  private static final int MOST_PORTFOLIO_WORDS = 5;

  private final Gazetteer gazetteer;

  TitleWords(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** True for a word that is a role noun on its own: "spokesman", "Director", "Secretary-General". */
  boolean isRole(String word) {
    String w = clean(word);
    return !w.isEmpty() && gazetteer.isTitleWord(w);
  }

  /** True for a lower-case word that qualifies a role: "senior", "defence", "army". */
  static boolean isModifierWord(String word) {
    return MODIFIERS.contains(clean(word).toLowerCase(Locale.ROOT));
  }

  /**
   * The longest title whose last word ends right before {@code end} (only spaces between), starting no earlier
   * than {@code floor}: "UK Defence Secretary", "senior adviser", "UN High Commissioner for Human Rights".
   */
  Optional<Span> endingAt(String text, int floor, int end) {
    List<Span> words = words(text, floor, end);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int last = words.size() - 1;
    String lastWord = word(text, words.get(last));
    if (POSSESSIVE.matcher(lastWord).find()) {
      return Optional.empty(); // "Physicians for Human Rights' Susannah Sirkin": an owner, not a title
    }
    int role = isRole(lastWord) && !endsClause(lastWord) ? last : portfolioRole(text, words);
    if (role < 0) {
      return Optional.empty();
    }
    int first = role;
    while (first > 0 && role - first < MOST_WORDS_BEFORE_ROLE && isQualifier(word(text, words.get(first - 1)))) {
      first--;
    }
    return Optional.of(new Span(words.get(first).start(), words.get(last).end()));
  }

  /** The text in [start, end) when all of it is a title. */
  Optional<Span> whole(String text, int start, int end) {
    List<Span> words = words(text, start, end);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    return endingAt(text, start, end).filter(t -> t.start() == words.get(0).start());
  }

  /** The index of the role noun in "… Commissioner for Human Rights", or -1 when the words end in no portfolio. */
  private int portfolioRole(String text, List<Span> words) {
    int capitalised = 0;
    for (int i = words.size() - 1; i > 0 && words.size() - i <= MOST_PORTFOLIO_WORDS; i--) {
      String w = word(text, words.get(i));
      if (endsClause(w)) {
        return -1;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (PORTFOLIO_LINKS.contains(lower) && capitalised > 0) {
        String before = word(text, words.get(i - 1));
        return isRole(before) && !endsClause(before) ? i - 1 : -1;
      }
      if (!PORTFOLIO_JOINERS.contains(lower)) {
        return -1;
      }
    }
    return -1;
  }

  /** A word that can stand before a role noun: a modifier, a capitalised word, another role noun. */
  private boolean isQualifier(String raw) {
    String w = clean(raw);
    if (w.isEmpty() || endsClause(raw) || NEVER_IN_TITLE.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return Character.isUpperCase(w.charAt(0)) || isModifierWord(w) || gazetteer.isTitleWord(w);
  }

  /** A word written with a comma, colon, bracket or quote after it closes a clause: no title runs across it. */
  private static boolean endsClause(String raw) {
    return raw.matches(".*[,;:)\\]\"”’']") && !raw.matches("(?U).*\\w['’]") || raw.matches("[\"“‘(\\[].*");
  }

  static String clean(String word) {
    return word.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
  }

  private static List<Span> words(String text, int start, int end) {
    List<Span> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(start, end);
    while (m.find()) {
      words.add(new Span(m.start(), m.end()));
    }
    return words;
  }

  private static String word(String text, Span span) {
    return text.substring(span.start(), span.end());
  }
}
