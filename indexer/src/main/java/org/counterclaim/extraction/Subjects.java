package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Stance;
import org.counterclaim.model.Token;

/**
 * The subject of a reporting verb, as a claim: a person or organisation named before it ("the coalition
 * admitted", "Airwars, a UK-based monitoring group, says"), after it when it follows what it reports ("…, said
 * Amnesty"), "according to X", a report ("the report found" → its author), the issuer's own voice ("we
 * documented", "the Mission verified"), a country ("Russia claimed"), a definite description of an organisation
 * named before ("the ministry said"), a pronoun ("He later said", "It said"), the subject of a sentence whose
 * second verb it is ("UNAMA attributed …, and recorded …"), or an unnamed source ("officials said": no claimant).
 */
final class Subjects {

  private static final int SUBJECT_WINDOW = 8;
  private static final int PRONOUN_REACH = 400;
  private static final int APPOSITIVE = 14;
  /** Heads of definite descriptions of an organisation named before: "the ministry", "the group". */
  static final Set<String> DESCRIPTIONS = Set.of("ministry", "military", "army", "group", "agency", "organisation",
      "organization", "government", "militia", "movement", "forces", "office", "mission", "committee", "council",
      "charity", "monitor", "watchdog");
  /** People and groups a text cites without naming: "officials said", "residents said". */
  private static final Set<String> UNNAMED = Set.of("officials", "official", "sources", "source", "residents",
      "witnesses", "medics", "doctors", "paramedics", "rescuers", "police", "spokesman", "spokeswoman", "spokesperson",
      "authorities", "activists", "monitors", "survivors", "relatives", "journalists", "diplomats", "workers",
      "elders", "locals", "villagers", "leaders", "nurses");
  /** A person named before, when the text calls them by their role: "the spokesman said". */
  private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "minister",
      "governor", "mayor", "chief", "director", "commander", "head");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
      "been", "do", "does", "did", "will", "would", "may", "might", "can", "could", "shall", "should", "must", "'s");
  private static final Set<String> REPORT_NOUNS = Set.of("report", "investigation", "study", "findings", "research",
      "analysis", "survey", "inquiry", "assessment", "review", "statement", "update", "briefing");
  /** How an issuer names itself: "we documented", "the Mission verified", "the Office recorded". */
  private static final Set<String> SELF_REFERENCES = Set.of("we", "our", "mission", "office", "commission",
      "panel", "team", "organisation", "organization", "rapporteur");

  private final ReportingVerbs verbs;

  Subjects(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  Optional<Claim> accordingTo(List<Token> tokens, int i, DocumentVoices voices) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).text().equalsIgnoreCase("to")) {
      return Optional.empty();
    }
    int from = tokens.get(i).start();
    int to = tokens.get(Math.min(tokens.size() - 1, i + 16)).end();
    Optional<Claim> named = firstNamed(voices, from, to, "according to")
        .or(() -> described(tokens, i + 2, "according to", Stance.REPORTED));
    if (named.isPresent()) {
      return named;
    }
    for (int j = i + 2; j < tokens.size() && j <= i + 6; j++) {
      if (REPORT_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return Optional.of(new Claim(voices.reportAuthor(), null, "according to", Stance.REPORTED));
      }
    }
    return Optional.empty();
  }

  /** True when a report is the verb's subject: "an investigation had found", "the report said". */
  static boolean reportIsSubject(List<Token> tokens, int verb) {
    for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
      if (REPORT_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "citing the defence ministry", "quoting a hospital director": the source named after the verb. */
  Optional<Claim> cited(List<Token> tokens, int i, DocumentVoices voices) {
    if (i + 1 >= tokens.size()) {
      return Optional.empty();
    }
    int from = tokens.get(i + 1).start();
    int to = tokens.get(Math.min(tokens.size() - 1, i + 10)).end();
    String verb = tokens.get(i).text().toLowerCase(Locale.ROOT);
    return firstNamed(voices, from, to, verb).filter(c -> c.claimant() == null || !voices.isNewsOutlet(c.claimant()))
        .or(() -> described(tokens, i + 1, verb, verbs.stanceOf(verb))); // "citing local health authorities"
  }

  /** The source a description starting at {@code first} gives: a country's government or the words as written. */
  private static Optional<Claim> described(List<Token> tokens, int first, String verb, Stance stance) {
    return Descriptions.governmentStartingAt(tokens, first).or(() -> Descriptions.startingAt(tokens, first))
        .map(source -> new Claim(source, null, verb, stance));
  }

  /** The named person, organisation, country or report right before (or, for "said X", right after) a verb. */
  Optional<Claim> subjectOf(List<Token> tokens, int verb, boolean verbFollowsFigure, DocumentVoices voices,
                                    Stance stance) {
    String word = tokens.get(verb).text().toLowerCase(Locale.ROOT);
    Optional<Claim> appositive = beforeAppositive(tokens, verb, voices, word, stance);
    if (appositive.isPresent()) {
      return appositive;
    }
    int from = tokens.get(subjectStart(tokens, verb)).start();
    int to = tokens.get(verb).start();
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= from && p.end() <= to)
        .reduce((a, b) -> b);
    Optional<EntityMention> org = headOrganisation(tokens, voices.organisations().stream()
        .filter(o -> o.start() >= from && o.end() <= to).toList());
    for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (REPORT_NOUNS.contains(w)) {
        int nounStart = tokens.get(Math.max(0, j - 2)).start();
        int nounEnd = tokens.get(j).start();
        int owner = possessiveBefore(tokens, j); // "Amnesty International's field investigation found"
        String author = org.filter(o -> o.start() >= nounStart && o.end() <= nounEnd || o.end() == owner)
            .map(EntityMention::canonical)
            .orElse(voices.reportAuthor()); // "Amnesty's report found", "the CENTCOM statement said"
        return Optional.of(new Claim(author, null, word, stance));
      }
      int wordStart = tokens.get(j).start();
      if (SELF_REFERENCES.contains(w) && voices.issuer().isPresent() && (j == verb - 1 || isAuxiliary(tokens.get(j + 1)))
          && org.map(o -> o.end() <= wordStart || o.canonical().equalsIgnoreCase(w)).orElse(true)) {
        return Optional.of(new Claim(voices.issuer().get(), null, word, stance));
      }
    }
    if (person.isPresent() && (org.isEmpty() || person.get().start() > org.get().start())) {
      String name = person.get().canonical();
      return Optional.of(new Claim(affiliation(person.get(), tokens.get(0).start(), to, voices, tokens), name, word,
          stance));
    }
    if (org.isPresent()) {
      return Optional.of(new Claim(org.get().canonical(), null, word, stance));
    }
    Optional<Claim> described = describedSubject(tokens, verb, voices, word, stance);
    if (described.isPresent()) {
      return described;
    }
    Optional<EntityMention> country = voices.countries().stream()
        .filter(c -> c.start() >= tokens.get(Math.max(0, verb - 3)).start() && c.end() <= to).reduce((a, b) -> b);
    if (country.isPresent()) {
      return Optional.of(new Claim(country.get().canonical(), null, word, stance)); // "Russia claimed …"
    }
    if (verb > 0 && tokens.get(verb - 1).text().equalsIgnoreCase("and")) {
      return sentenceSubject(tokens, voices, word, stance); // "UNAMA attributed …, and recorded 1,659 deaths"
    }
    Optional<Claim> pronoun = pronounSubject(tokens, verb, voices, word, stance);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    // "…, said Amnesty." / "said Col. Scott Rawlinson": a name after the verb is its subject only when the verb
    // follows what it reports; in "X said the coalition killed…" the name after the verb is the clause's own.
    if (!verbFollowsFigure) {
      return Optional.empty();
    }
    int after = tokens.get(Math.min(tokens.size() - 1, verb + 4)).end();
    return firstNamed(voices, tokens.get(verb).end(), after, word)
        .filter(c -> c.speaker() != null || !voices.isNewsOutlet(c.claimant())) // "… told Reuters"
        .or(() -> described(tokens, verb + 1, word, stance)); // "…, said local officials"
  }

  /** Where the owner before "'s" ends, when "'s" and at most two modifiers stand before the noun at {@code j}; else -1. */
  private static int possessiveBefore(List<Token> tokens, int j) {
    for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      if (pos.equals("POS")) {
        return tokens.get(k).start();
      }
      if (!pos.startsWith("JJ") && !pos.startsWith("NN")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where a verb's subject can start: within {@link #SUBJECT_WINDOW} tokens, after any finite verb between ("The Red
   * Cross said village elders report …": the elders report, not the Red Cross).
   */
  private static int subjectStart(List<Token> tokens, int verb) {
    int from = Math.max(0, verb - SUBJECT_WINDOW);
    for (int k = verb - 1; k > from; k--) {
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
      if (finite && !AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return k + 1;
      }
    }
    return from;
  }

  /**
   * The organisation that heads a subject: the last one named, unless it sits in a modifier of an earlier one
   * ("The African Union force fighting al-Shabaab said" → the African Union; "the group that accused Hamas"; "the
   * television, run by the movement, tweeted" → the television).
   */
  private static Optional<EntityMention> headOrganisation(List<Token> tokens, List<EntityMention> named) {
    if (named.isEmpty()) {
      return Optional.empty();
    }
    EntityMention last = named.get(named.size() - 1);
    for (EntityMention earlier : named) {
      if (earlier == last) {
        break;
      }
      boolean modifier = tokens.stream().filter(t -> t.start() >= earlier.end() && t.end() <= last.start())
          .anyMatch(t -> "VBG".equals(t.pos()) || "VBN".equals(t.pos()) || "WDT".equals(t.pos()) || "WP".equals(t.pos())
              || Set.of("against", "that", "which", "who").contains(t.text().toLowerCase(Locale.ROOT)));
      if (modifier) {
        return Optional.of(earlier);
      }
    }
    return Optional.of(last);
  }

  /**
   * "Airwars, a UK-based monitoring group, says …", "Lt. Col. X, a spokesman for the IDF, said …": a subject, then
   * an appositive between commas, then the verb. The person is the speaker; an organisation either side is theirs.
   */
  private Optional<Claim> beforeAppositive(List<Token> tokens, int verb, DocumentVoices voices, String word,
                                           Stance stance) {
    int close = verb - 1;
    if (close < 1 || !tokens.get(close).text().equals(",")) {
      return Optional.empty();
    }
    int open = close - 1;
    while (open > 0 && open > close - APPOSITIVE && !tokens.get(open).text().equals(",")) {
      open--;
    }
    if (open <= 0 || !tokens.get(open).text().equals(",")) {
      return Optional.empty();
    }
    int from = tokens.get(Math.max(0, open - SUBJECT_WINDOW)).start();
    int to = tokens.get(close).start();
    int subjectEnd = open - 1;
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= from && p.end() <= to)
        .reduce((a, b) -> b);
    int opening = tokens.get(open).start();
    // the organisation before the appositive is the subject ("Al-Masirah TV, run by the movement, tweeted");
    // one inside it only describes another ("Airwars, a UK-based monitoring group, says")
    Optional<String> org = voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= opening)
        .map(EntityMention::canonical).reduce((a, b) -> b)
        .or(() -> voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= to)
            .map(EntityMention::canonical).filter(o -> !voices.isNewsOutlet(o)).reduce((a, b) -> b));
    if (person.isPresent()) {
      String name = person.get().canonical();
      return Optional.of(new Claim(affiliation(person.get(), from, to, voices, tokens), name, word, stance));
    }
    return org.map(o -> new Claim(o, null, word, stance)) // "The state railway company, which runs …, said"
        .or(() -> Descriptions.endingAt(tokens, subjectEnd).map(d -> new Claim(d, null, word, stance)));
  }

  /**
   * A speaker's organisation: the officials' record, else the organisation or possessive country written around
   * the name between {@code from} and {@code to} ("A spokesman for the IDF, Lt. Col. X", "Ukraine's foreign
   * minister, X"), else the title written around the name when it says which body ("Bucha Mayor X", "X, a civil
   * defence official,").
   */
  private static String affiliation(EntityMention person, int from, int to, DocumentVoices voices,
                                    List<Token> tokens) {
    return voices.organisationOf(person.canonical())
        .or(() -> voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= to)
            .map(EntityMention::canonical).filter(o -> !voices.isNewsOutlet(o)).reduce((a, b) -> b))
        .or(() -> voices.countries().stream().filter(c -> c.start() >= from && c.end() <= to && voices.isPossessive(c))
            .map(EntityMention::canonical).reduce((a, b) -> b))
        .or(() -> Descriptions.titleAround(tokens, person.start(), person.end()))
        .orElse(null);
  }

  /** The nearest word before a verb that is neither an adverb nor an auxiliary ("the ministry later said"), or -1. */
  private static int wordBefore(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && (isAdverb(tokens.get(j)) || isAuxiliary(tokens.get(j)))) {
      j--;
    }
    return j;
  }

  /**
   * The words of an unnamed source before a verb, for a figure another source relays: "village elders" in "the Red
   * Cross said village elders report 60 dead"; empty when the subject is no unnamed group.
   */
  static Optional<String> unnamedSource(List<Token> tokens, int verb) {
    int j = wordBefore(tokens, verb);
    if (j < 0 || !UNNAMED.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int from = j;
    while (from > 0 && from > j - 3 && tokens.get(from - 1).pos() != null
        && (tokens.get(from - 1).pos().startsWith("JJ") || tokens.get(from - 1).pos().startsWith("NN"))) {
      from--;
    }
    StringBuilder words = new StringBuilder();
    for (int k = from; k <= j; k++) {
      words.append(k > from ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }
    return Optional.of(words.toString());
  }

  /**
   * A subject the text does not name: "the ministry said" is the ministry named before; "officials said",
   * "residents said", "a spokesman said" are unnamed, and neither the document's issuer nor its publisher.
   */
  private Optional<Claim> describedSubject(List<Token> tokens, int verb, DocumentVoices voices, String word,
                                           Stance stance) {
    int j = wordBefore(tokens, verb);
    if (j < 0) {
      return Optional.empty();
    }
    String head = tokens.get(j).text().toLowerCase(Locale.ROOT);
    boolean definite = j >= 1 && tokens.get(j - 1).text().equalsIgnoreCase("the")
        || j >= 2 && tokens.get(j - 2).text().equalsIgnoreCase("the");
    if (definite && DESCRIPTIONS.contains(head)) {
      return voices.calledBefore(head, tokens.get(j).start()).map(org -> new Claim(org, null, word, stance));
    }
    if (definite && ROLES.contains(head)) {
      return pronounSubject(tokens, verb, voices, word, stance); // "the spokesman said": the one named before
    }
    Optional<String> government = Descriptions.governmentEndingAt(tokens, j);
    if (government.isPresent()) { // "Sudanese officials said", "Afghan security officials said"
      return Optional.of(new Claim(government.get(), null, word, stance));
    }
    // "health authorities in the Hamas-run enclave said", "local officials said"; "officials said" names nobody
    return Descriptions.endingAt(tokens, j).map(d -> new Claim(d, null, word, stance))
        .or(() -> UNNAMED.contains(head) ? Optional.of(new Claim(null, null, word, stance)) : Optional.empty());
  }

  /**
   * "He later said …", "It said …": the person (he, she) or organisation (it, they) named last before the pronoun,
   * in the sentences just before.
   */
  private Optional<Claim> pronounSubject(List<Token> tokens, int verb, DocumentVoices voices, String word,
                                         Stance stance) {
    int j = wordBefore(tokens, verb);
    if (j < 0) {
      return Optional.empty();
    }
    String pronoun = tokens.get(j).text().toLowerCase(Locale.ROOT);
    int at = tokens.get(j).start();
    if (pronoun.equals("he") || pronoun.equals("she") || ROLES.contains(pronoun)) {
      return voices.people().stream().filter(p -> p.end() <= at && at - p.end() < PRONOUN_REACH).reduce((a, b) -> b)
          .map(p -> new Claim(voices.organisationOf(p.canonical()).orElse(null), p.canonical(), word, stance));
    }
    if (pronoun.equals("it") || pronoun.equals("they")) {
      return voices.organisations().stream().filter(o -> o.end() <= at && at - o.end() < PRONOUN_REACH)
          .filter(o -> !voices.isNewsOutlet(o.canonical())).reduce((a, b) -> b)
          .map(o -> new Claim(o.canonical(), null, word, stance));
    }
    return Optional.empty();
  }

  /** The organisation or person a sentence opens with, before its first verb. */
  private Optional<Claim> sentenceSubject(List<Token> tokens, DocumentVoices voices, String verb, Stance stance) {
    int firstVerb = 0;
    while (firstVerb < tokens.size() - 1 && !(tokens.get(firstVerb).pos() != null
        && tokens.get(firstVerb).pos().startsWith("VB"))) {
      firstVerb++;
    }
    return firstNamed(voices, tokens.get(0).start(), tokens.get(firstVerb).start(), verb)
        .map(c -> new Claim(c.claimant(), c.speaker(), verb, stance));
  }

  private Optional<Claim> firstNamed(DocumentVoices voices, int from, int to, String verb) {
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= from && p.end() <= to).findFirst();
    Optional<EntityMention> org = voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= to).findFirst();
    if (person.isPresent() && (org.isEmpty() || person.get().start() < org.get().start())) {
      String name = person.get().canonical();
      return Optional.of(new Claim(voices.organisationOf(name).orElse(null), name, verb, verbs.stanceOf(verb)));
    }
    return org.map(o -> new Claim(o.canonical(), null, verb, verbs.stanceOf(verb)));
  }

  private static boolean isAuxiliary(Token t) {
    return Set.of("has", "have", "had", "also", "further", "subsequently", "then", "was", "is").contains(
        t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isAdverb(Token t) {
    return t.pos() != null && t.pos().startsWith("RB");
  }
}
