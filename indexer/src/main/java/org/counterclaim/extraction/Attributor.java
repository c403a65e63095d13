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
 * Who gives a figure. In order: the person or organisation a quotation is attributed to ("…,” said Col. X;
 * "X said: “…”"); a reporting clause in the sentence ("the coalition admitted to 23 civilian deaths", "according
 * to Amnesty International", "Amnesty says it has verified 641 deaths", "the report found" → the report's
 * author); a headline's source ("Amnesty: …"); else the document's own voice. A speaker's organisation comes from
 * the officials, else from an unnamed spokesperson the sentences before mention ("a coalition spokesman…").
 * Whoever denies or refuses responsibility for a figure is not its claimant: "X said it accepts no liability for
 * the hundreds of casualties" leaves the figure to the document's voice.
 */
final class Attributor {

  private static final int SUBJECT_WINDOW = 8;
  private static final Pattern NEGATION = Pattern.compile(
      "(?i)\\b(no|not|never|n't|refus\\w*|den(y|ies|ied)|reject\\w*|dismiss\\w*|without)\\b");
  private static final Set<String> REPORT_NOUNS = Set.of("report", "investigation", "study", "findings", "research",
      "analysis", "survey", "inquiry");
  private static final Pattern SPOKESPERSON = Pattern.compile(
      "(?i)^[\\s-]*(spokes(man|woman|person)|official|officials|representative|statement)\\b");

  private final ReportingVerbs verbs;

  Attributor(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  Claim attribute(String text, List<Sentence> sentences, int sentenceIndex, Span figure, List<Span> quotes,
                  DocumentVoices voices) {
    Sentence sentence = sentences.get(sentenceIndex);
    Optional<Span> quote = quotes.stream().filter(q -> q.start() <= figure.start() && figure.end() <= q.end()).findFirst();
    if (quote.isPresent()) {
      Optional<Claim> quoted = quoted(text, quote.get(), quotes, voices, sentences, sentenceIndex);
      if (quoted.isPresent()) {
        return quoted.get();
      }
    }
    Optional<Claim> clause = reportingClause(text, sentence, figure, voices, quotes);
    if (clause.isPresent()) {
      return clause.get();
    }
    return voices.headlineSource(sentence.start(), sentence.end())
        .map(org -> new Claim(org, null, null, Claim.REPORTED))
        .orElseGet(() -> new Claim(voices.defaultClaimant(), null, null, Claim.REPORTED));
  }

  /** The attribution of a quote: after its end ("…,” said X) or before its start (X said: “…). */
  private Optional<Claim> quoted(String text, Span quote, List<Span> quotes, DocumentVoices voices,
                                 List<Sentence> sentences, int sentenceIndex) {
    for (int i = quotes.indexOf(quote); i >= 0 && i >= quotes.indexOf(quote) - 3; i--) {
      Span q = quotes.get(i);
      if (i < quotes.indexOf(quote) && !text.substring(q.end(), quotes.get(i + 1).start()).strip().isEmpty()
          && text.substring(q.end(), quotes.get(i + 1).start()).length() > 400) {
        break; // an earlier quote far away says nothing about this one
      }
      Optional<Claim> after = speakerNear(text, q.end(), Math.min(text.length(), q.end() + 80), voices, true);
      if (after.isPresent()) {
        return after.map(c -> withOrganisation(c, text, sentences, sentenceIndex, voices));
      }
      Optional<Claim> before = speakerNear(text, Math.max(0, q.start() - 300), q.start(), voices, false);
      if (before.isPresent()) {
        return before.map(c -> withOrganisation(c, text, sentences, sentenceIndex, voices));
      }
    }
    return Optional.empty();
  }

  /** A person or organisation with a reporting verb next to it between {@code from} and {@code to}. */
  private Optional<Claim> speakerNear(String text, int from, int to, DocumentVoices voices, boolean after) {
    String window = text.substring(from, to);
    if (after) {
      int stop = indexOfAny(window, "\n“\"");
      window = window.substring(0, stop < 0 ? window.length() : Math.min(window.length(), stop + 1));
    } else {
      if (!window.matches("(?sU).*[:,]\\s*$")) {
        return Optional.empty(); // a quote is introduced by "said:" or "said,"
      }
      int lastBreak = Math.max(window.lastIndexOf('.', window.length() - 2), window.lastIndexOf('”'));
      window = window.substring(lastBreak + 1);
      from = to - (window.length());
    }
    String verb = firstVerb(window);
    if (verb == null) {
      return Optional.empty();
    }
    int start = from;
    int end = from + window.length();
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= start && p.end() <= end)
        .reduce((a, b) -> after ? a : b);
    if (person.isPresent()) {
      String name = person.get().canonical();
      return Optional.of(new Claim(voices.organisationOf(name).orElse(null), name, verb, stanceOf(verb)));
    }
    return voices.organisations().stream().filter(o -> o.start() >= start && o.end() <= end)
        .reduce((a, b) -> after ? a : b)
        .map(o -> new Claim(o.canonical(), null, verb, stanceOf(verb)));
  }

  /** "X admitted to 23 deaths", "according to X", "X says it has verified 641 deaths", "the report found". */
  private Optional<Claim> reportingClause(String text, Sentence sentence, Span figure, DocumentVoices voices,
                                          List<Span> quotes) {
    List<Token> tokens = sentence.tokens();
    int figureToken = tokenAt(tokens, figure.start());
    Claim best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      Optional<String> stance = verbs.stance(word);
      if (stance.isEmpty() || inQuote(tokens.get(i), quotes) != inQuote(figure, quotes)) {
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
        int from = Math.min(tokens.get(i).end(), figure.start());
        int to = Math.max(tokens.get(i).start(), figure.end());
        boolean denied = i < figureToken && NEGATION.matcher(text.substring(from, to)).find();
        best = denied ? new Claim(voices.defaultClaimant(), null, null, Claim.REPORTED) : claim.get();
      }
    }
    return Optional.ofNullable(best);
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

  /** The named person, organisation or report right before (or, for "said X", right after) a reporting verb. */
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
      if (REPORT_NOUNS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return Optional.of(new Claim(voices.reportAuthor(), null, word, stance));
      }
    }
    if (person.isPresent() && (org.isEmpty() || person.get().start() > org.get().start())) {
      String name = person.get().canonical();
      return Optional.of(new Claim(voices.organisationOf(name).orElse(null), name, word, stance));
    }
    if (org.isPresent()) {
      return Optional.of(new Claim(org.get().canonical(), null, word, stance));
    }
    // "…, said Amnesty." / "said Col. Scott Rawlinson": a name after the verb is its subject only when the verb
    // follows what it reports; in "X said the coalition killed…" the name after the verb is the clause's own.
    if (!verbFollowsFigure) {
      return Optional.empty();
    }
    int after = tokens.get(Math.min(tokens.size() - 1, verb + 4)).end();
    return firstNamed(voices, tokens.get(verb).end(), after, word);
  }

  private Optional<Claim> firstNamed(DocumentVoices voices, int from, int to, String verb) {
    Optional<EntityMention> person = voices.people().stream().filter(p -> p.start() >= from && p.end() <= to).findFirst();
    Optional<EntityMention> org = voices.organisations().stream().filter(o -> o.start() >= from && o.end() <= to).findFirst();
    if (person.isPresent() && (org.isEmpty() || person.get().start() < org.get().start())) {
      String name = person.get().canonical();
      return Optional.of(new Claim(voices.organisationOf(name).orElse(null), name, verb, stanceOf(verb)));
    }
    return org.map(o -> new Claim(o.canonical(), null, verb, stanceOf(verb)));
  }

  /** A speaker without a known organisation takes that of an unnamed spokesperson just before: "a coalition spokesman". */
  private Claim withOrganisation(Claim claim, String text, List<Sentence> sentences, int index, DocumentVoices voices) {
    if (claim.claimant() != null) {
      return claim;
    }
    for (int i = index; i >= 0 && i >= index - 2; i--) {
      Sentence s = sentences.get(i);
      for (EntityMention org : voices.organisations()) {
        if (org.start() >= s.start() && org.end() <= s.end()
            && SPOKESPERSON.matcher(text.substring(org.end(), Math.min(s.end(), org.end() + 20))).find()) {
          return claim.withClaimant(org.canonical());
        }
      }
    }
    return claim.withClaimant(voices.defaultClaimant());
  }

  private String stanceOf(String verb) {
    return verbs.stance(verb.split(" ")[0]).orElse(Claim.REPORTED);
  }

  private String firstVerb(String window) {
    for (String word : window.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (verbs.stance(word).isPresent()) {
        return word;
      }
    }
    return null;
  }

  private static boolean inQuote(Token t, List<Span> quotes) {
    return quotes.stream().anyMatch(q -> q.start() <= t.start() && t.end() <= q.end());
  }

  private static boolean inQuote(Span s, List<Span> quotes) {
    return quotes.stream().anyMatch(q -> q.start() <= s.start() && s.end() <= q.end());
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
