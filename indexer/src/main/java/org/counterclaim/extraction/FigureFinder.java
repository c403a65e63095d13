package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.Category;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * Decides which numbers of a sentence are casualty figures, with their category and victims.
 *
 * <p>A number counts when the noun phrase it opens is about casualties ("23 civilian deaths", "318 killed",
 * "hundreds of civilian casualties"), or names victims ("70 civilians", "hundreds of children") or nothing ("more
 * than 100") and a casualty word around it makes it casualties (see {@link CasualtyContext}). A figure that breaks
 * another down ("… including 23 children", "(1,282 killed and 2,522 injured)", "twenty-three of them children")
 * takes that figure's category and victims where it does not say its own (see {@link Parts}). A noun phrase
 * about anything else rules the number out (allegations, cases, strikes, rounds, sites, survivors, percentages,
 * months); so do dates, years, and numbers that name rather than count ("resolution 2216", "aged 12"). "No
 * civilian casualties" and "no civilians were killed" are figures of zero.
 */
final class FigureFinder {

  /** A figure before attribution: the quantity, its category and victims, and its span in the document. */
  record Candidate(Quantity quantity, Category category, String victims, int start, int end, boolean breakdown) {}

  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "as", "while", "after", "when",
      "since", "although", "though", "if", "whereas", "where", "whether", "so", "once", "before", "until");
  private static final Set<String> TOTALS = Set.of("total", "number", "tally", "count", "minimum", "maximum",
      "estimated", "estimate");
  private static final Set<String> HEDGING_PARTICIPLES = Set.of("reported", "reportedly", "confirmed", "feared",
      "believed", "presumed", "thought", "now");
  private static final Set<String> PARTICIPLES = Set.of("killed", "dead", "injured", "wounded", "missing", "hurt",
      "maimed");
  private static final java.util.regex.Pattern NEGATED_RESULT = java.util.regex.Pattern.compile(
      "\\b(not|n't|never)\\s+(\\w+\\s+)?(result|resulted|cause|caused|lead|led)(\\s+(in|to))?$");
  private static final Set<String> AGE_BOUNDS = Set.of("under", "over", "above", "below");
  private static final Set<String> ESTIMATES = Set.of("estimate", "estimates", "count", "tally", "figure", "total");
  private static final Set<String> LEAVE = Set.of("left", "leaving", "leave", "leaves");
  private static final int LEFT_REACH = 12;
  private static final Set<String> NOT_ZERO = Set.of("more", "fewer", "less", "longer", "later", "sooner", "further",
      "other", "one", "doubt");

  private final CasualtyWords words;
  private final CasualtyContext context;
  private final Parts parts;
  private final ReportingVerbs verbs;

  FigureFinder(CasualtyWords words, ReportingVerbs verbs) {
    this.words = words;
    this.context = new CasualtyContext(words);
    this.parts = new Parts(words);
    this.verbs = verbs;
  }

  List<Candidate> find(String text, Sentence sentence, List<EntityMention> dates) {
    return find(text, sentence, dates, null);
  }

  /**
   * The figures of a sentence; {@code before} is the last figure of the sentence just before it, which a part at the
   * start of this one may break down ("… at least 35 people had died. Four of them are children").
   */
  List<Candidate> find(String text, Sentence sentence, List<EntityMention> dates, Candidate before) {
    List<Candidate> found = new ArrayList<>();
    String sentenceText = sentence.text(text);
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : QuantityParser.find(sentenceText)) {
      if (!isYear(sentenceText.substring(q.start(), q.end()))) {
        quantities.add(new Quantity(q.min(), q.max(), q.qualifier(), q.start() + sentence.start(), q.end() + sentence.start()));
      }
    }
    quantities.addAll(zeros(sentence.tokens()));
    quantities.sort(Comparator.comparingInt(Quantity::start));
    for (Quantity q : quantities) {
      if (!isDate(q, dates)) {
        judge(sentence.tokens(), q, found, before).ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<Candidate> judge(List<Token> tokens, Quantity q, List<Candidate> earlier, Candidate before) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > q.start() && t.start() < q.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || isLabel(tokens, first) || isAge(tokens, first)) {
      return Optional.empty();
    }
    if (last + 2 < tokens.size() && tokens.get(last + 1).text().equalsIgnoreCase("of")
        && "CD".equals(tokens.get(last + 2).pos())) {
      return Optional.empty(); // "one of 3 killed": a member of a count, the count is the figure
    }
    if (q.max() != null && q.max() == 1 && q.min() == 1 && last + 2 < tokens.size()
        && tokens.get(last + 1).text().equalsIgnoreCase("of")
        && Set.of("the", "those", "these").contains(tokens.get(last + 2).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty(); // "one of the dead", "one of the people killed": a person among them, no count
    }
    q = revised(q, tokens, first);
    if (NotACount.isDifference(tokens, first, last)) {
      return Optional.empty(); // "57 deaths, 9 more than first reported", "the toll rose by 12"
    }
    boolean zero = q.max() != null && q.max() == 0;
    NounPhrase np = NounPhrase.read(tokens, last + 1, q.end(), words);
    if (zero && (NotACount.namesATotal(tokens, last + 1, np.next()) || NotACount.namesAnEvent(tokens, last + 1, np.next()))) {
      return Optional.empty(); // "no official death toll has been given": no figure at all
    }
    if (last + 1 < tokens.size() && "VBN".equals(tokens.get(last + 1).pos()) && isSubjectOfOtherVerb(tokens, last + 1)
        && !HEDGING_PARTICIPLES.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty(); // "… killed, over one million displaced"
    }
    Candidate previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    boolean breakdown = previous != null && parts.isBreakdown(tokens, first, np.next(), previous);
    // "12 provinces", "no evidence of any deaths": a head the lexicon does not know counts something else
    if (np.excluded() || np.unknownHead() && !(breakdown && isPlural(tokens, np) && np.categories().isEmpty())) {
      return Optional.empty();
    }
    Set<Category> categories = new LinkedHashSet<>(np.categories());
    String victims = zero && tokens.get(last).text().equalsIgnoreCase("one") ? "people" : np.victims(); // "no one"
    int i = np.next();
    int end = np.unknownHead() ? tokens.get(i - 1).end() : np.end(); // "… and four caretakers"
    // "318 killed", "12 people killed", "hundreds wounded"
    Optional<CasualtyContext.Found> adjacent = i < tokens.size() && categories.isEmpty()
        ? context.categoryAt(tokens, i).or(() -> hedgedParticiple(tokens, i)) : Optional.empty();
    if (adjacent.isPresent()) {
      categories.add(adjacent.get().category());
      if (PARTICIPLES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        end = tokens.get(adjacent.get().lastToken()).end(); // "1,282 killed", not "17 patients died"
      }
    }
    victims = victims != null ? victims : parts.partitiveVictims(tokens, i);
    if (categories.isEmpty()) {
      parts.partitiveCategory(tokens, i).ifPresent(categories::add); // "1,207 child casualties, 327 of them killed"
    }
    if (zero && !np.hasNoun() && victims == null) {
      return Optional.empty();
    }
    if (categories.isEmpty() && breakdown) {
      categories.add(previous.category());
    }
    if (categories.isEmpty() && opensClause(tokens, first)) {
      context.predicate(tokens, i).or(() -> context.takenToHospital(tokens, i))
          .ifPresent(f -> categories.add(f.category()));
    }
    if (categories.isEmpty() && !zero && first >= 2 && tokens.get(first - 1).text().equalsIgnoreCase("of")) {
      // "the bodies of at least 27 children were found", "the deaths of 40 children": the noun governs the figure
      Token governing = tokens.get(first - 2);
      words.category(governing.text()).filter(c -> NounPhrase.isNoun(governing)).ifPresent(categories::add);
    }
    String copulaVictims = parts.victimsAfterCopula(tokens, i); // "Of those killed, 23 were children"
    victims = victims != null ? victims : copulaVictims;
    if (categories.isEmpty() && !zero && (copulaVictims != null || !isSubjectOfOtherVerb(tokens, i))) {
      int from = first;
      Optional<CasualtyContext.Found> governor = context.governor(tokens, from).or(() -> context.toll(tokens, from));
      if (governor.isPresent()) {
        categories.add(governor.get().category());
        victims = victims != null ? victims : victimsBefore(tokens, governor.get().lastToken());
      }
    }
    if (categories.isEmpty() && !zero) {
      Optional<CasualtyContext.Found> set = context.objectToll(tokens, first); // "revised its count … up to 94"
      if (set.isPresent()) {
        categories.add(set.get().category());
        victims = victims != null ? victims : victimsBefore(tokens, set.get().lastToken());
      }
    }
    if (categories.isEmpty() && !zero) {
      leftInAState(tokens, first, np.next()).ifPresent(categories::add); // "left 11 rebels and 3 police officers dead"
    }
    if (categories.isEmpty() && !zero && !np.hasNoun() && previous != null
        && (afterReportingVerb(tokens, first) || context.isTotalValue(tokens, first)
            || isEarlierValue(tokens, first, previous) || isNamedEstimate(tokens, first))) {
      categories.add(previous.category()); // "… 23 civilian deaths, Amnesty documented 102 / puts the number at 102"
      victims = victims != null ? victims : previous.victims(); // "… up to 94, from 71", "… first estimate of 45"
    }
    if (categories.isEmpty() && !zero && earlier.isEmpty() && before != null && first <= 1
        && isPartOfThem(tokens, np.next())) {
      categories.add(before.category()); // "… at least 35 people had died. Four of them are children."
      victims = victims != null ? victims : parts.partitiveVictims(tokens, np.next());
      breakdown = true;
    }
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    Category category = categories.stream().reduce(Category::combinedWith).orElseThrow();
    if (victims == null && (breakdown || !np.hasNoun() && previous != null && parts.continues(tokens, first))) {
      victims = whole(earlier).victims(); // "12 children were killed and 27 injured"; "…, including 575 children, and 19,139 injured"
    }
    return Optional.of(new Candidate(q, category, victims, q.start(), end, breakdown));
  }

  /** "of them", "of those", "of whom" right after a number. */
  private static boolean isPartOfThem(List<Token> tokens, int next) {
    return next + 1 < tokens.size() && tokens.get(next).text().equalsIgnoreCase("of")
        && Set.of("them", "those", "these", "whom").contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "left 11 rebels and 3 police officers dead", "leaving dozens injured": the object of "leave" whose state, a
   * casualty word, follows it and the figures coordinated with it.
   */
  private Optional<Category> leftInAState(List<Token> tokens, int first, int next) {
    if (first == 0 || !LEAVE.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int j = next; j < tokens.size() && j < next + LEFT_REACH; j++) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      Optional<Category> category = words.category(w);
      if (category.isPresent() && PARTICIPLES.contains(w)) {
        return category;
      }
      String pos = t.pos() == null ? "" : t.pos();
      boolean listed = w.equals("and") || w.equals(",") || pos.equals("CD") || pos.startsWith("NN")
          || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("IN") && w.equals("of");
      if (!listed) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "… up to 94, from 71 a day earlier", "… rose to 42, up from 30": the value a revision started from. */
  private static boolean isEarlierValue(List<Token> tokens, int first, Candidate previous) {
    if (first == 0 || !tokens.get(first - 1).text().equalsIgnoreCase("from")) {
      return false;
    }
    return tokens.stream().filter(t -> t.start() >= previous.end() && t.end() <= tokens.get(first - 1).start())
        .allMatch(t -> t.text().equals(",") || Set.of("up", "down", "and").contains(t.text().toLowerCase(Locale.ROOT)));
  }

  /** "the council's first estimate of 45", "an earlier count of 30": a value of a toll named just before. */
  private static boolean isNamedEstimate(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).text().equalsIgnoreCase("of")
        && ESTIMATES.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
  }

  /** "revised its count … up to 94": "up" belongs to the verb, so the figure is 94, not at most 94. */
  private Quantity revised(Quantity q, List<Token> tokens, int first) {
    boolean particle = q.qualifier() == Qualifier.UP_TO && first + 2 < tokens.size()
        && tokens.get(first).text().equalsIgnoreCase("up") && tokens.get(first + 1).text().equalsIgnoreCase("to")
        && context.objectToll(tokens, first + 2).isPresent();
    return particle ? new Quantity(q.max(), q.max(), Qualifier.EXACT, tokens.get(first + 2).start(), q.end()) : q;
  }

  /** "resolution 2216", "aged 12", "under the age of 18": the number names or measures, it does not count. */
  private boolean isLabel(List<Token> tokens, int first) {
    return first > 0 && words.labels(tokens.get(first - 1).text())
        || first > 1 && tokens.get(first - 1).text().equalsIgnoreCase("of") && words.labels(tokens.get(first - 2).text());
  }

  /** "children under 5", "people over 60": a bound right after the people it describes is their age. */
  private boolean isAge(List<Token> tokens, int first) {
    return first > 0 && AGE_BOUNDS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
        && words.victims(tokens.get(first - 1)).isPresent();
  }

  /** The last figure that is no part of another: what a breakdown or a coordinated bare number refers to. */
  private static Candidate whole(List<Candidate> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      if (!earlier.get(k).breakdown()) {
        return earlier.get(k);
      }
    }
    return earlier.get(earlier.size() - 1);
  }

  /**
   * "no civilian casualties", "no one was killed", "did not result in any civilian casualties": "no" (and "any"
   * after a negated "result in" or "cause") as a quantity of zero; the noun phrase decides whether it counts.
   */
  private static List<Quantity> zeros(List<Token> tokens) {
    List<Quantity> found = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (t.text().equalsIgnoreCase("any") && i >= 2 && NEGATED_RESULT.matcher(
          (tokens.get(Math.max(0, i - 4)).text() + " " + tokens.get(Math.max(0, i - 3)).text() + " "
              + tokens.get(i - 2).text() + " " + tokens.get(i - 1).text()).toLowerCase(Locale.ROOT)).find()) {
        found.add(new Quantity(0, 0L, Qualifier.EXACT, t.start(), t.end()));
      }
      if (t.text().equalsIgnoreCase("no") && "DT".equals(t.pos())) {
        if (next.equals("one")) {
          found.add(new Quantity(0, 0L, Qualifier.EXACT, t.start(), tokens.get(i + 1).end()));
        } else if (!NOT_ZERO.contains(next)) {
          found.add(new Quantity(0, 0L, Qualifier.EXACT, t.start(), t.end()));
        }
      }
    }
    return found;
  }

  /** The victims written just before a governing casualty word: "civilian deaths of …". */
  private String victimsBefore(List<Token> tokens, int governor) {
    for (int k = governor - 1; k >= 0 && k >= governor - 2; k--) {
      Optional<String> victims = words.victims(tokens.get(k));
      if (victims.isPresent()) {
        return victims.get();
      }
    }
    return null;
  }

  /**
   * The figure can be a clause's subject: not the object of a verb ("killed 40 children and wounded 56 others") or
   * of a preposition ("spoke to 38 relatives of those killed"); after a reporting verb it opens the reported clause.
   */
  private boolean opensClause(List<Token> tokens, int first) {
    if (first == 0) {
      return true;
    }
    Token before = tokens.get(first - 1);
    String pos = before.pos() == null ? "" : before.pos();
    if (pos.startsWith("VB")) {
      return verbs.stance(before.text()).isPresent();
    }
    boolean preposition = pos.equals("IN") || pos.equals("TO");
    boolean ofATotal = before.text().equalsIgnoreCase("of") && first > 1
        && TOTALS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT)); // "a total of 112 civilians were"
    return !preposition || ofATotal || CLAUSE_OPENERS.contains(before.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "thousands were displaced", "… killed, over one million displaced": a figure followed by its own verb is no
   * object of a casualty verb before it ("35 people reported killed" is: the participle reports the killing).
   */
  private boolean isSubjectOfOtherVerb(List<Token> tokens, int next) {
    int j = next;
    while (j < tokens.size() && tokens.get(j).pos() != null && tokens.get(j).pos().startsWith("RB")) {
      j++;
    }
    if (j >= tokens.size() || words.category(tokens.get(j).text()).isPresent()) {
      return false;
    }
    String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
    String nextPos = j + 1 < tokens.size() && tokens.get(j + 1).pos() != null ? tokens.get(j + 1).pos() : "";
    boolean participle = pos.equals("VBN") && !nextPos.startsWith("NN") && !nextPos.startsWith("JJ") // "28 displaced civilians"
        && !(j + 1 < tokens.size() && words.category(tokens.get(j + 1).text()).isPresent());
    return participle || pos.equals("VBD") || pos.equals("VBP") || pos.equals("VBZ") || pos.equals("MD");
  }

  /** "at least 35 people reported killed", "dozens feared dead": a hedging participle before the casualty word. */
  private Optional<CasualtyContext.Found> hedgedParticiple(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && HEDGING_PARTICIPLES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
        ? context.categoryAt(tokens, i + 1) : Optional.empty();
  }

  /** "Amnesty documented 102": a bare number right after a reporting verb. */
  private boolean afterReportingVerb(List<Token> tokens, int first) {
    if (first == 0) {
      return false;
    }
    Token before = tokens.get(first - 1);
    return before.pos() != null && before.pos().startsWith("VB") && verbs.stance(before.text()).isPresent();
  }

  private static boolean isPlural(List<Token> tokens, NounPhrase np) {
    Token last = tokens.get(Math.max(0, np.next() - 1));
    return "NNS".equals(last.pos()) || "NNPS".equals(last.pos());
  }

  private static boolean isDate(Quantity q, List<EntityMention> dates) {
    return dates.stream().anyMatch(d -> d.start() < q.end() && q.start() < d.end());
  }

  private static boolean isYear(String written) {
    return written.matches("(?:19|20)\\d\\d");
  }
}
