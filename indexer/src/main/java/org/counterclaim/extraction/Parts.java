package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.Category;
import org.counterclaim.model.Token;

/**
 * Figures that are parts of another: the breakdown of a total ("… including 23 children", "(1,282 killed and
 * 2,522 injured)", "among them 11 children and four women"), partitives ("29 of them children", "327 of them
 * killed", "Of those killed, 23 were children") and bare numbers coordinated with the figure before ("12 children
 * were killed and 27 injured"). They take the category and victims of the whole where they do not give their own.
 */
final class Parts {

  private static final Set<String> COPULAS = Set.of("were", "was", "are", "is");
  private static final Set<String> BREAKDOWN_PAIRS = Set.of("among them", "among whom", "of whom", "of them",
      "of which", "among those");
  private static final Set<String> BREAKDOWN_MARKERS = Set.of("including", "(", "-lrb-", ":", "namely", "incl.");

  private final CasualtyWords words;

  Parts(CasualtyWords words) {
    this.words = words;
  }

  /**
   * A figure that breaks the one before it down: right after "including", "among them", "(" or ":", with "of them"
   * after it, or next in a list that began so ("including 14 staff, 24 patients and four caretakers"); no other
   * number and no ";" stands between them.
   */
  boolean isBreakdown(List<Token> tokens, int first, int next, FigureFinder.Candidate previous) {
    boolean adjoining = tokens.stream().filter(t -> t.start() >= previous.end() && t.end() <= tokens.get(first).start())
        .noneMatch(t -> "CD".equals(t.pos()) || t.text().equals(";"));
    if (!adjoining) {
      return false; // "… 253 were taken hostage, of whom about 130 remain": a part of the 253, no figure
    }
    String before = first > 0 ? tokens.get(first - 1).text().toLowerCase(Locale.ROOT) : "";
    String pair = first > 1 ? tokens.get(first - 2).text().toLowerCase(Locale.ROOT) + " " + before : "";
    String after = next + 1 < tokens.size()
        ? (tokens.get(next).text() + " " + tokens.get(next + 1).text()).toLowerCase(Locale.ROOT) : "";
    if (BREAKDOWN_MARKERS.contains(before) || BREAKDOWN_PAIRS.contains(pair) || BREAKDOWN_PAIRS.contains(after)) {
      return true;
    }
    if (!previous.breakdown()) {
      return false;
    }
    return tokens.stream().filter(t -> t.start() >= previous.end() && t.end() <= tokens.get(first).start())
        .allMatch(t -> t.text().equals(",") || t.text().equalsIgnoreCase("and"));
  }

  /** "327 of them killed", "five of whom died": the category a partitive gives its part. */
  Optional<Category> partitiveCategory(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    for (int j = i + 2; j < tokens.size() && j <= i + 4; j++) {
      Optional<Category> category = words.category(tokens.get(j).text());
      if (category.isPresent()) {
        return category;
      }
    }
    return Optional.empty();
  }

  /** "twenty-three of them children", "23 of whom were women": who the part is. */
  String partitiveVictims(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("of")) {
      return null;
    }
    for (int j = i + 2; j < tokens.size() && j <= i + 4; j++) {
      Optional<String> victims = words.victims(tokens.get(j));
      if (victims.isPresent()) {
        return victims.get();
      }
    }
    return null;
  }

  /** The victims a copula gives a figure: "23 were children", "most of whom were women". */
  String victimsAfterCopula(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !COPULAS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return words.victims(tokens.get(i + 1)).orElse(null);
  }

  /** A bare number coordinated with the figure before: "… and 27 injured", "… and wounded 4,599". */
  boolean continues(List<Token> tokens, int first) {
    int j = first - 1;
    if (j >= 1 && words.category(tokens.get(j).text()).isPresent()) {
      j--;
    }
    return j >= 0 && (tokens.get(j).text().equalsIgnoreCase("and") || tokens.get(j).text().equals(","));
  }
}
