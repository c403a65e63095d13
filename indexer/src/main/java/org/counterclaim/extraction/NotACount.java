package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.model.Token;

/**
 * Numbers beside a toll that are no count themselves: the difference between two tolls, a zero that says nobody
 * gave a toll ("no official death toll"), a zero of killings as an event ("there was no massacre").
 */
final class NotACount {

  private static final Set<String> DIFFERENCES = Set.of("more", "fewer", "less", "higher", "lower", "additional");
  private static final Set<String> CHANGES = Set.of("rose", "risen", "rises", "increased", "increases", "climbed",
      "jumped", "fell", "fallen", "dropped", "decreased", "grew", "grown", "up", "down", "revised", "lowered", "raised");
  private static final Set<String> TOTAL_NOUNS = Set.of("toll", "tolls", "tally", "figure", "figures", "count",
      "counts", "estimate", "estimates", "number", "numbers", "data", "statistics", "breakdown");
  private static final Set<String> EVENTS = Set.of("massacre", "massacres", "killing", "killings", "attack", "strike",
      "genocide", "murder", "execution");

  private NotACount() {}

  /**
   * "9 more than first reported", "12 fewer than", "rose by 12": a number that measures the difference between
   * two counts is not a count.
   */
  static boolean isDifference(List<Token> tokens, int first, int last) {
    boolean comparative = last + 2 < tokens.size()
        && DIFFERENCES.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(last + 2).text().equalsIgnoreCase("than");
    boolean by = first >= 2 && tokens.get(first - 1).text().equalsIgnoreCase("by")
        && CHANGES.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
    return comparative || by;
  }

  /** "no official death toll", "no casualty figures": a zero whose noun is a total says nobody gave one. */
  static boolean namesATotal(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (TOTAL_NOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "there was no massacre": a zero of killings as an event says nothing about a toll. */
  static boolean namesAnEvent(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (EVENTS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
