package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.Category;
import org.counterclaim.model.Token;

/**
 * The casualty word outside a figure's noun phrase that makes it a casualty figure, and its category: the
 * predicate of a figure that is a subject ("70 civilians, including …, perished", "12 people are still
 * unaccounted for", "2,000 were feared dead"), the verb or noun that governs a figure ("killed more than 1,600
 * civilians", "the deaths of 40 children", "injuring dozens"), and the toll a figure is the new value of ("the
 * death toll has risen to 42", "the number of people killed climbed to 113"). "Killed or injured" and "killed and
 * wounded" about one number make it casualties.
 */
final class CasualtyContext {

  /** A casualty word found: the category it gives and the index of its last token. */
  record Found(Category category, int lastToken) {}

  private static final int AFTER = 14;
  private static final int BEFORE = 6;
  private static final int TOLL_SUBJECT = 30;
  static final Set<String> CLAUSE_BREAKS = Set.of(";", "but", "while", "whereas", "although", "though", ":", ".");
  /** Verbs that sit between a subject and its casualty word: "were reportedly killed", "are feared dead". */
  private static final Set<String> PASS_THROUGH_VERBS = Set.of("is", "are", "was", "were", "be", "been", "being",
      "has", "have", "had", "will", "would", "may", "might", "could", "can", "should", "must", "feared", "believed",
      "thought", "reported", "confirmed", "presumed", "estimated", "known", "understood", "expected", "said",
      "assessed", "listed", "registered", "declared", "pronounced", "found", "recorded", "documented", "verified",
      "alleged", "remain", "remained", "remains", "including", "according", "got", "get", "gets", "getting",
      "included", "includes", "include", "to");
  /** Verbs whose object is the new value of a toll: "rose to 42", "reached 113", "stands at 87". */
  private static final Set<String> TOLL_VERBS = Set.copyOf(List.of("rose", "risen", "rises", "rise", "climbed", "climbs",
      "increased", "jumped", "reached", "reaches", "stood", "stands", "hit", "soared", "surged", "grew", "mounted",
      "passed", "exceeded", "topped", "surpassed", "raised", "revised", "is", "was", "now", "totalled", "totaled",
      "totals", "total", "totalling", "totaling", "numbered", "amounted", "amounts", "tops", "passes", "exceeds",
      "nears", "neared", "nearing", "surpasses", "hits", "reaches", "climbs", "crosses", "crossed", "approaches",
      "approached", "jumps", "soars", "put", "placed", "set", "estimated", "given", "increase", "increases"));
  /** Verbs that set a toll as their object: "revised its count … up to 94", "raised the toll to 42". */
  private static final Set<String> REVISION_VERBS = Set.of("revised", "revises", "revising", "raised", "raises",
      "raising", "lowered", "lowers", "put", "puts", "putting", "brought", "brings", "bringing", "pushed", "pushes",
      "pushing", "took", "takes", "taking", "updated", "updates", "increased", "increases", "adjusted", "corrected");
  private static final int TOLL_OBJECT = 10;
  private static final Set<String> HOSPITAL_VERBS = Set.of("taken", "rushed", "admitted", "brought", "transported",
      "transferred", "evacuated", "sent");
  private static final Set<String> HEDGE_WORDS = Set.of("at", "least", "more", "than", "over", "about", "some",
      "nearly", "almost", "up", "to", "as", "many", "around", "another", "a", "an", "further", "roughly",
      "approximately", "estimated", "just", "well", "close", "upwards", "of", "in", "excess", "no", "fewer", "less",
      "under", "above");
  private static final Set<String> TOTAL_NOUNS = Set.of("number", "figure", "toll", "tally", "count", "total");
  private static final Set<String> PARENTHETICAL_OPENERS = Set.of("including", "among", "mostly", "most", "many",
      "some", "all", "mainly", "predominantly", "largely");

  private final CasualtyWords words;

  CasualtyContext(CasualtyWords words) {
    this.words = words;
  }

  /** The category of the casualty word at {@code j}, as a pair when coordinated: "killed or injured". */
  Optional<Found> categoryAt(List<Token> tokens, int j) {
    Optional<Category> category = words.category(tokens.get(j).text());
    if (category.isEmpty()) {
      return Optional.empty();
    }
    if (j + 2 < tokens.size() && isCoordinator(tokens.get(j + 1))) {
      Optional<Category> other = words.category(tokens.get(j + 2).text());
      if (other.isPresent() && !other.get().equals(category.get())) {
        return Optional.of(new Found(category.get().combinedWith(other.get()), j + 2));
      }
    }
    if (j >= 2 && isCoordinator(tokens.get(j - 1))) {
      Optional<Category> other = words.category(tokens.get(j - 2).text());
      if (other.isPresent() && !other.get().equals(category.get())) {
        return Optional.of(new Found(category.get().combinedWith(other.get()), j));
      }
    }
    return Optional.of(new Found(category.get(), j));
  }

  /** The predicate of a figure that is a subject, read from the first token after its noun phrase. */
  Optional<Found> predicate(List<Token> tokens, int from) {
    for (int j = from; j < tokens.size() && j < from + AFTER; j++) {
      Token t = tokens.get(j);
      String w = lower(t);
      String pos = pos(t);
      Optional<Found> found = categoryAt(tokens, j);
      if (found.isPresent() && (pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("NN"))) {
        return found;
      }
      if (pos.equals("CD") && (isCoordinated(tokens, j) || isLabelled(tokens, j))) {
        continue; // "Twelve staff members and at least seven patients … were killed", "children under the age of 18"
      }
      if (CLAUSE_BREAKS.contains(w) || pos.equals("CD") || pos.equals("WRB")) {
        return Optional.empty();
      }
      if (w.equals(",") || w.equals("(") || w.equals("-LRB-")) {
        int close = parentheticalEnd(tokens, j);
        if (close < 0) {
          return Optional.empty();
        }
        j = close;
        continue;
      }
      if ((pos.startsWith("VB") || pos.equals("MD")) && !PASS_THROUGH_VERBS.contains(w)) {
        return Optional.empty(); // the figure is the subject of something else: "thousands were displaced"
      }
    }
    return Optional.empty();
  }

  /** The casualty word that governs a figure from before it: "killed at least 87", "the killing of two". */
  Optional<Found> governor(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && j >= first - BEFORE; j--) {
      Token t = tokens.get(j);
      String w = lower(t);
      if (CLAUSE_BREAKS.contains(w) || w.equals("and") && j > 0 && lower(tokens.get(j - 1)).equals(",")) {
        return Optional.empty(); // ", and 12 children …" opens a clause of its own
      }
      Optional<Found> found = categoryAt(tokens, j);
      if (found.isPresent()) {
        return found;
      }
      if (pos(t).startsWith("VB") && !PASS_THROUGH_VERBS.contains(w) && !TOLL_VERBS.contains(w)) {
        return Optional.empty(); // "killed 10,000 people and displaced 2 million"
      }
    }
    return Optional.empty();
  }

  /** "The death toll has risen to 42", "the number of people killed in the attack climbed to 113". */
  Optional<Found> toll(List<Token> tokens, int first) {
    int verb = first - 1;
    if (verb >= 0 && Set.of("to", "at").contains(lower(tokens.get(verb)))) {
      verb--;
    }
    if (verb < 0 || !TOLL_VERBS.contains(lower(tokens.get(verb)))) {
      return Optional.empty();
    }
    boolean otherCount = false; // "the number of strikes rose to 12"; but "the death toll from the strike rose to 77"
    for (int j = verb - 1; j >= 0 && j >= verb - TOLL_SUBJECT; j--) {
      String w = lower(tokens.get(j));
      if (CLAUSE_BREAKS.contains(w)) {
        return Optional.empty();
      }
      otherCount |= words.of(w).map(CasualtyWords.Kind::excludes).orElse(false);
      Optional<Found> found = categoryAt(tokens, j);
      if (found.isPresent()) {
        boolean toll = TOTAL_NOUNS.contains(w) || j + 1 < tokens.size() && TOTAL_NOUNS.contains(lower(tokens.get(j + 1)));
        return otherCount && !toll ? Optional.empty() : found;
      }
    }
    return Optional.empty();
  }

  /** "the real number is at least 8,000", "puts the figure at 52": a new value for a total named before. */
  boolean isTotalValue(List<Token> tokens, int first) {
    int verb = first - 1;
    if (verb >= 0 && Set.of("to", "at").contains(lower(tokens.get(verb)))) {
      verb--;
    }
    boolean valued = verb >= 0 && (TOLL_VERBS.contains(lower(tokens.get(verb)))
        || lower(tokens.get(first - 1)).equals("at"));
    for (int j = verb - 1; valued && j >= 0 && j >= verb - 3; j--) {
      if (TOTAL_NOUNS.contains(lower(tokens.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "revised its count of civilian deaths up to 94", "raised the death toll to 42", "put the number of dead at 87":
   * a verb of revision, a casualty word, then "to" or "at" and the figure.
   */
  Optional<Found> objectToll(List<Token> tokens, int first) {
    int j = first - 1;
    if (j < 1 || !Set.of("to", "at").contains(lower(tokens.get(j)))) {
      return Optional.empty();
    }
    j--;
    if (Set.of("up", "down").contains(lower(tokens.get(j)))) {
      j--;
    }
    Optional<Found> found = Optional.empty();
    for (int k = j; k >= 0 && k >= j - TOLL_OBJECT; k--) {
      String w = lower(tokens.get(k));
      if (CLAUSE_BREAKS.contains(w) || w.equals(",") || words.of(w).map(CasualtyWords.Kind::excludes).orElse(false)) {
        return Optional.empty();
      }
      if (found.isEmpty()) {
        found = categoryAt(tokens, k);
      } else if (REVISION_VERBS.contains(w) || TOLL_VERBS.contains(w) && pos(tokens.get(k)).startsWith("VB")) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The last token of ", including 39 members of a single family," or "(…)" opening at {@code j}, or -1. */
  private static int parentheticalEnd(List<Token> tokens, int j) {
    boolean bracket = !lower(tokens.get(j)).equals(",");
    if (!bracket && (j + 1 >= tokens.size() || !PARENTHETICAL_OPENERS.contains(lower(tokens.get(j + 1)))
        && !isPartitiveClause(tokens, j + 1))) {
      return -1;
    }
    for (int k = j + 1; k < tokens.size() && k <= j + 16; k++) {
      String w = lower(tokens.get(k));
      if (bracket ? w.equals(")") || w.equals("-RRB-") : w.equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** ", five of whom were students,": a part of the subject inserted between it and its verb. */
  private static boolean isPartitiveClause(List<Token> tokens, int j) {
    return j + 2 < tokens.size() && pos(tokens.get(j)).equals("CD") && lower(tokens.get(j + 1)).equals("of")
        && Set.of("whom", "them", "which").contains(lower(tokens.get(j + 2)));
  }

  /** "the age of 18", "aged 12", "aged between 6 and 14": a number that names or measures inside a phrase. */
  private boolean isLabelled(List<Token> tokens, int j) {
    return j > 0 && words.labels(tokens.get(j - 1).text())
        || j > 1 && Set.of("of", "between", "from").contains(lower(tokens.get(j - 1)))
            && words.labels(tokens.get(j - 2).text());
  }

  /**
   * "98 people were taken to hospitals", "were rushed to hospital", "admitted to hospital": the injured, as the
   * predicate of a figure that is a subject.
   */
  Optional<Found> takenToHospital(List<Token> tokens, int from) {
    for (int j = from; j + 2 < tokens.size() && j < from + 4; j++) {
      if (HOSPITAL_VERBS.contains(lower(tokens.get(j))) && lower(tokens.get(j + 1)).equals("to")) {
        int k = j + 2;
        while (k + 1 < tokens.size() && Set.of("the", "a", "local", "nearby").contains(lower(tokens.get(k)))) {
          k++;
        }
        return lower(tokens.get(k)).matches("hospitals?") ? Optional.of(new Found(Category.INJURED, j))
            : Optional.empty();
      }
      if (!PASS_THROUGH_VERBS.contains(lower(tokens.get(j)))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A number that opens the next item of a coordinated subject: "… and at least seven patients". */
  private static boolean isCoordinated(List<Token> tokens, int j) {
    for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
      String w = lower(tokens.get(k));
      if (w.equals("and") || w.equals("or")) {
        return true;
      }
      if (!HEDGE_WORDS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCoordinator(Token t) {
    String w = lower(t);
    return w.equals("or") || w.equals("and") || w.equals("and/or") || w.equals("/");
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String pos(Token t) {
    return t.pos() == null ? "" : t.pos();
  }
}
