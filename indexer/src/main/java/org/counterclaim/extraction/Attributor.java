package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;
import org.counterclaim.model.Token;

/**
 * Who gives a figure. In order: the speaker of the quotation it stands in (see {@link QuoteSpeakers}); the subject
 * of the nearest reporting verb of its clause ("the coalition admitted to 23 civilian deaths", "according to
 * Amnesty International", "Russia claimed …", "the report found" → the report's author, "we documented" / "the
 * Mission verified" → the document's issuer); a headline's source ("Amnesty: …"); else the document's own voice.
 * A reporting verb across "but" or "while" speaks for another clause. Whoever denies or refuses responsibility for
 * a figure is not its claimant: "X denied responsibility for the deaths of 40 children" and "X said it accepts no
 * liability for the hundreds of casualties" leave the figure to the document's voice.
 */
final class Attributor {

  private static final int SUBJECT_WINDOW = 8;
  private static final int PRONOUN_REACH = 400;
  private static final Pattern NEGATION = Pattern.compile(
      "(?i)\\b(no|not|never|n't|refus\\w*|den(y|ies|ied|ying)|reject\\w*|dismiss\\w*|without)\\b");
  private static final Pattern RESPONSIBILITY = Pattern.compile(
      "(?i)^\\W*(any\\s+|all\\s+)?(responsibility|liability|involvement|blame|role|culpability)\\b");
  private static final Pattern UNINTENDED = Pattern.compile(
      "(?i)\\b(unintentional(ly)?|inadvertent(ly)?|accidental(ly)?|unintended|regret\\w*)\\b");
  private static final Set<String> REPORT_NOUNS = Set.of("report", "investigation", "study", "findings", "research",
      "analysis", "survey", "inquiry", "assessment", "review", "statement", "update", "briefing");
  private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though", ";",
      "however", "meanwhile");
  /** How an issuer names itself: "we documented", "the Mission verified", "the Office recorded". */
  private static final Set<String> SELF_REFERENCES = Set.of("we", "our", "mission", "office", "commission",
      "panel", "team", "organisation", "organization", "rapporteur");

  private final ReportingVerbs verbs;
  private final QuoteSpeakers quoteSpeakers;

  Attributor(ReportingVerbs verbs) {
    this.verbs = verbs;
    this.quoteSpeakers = new QuoteSpeakers(verbs);
  }

  Claim attribute(String text, List<Sentence> sentences, int sentenceIndex, Span figure, List<Span> quotes,
                  DocumentVoices voices) {
    Sentence sentence = sentences.get(sentenceIndex);
    Optional<Span> quote = quotes.stream().filter(q -> q.start() <= figure.start() && figure.end() <= q.end()).findFirst();
    Optional<Claim> claim = quote.flatMap(q -> quoteSpeakers.speakerOf(text, q, quotes, voices, sentences, sentenceIndex))
        .or(() -> reportingClause(text, sentence, figure, voices, quotes))
        .or(() -> voices.headlineSource(sentence.start(), sentence.end())
            .map(org -> new Claim(org, null, null, Claim.REPORTED)));
    return claim.map(c -> settled(c, sentence.text(text)))
        .orElseGet(() -> new Claim(voices.defaultClaimant(), null, null, Claim.REPORTED));
  }

  /** A finding ("concluded", "assesses") is an admission when it speaks of unintended harm, else a verification. */
  private static Claim settled(Claim claim, String sentence) {
    if (!"assessed".equals(claim.stance())) {
      return claim;
    }
    String stance = UNINTENDED.matcher(sentence).find() ? "admitted" : "verified";
    return new Claim(claim.claimant(), claim.speaker(), claim.verb(), stance);
  }

  /** The subject of the reporting verb nearest the figure in its clause. */
  private Optional<Claim> reportingClause(String text, Sentence sentence, Span figure, DocumentVoices voices,
                                          List<Span> quotes) {
    List<Token> tokens = sentence.tokens();
    int figureToken = tokenAt(tokens, figure.start());
    Claim best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = token.text().toLowerCase(Locale.ROOT);
      Optional<String> stance = verbs.stance(word);
      if (stance.isEmpty() || inQuote(token.start(), token.end(), quotes) != inQuote(figure.start(), figure.end(), quotes)
          || isNoun(token) && !word.equals("according") || acrossClauses(tokens, i, figureToken)) {
        continue;
      }
      Optional<Claim> claim = word.equals("according") ? accordingTo(tokens, i, voices)
          : subjectOf(tokens, i, i > figureToken, voices, stance.get());
      if (claim.isEmpty()) {
        continue;
      }
      int distance = Math.abs(i - figureToken) + (i > figureToken ? 3 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = disowned(text, tokens.get(i), figure, i < figureToken) ? new Claim(voices.defaultClaimant(), null, null,
            Claim.REPORTED) : claim.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** "X denied responsibility for the deaths of …", "X said it accepts no liability for …": not X's figure. */
  private static boolean disowned(String text, Token verb, Span figure, boolean verbFirst) {
    if (!verbFirst) {
      return false;
    }
    String between = text.substring(verb.end(), figure.start());
    boolean denial = verb.text().toLowerCase(Locale.ROOT).matches("den(y|ies|ied|ying)|reject\\w*|dismiss\\w*");
    return denial && RESPONSIBILITY.matcher(between).find()
        || NEGATION.matcher(between).find() && !denial;
  }

  private static boolean acrossClauses(List<Token> tokens, int verb, int figure) {
    for (int j = Math.min(verb, figure) + 1; j < Math.max(verb, figure); j++) {
      if (CLAUSE_BREAKS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Claim> accordingTo(List<Token> tokens, int i, DocumentVoices voices) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).text().equalsIgnoreCase("to")) {
      return Optional.empty();
    }
    int from = tokens.get(i).start();
    int to = tokens.get(Math.min(tokens.size() - 1, i + 16)).end();
    Optional<Claim> named = firstNamed(voices, from, to, "according to");
    if (named.isPresent()) {
      return named;
    }
    for (int j = i + 2; j < tokens.size() && j <= i + 6; j++) {
      if (REPORT_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return Optional.of(new Claim(voices.reportAuthor(), null, "according to", Claim.REPORTED));
      }
    }
    return Optional.empty();
  }

  /** The named person, organisation, country or report right before (or, for "said X", right after) a verb. */
  private Optional<Claim> subjectOf(List<Token> tokens, int verb, boolean verbFollowsFigure, DocumentVoices voices,
                                    String stance) {
    String word = tokens.get(verb).text().toLowerCase(Locale.ROOT);
    int from = tokens.get(Math.max(0, verb - SUBJECT_WINDOW)).start();
    int to = tokens.get(verb).start();
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= from && p.end() <= to)
        .reduce((a, b) -> b);
    Optional<EntityMention> org = voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= to)
        .reduce((a, b) -> b);
    for (int j = verb - 1; j >= 0 && j >= verb - 3; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (REPORT_NOUNS.contains(w)) {
        int nounStart = tokens.get(Math.max(0, j - 2)).start();
        int nounEnd = tokens.get(j).start();
        String author = org.filter(o -> o.start() >= nounStart && o.end() <= nounEnd).map(EntityMention::canonical)
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
      int clauseStart = tokens.get(0).start();
      String affiliation = voices.organisationOf(name).orElseGet(() -> voices.organisations().stream()
          .filter(o -> o.start() >= clauseStart && o.end() <= person.get().start())
          .map(EntityMention::canonical).filter(o -> !voices.isNewsOutlet(o))
          .reduce((a, b) -> b).orElseGet(() -> voices.countries().stream() // "Ukraine's foreign minister, X, said"
              .filter(c -> c.start() >= clauseStart && c.end() <= person.get().start()
                  && voices.isPossessive(c)).map(EntityMention::canonical).reduce((a, b) -> b).orElse(null)));
      return Optional.of(new Claim(affiliation, name, word, stance));
    }
    if (org.isPresent()) {
      return Optional.of(new Claim(org.get().canonical(), null, word, stance));
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
        .filter(c -> c.speaker() != null || !voices.isNewsOutlet(c.claimant())); // "… told Reuters"
  }

  /**
   * "He later said …", "It said …": the person (he, she) or organisation (it, they) named last before the pronoun,
   * in the sentences just before.
   */
  private Optional<Claim> pronounSubject(List<Token> tokens, int verb, DocumentVoices voices, String word,
                                         String stance) {
    int j = verb - 1;
    while (j >= 0 && (isAdverb(tokens.get(j)) || isAuxiliary(tokens.get(j)))) {
      j--;
    }
    if (j < 0) {
      return Optional.empty();
    }
    String pronoun = tokens.get(j).text().toLowerCase(Locale.ROOT);
    int at = tokens.get(j).start();
    if (pronoun.equals("he") || pronoun.equals("she")) {
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
  private Optional<Claim> sentenceSubject(List<Token> tokens, DocumentVoices voices, String verb, String stance) {
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

  private static boolean isNoun(Token t) {
    return t.pos() != null && t.pos().startsWith("NN");
  }

  private static boolean inQuote(int start, int end, List<Span> quotes) {
    return quotes.stream().anyMatch(q -> q.start() <= start && end <= q.end());
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size() - 1;
  }
}
