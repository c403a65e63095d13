package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Nationalities;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;
import org.counterclaim.model.Stance;
import org.counterclaim.model.Token;

/**
 * Who gives a figure. In order: the speaker of the quotation it stands in (see {@link QuoteSpeakers}); the subject
 * (see {@link Subjects}) of the nearest reporting verb of its clause ("the coalition admitted to 23 civilian
 * deaths", "according to Amnesty International", "Russia claimed …", "the report found" → the report's author,
 * "we documented" / "the Mission verified" → the document's issuer); a headline's source ("Amnesty: …"); else the
 * document's own voice. A finding ("concluded", "assesses") is an admission when it speaks of unintended harm.
 * A reporting verb across "but" or "while" speaks for another clause. Whoever denies or refuses responsibility for
 * a figure is not its claimant: "X denied responsibility for the deaths of 40 children" and "X said it accepts no
 * liability for the hundreds of casualties" leave the figure to the document's voice.
 */
final class Attributor {

  private static final Pattern NEGATION = Pattern.compile(
      "(?i)\\b(no|not|never|n't|refus\\w*|den(y|ies|ied|ying)|reject\\w*|dismiss\\w*|without)\\b");
  private static final Pattern RESPONSIBILITY = Pattern.compile(
      "(?i)^\\W*(any\\s+|all\\s+)?(responsibility|liability|involvement|blame|role|culpability)\\b");
  private static final Pattern UNINTENDED = Pattern.compile(
      "(?i)\\b(unintentional(ly)?|inadvertent(ly)?|accidental(ly)?|unintended|regret\\w*)\\b");
  private static final Set<String> HEARSAY = Set.of("reports", "report", "allegations", "allegation", "claims",
      "rumours", "rumors", "accounts");
  /** Verbs whose subject speaks on in the next sentence: not "claimed the raid", "found the bodies". */
  private static final Set<String> CITING = Set.of("citing", "quoting");
  private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
      "states", "announced", "announces", "according to", "reported", "reports", "wrote", "writes", "confirmed",
      "confirms");
  private static final Set<String> ESTIMATES = Set.of("estimate", "estimates", "count", "tally", "figure", "toll",
      "total", "assessment");
  private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though", ";",
      "however", "meanwhile");

  private final ReportingVerbs verbs;
  private final QuoteSpeakers quoteSpeakers;
  private final Subjects subjects;

  Attributor(ReportingVerbs verbs) {
    this.verbs = verbs;
    this.quoteSpeakers = new QuoteSpeakers(verbs);
    this.subjects = new Subjects(verbs);
  }

  /**
   * The claim the text makes explicit for a figure (a quote's speaker, a reporting verb's subject, a headline's
   * source, someone's estimate), or empty when nothing in its sentence says whose it is.
   */
  Optional<Claim> attribute(String text, List<Sentence> sentences, int sentenceIndex, Span figure, List<Span> quotes,
                  DocumentVoices voices) {
    Sentence sentence = sentences.get(sentenceIndex);
    Optional<Span> quote = quotes.stream().filter(q -> q.start() <= figure.start() && figure.end() <= q.end()).findFirst();
    Optional<Claim> claim = quote.flatMap(q -> quoteSpeakers.speakerOf(text, q, quotes, voices, sentences, sentenceIndex))
        .or(() -> ownedEstimate(sentence.tokens(), figure, voices))
        .or(() -> reportingClause(text, sentence, figure, voices, quotes))
        .or(() -> voices.headlineSource(sentence.start(), sentence.end())
            .map(org -> new Claim(org, null, null, Stance.REPORTED)));
    return claim.map(c -> settled(c, sentence.text(text)));
  }

  /**
   * Who speaks in a whole sentence: the subject of its last reporting verb ("Oleksandr Kamyshin, chairman of the
   * railway company, said that two missiles had hit the station."), which the next sentence's figures may carry on.
   */
  Optional<Claim> voiceOf(String text, Sentence sentence, List<Span> quotes, DocumentVoices voices) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    // the verb nearest the sentence's opening is its main speaker's: "X said in a post that, according to local
    // officials, 77 were injured" is X speaking, quoting officials for one figure
    Token first = tokens.stream().filter(t -> !inQuote(t.start(), t.end(), quotes)
        && t.text().chars().anyMatch(Character::isLetterOrDigit)).findFirst().orElse(tokens.get(tokens.size() - 1));
    return reportingClause(text, sentence, new Span(first.start(), first.end()), voices, quotes)
        .filter(c -> (c.claimant() != null || c.speaker() != null) && SAYING.contains(c.verb()));
  }

  /** The claim of a figure nothing attributes: the document's default voice, which may be nobody. */
  static Claim unattributed(DocumentVoices voices) {
    return new Claim(voices.defaultClaimant(), null, null, Stance.REPORTED);
  }

  /**
   * "the Provincial Council's first estimate of 45", "Ukraine's count of 30": a figure named as someone's estimate
   * is theirs, whoever repeats it.
   */
  private static Optional<Claim> ownedEstimate(List<Token> tokens, Span figure, DocumentVoices voices) {
    int f = tokenAt(tokens, figure.start());
    if (f < 3 || !tokens.get(f - 1).text().equalsIgnoreCase("of")
        || !ESTIMATES.contains(tokens.get(f - 2).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String noun = tokens.get(f - 2).text().toLowerCase(Locale.ROOT);
    int j = f - 3;
    while (j > 0 && tokens.get(j).pos() != null && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("RB"))) {
      Optional<String> country = Nationalities.country(tokens.get(j).text());
      if (country.isPresent()) { // "the official Lebanese figure of 54": the government's
        return Optional.of(new Claim(country.get(), null, noun, Stance.CLAIMED));
      }
      j--; // "first", "initial", "own", "latest"
    }
    if (!"POS".equals(tokens.get(j).pos())) {
      return Optional.empty();
    }
    int owner = tokens.get(j).start();
    return voices.organisations().stream().filter(o -> o.end() == owner).findFirst()
        .or(() -> voices.countries().stream().filter(c -> c.end() == owner).findFirst())
        .map(o -> new Claim(o.canonical(), null, noun, Stance.CLAIMED));
  }

  /** A finding ("concluded", "assesses") is an admission when it speaks of unintended harm, else a verification. */
  private static Claim settled(Claim claim, String sentence) {
    if (claim.stance() != Stance.ASSESSED) {
      return claim;
    }
    Stance stance = UNINTENDED.matcher(sentence).find() ? Stance.ADMITTED : Stance.VERIFIED;
    return new Claim(claim.claimant(), claim.speaker(), claim.verb(), stance, claim.relayedBy());
  }

  /** The subject of the reporting verb nearest the figure in its clause. */
  private Optional<Claim> reportingClause(String text, Sentence sentence, Span figure, DocumentVoices voices,
                                          List<Span> quotes) {
    List<Token> tokens = sentence.tokens();
    int figureToken = tokenAt(tokens, figure.start());
    Claim best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestVerb = -1;
    Claim outlet = null;
    java.util.TreeMap<Integer, Claim> before = new java.util.TreeMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = token.text().toLowerCase(Locale.ROOT);
      Optional<Stance> stance = verbs.stance(word);
      if (stance.isEmpty() || inQuote(token.start(), token.end(), quotes) != inQuote(figure.start(), figure.end(), quotes)
          || isNoun(token) && !word.equals("according") && !afterUnnamedGroup(tokens, i)
          || acrossClauses(tokens, i, figureToken)) {
        continue;
      }
      Optional<Claim> claim = word.equals("according") ? subjects.accordingTo(tokens, i, voices)
          : CITING.contains(word) ? subjects.cited(tokens, i, voices)
          : subjects.subjectOf(tokens, i, i > figureToken, voices, stance.get());
      if (claim.isEmpty()) {
        continue;
      }
      if (relays(claim.get(), voices)) {
        outlet = outlet == null ? claim.get() : outlet;
        continue;
      }
      if (i < figureToken) {
        before.put(i, claim.get());
      }
      int distance = Math.abs(i - figureToken) + (i > figureToken ? 3 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestVerb = i;
        best = disowned(text, tokens.get(i), figure, i < figureToken) ? new Claim(voices.defaultClaimant(), null, null,
            Stance.REPORTED) : claim.get();
        if (i < figureToken && best.stance() != Stance.DISPUTED && hearsay(tokens, i, figureToken)) {
          best = new Claim(null, null, null, Stance.REPORTED); // "said it was investigating reports that … killed 200"
        }
      }
    }
    if (best != null) {
      best = citedAfter(tokens, bestVerb, best, voices).orElse(best);
    }
    return Optional.ofNullable(best != null ? relayed(best, before.headMap(bestVerb), tokens, bestVerb) : outlet);
  }

  /**
   * "…, the report said, citing local health authorities": the source cited right after the verb is the claimant,
   * and the verb's subject passes it on.
   */
  private Optional<Claim> citedAfter(List<Token> tokens, int verb, Claim claim, DocumentVoices voices) {
    for (int i = verb + 1; i < tokens.size() && i <= verb + 3; i++) {
      if (CITING.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return subjects.cited(tokens, i, voices)
            .filter(c -> c.claimant() != null && !c.claimant().equals(claim.claimant()))
            .map(c -> new Claim(c.claimant(), c.speaker(), c.verb(), c.stance(), claim.claimant()));
      }
    }
    return Optional.empty();
  }

  /** "village elders report …": a verb the tagger read as a noun after a group of people is still a verb. */
  private static boolean afterUnnamedGroup(List<Token> tokens, int i) {
    return i > 0 && Subjects.unnamedSource(tokens, i).isPresent()
        && "NNS".equals(tokens.get(i - 1).pos()) && !tokens.get(i).text().endsWith("s");
  }

  /**
   * A source inside another's words: "The Red Cross said village elders report as many as 60 dead" is the elders'
   * figure relayed by the Red Cross. The outer source is the nearest named one before the claim's own verb.
   */
  private static Claim relayed(Claim claim, java.util.SortedMap<Integer, Claim> earlier, List<Token> tokens, int verb) {
    Claim outer = null;
    for (Claim c : earlier.values()) {
      if (c.claimant() != null && !c.claimant().equals(claim.claimant())) {
        outer = c;
      }
    }
    if (claim.claimant() == null && claim.speaker() == null && Subjects.reportIsSubject(tokens, verb)) {
      // "Gen. X said an investigation had found that 10 civilians died": a report nobody is named for is the
      // finding of whoever speaks of it
      Optional<Claim> speaker = earlier.values().stream().filter(c -> c.claimant() != null || c.speaker() != null)
          .reduce((a, b) -> b);
      if (speaker.isPresent()) {
        return speaker.get();
      }
    }
    if (outer == null || "according to".equals(claim.verb())) {
      return claim;
    }
    if (claim.claimant() != null) {
      return new Claim(claim.claimant(), claim.speaker(), claim.verb(), claim.stance(), outer.claimant());
    }
    String relayer = outer.claimant();
    return claim.speaker() != null ? claim : Subjects.unnamedSource(tokens, verb)
        .map(source -> new Claim(source, null, claim.verb(), claim.stance(), relayer)).orElse(claim);
  }

  /**
   * "RIA Novosti reported, citing the defence ministry": a news outlet that passes on a source named in the same
   * sentence is not the claimant; its own findings are its claims ("A Reuters investigation found", "AP counted"),
   * and so is a report nobody else is named for.
   */
  private static boolean relays(Claim claim, DocumentVoices voices) {
    return claim.claimant() != null && claim.speaker() == null && voices.isNewsOutlet(claim.claimant())
        && claim.stance() != Stance.VERIFIED;
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

  /** "reports that", "allegations that" between a verb and the figure: the figure is others', unnamed. */
  private static boolean hearsay(List<Token> tokens, int verb, int figure) {
    for (int j = verb + 1; j + 1 < figure; j++) {
      if (HEARSAY.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
          && tokens.get(j + 1).text().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean acrossClauses(List<Token> tokens, int verb, int figure) {
    for (int j = Math.min(verb, figure) + 1; j < Math.max(verb, figure); j++) {
      if (CLAUSE_BREAKS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
