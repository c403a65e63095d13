package org.counterclaim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;

/**
 * Who speaks a quotation: the person or organisation with a reporting verb right after it ("…,” said Col. X) or
 * right before it ("X said: “…"), looking back over the quotes just before when a quote runs on unattributed. A
 * speaker's organisation comes from the officials, else from an unnamed spokesperson the sentences before mention
 * ("a coalition spokesman…"), else the document's own voice.
 */
final class QuoteSpeakers {

  private static final Pattern SPOKESPERSON = Pattern.compile(
      "(?i)^[\\s-]*(spokes(man|woman|person)|official|officials|representative|statement)\\b");
  private static final int FAR_APART = 400;
  private static final Pattern DESCRIBED = Pattern.compile("(?i)\\bthe\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");

  private final ReportingVerbs verbs;

  QuoteSpeakers(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  /** The attribution of the quote a figure stands in, if the text gives one. */
  Optional<Claim> speakerOf(String text, Span quote, List<Span> quotes, DocumentVoices voices,
                            List<Sentence> sentences, int sentenceIndex) {
    int index = quotes.indexOf(quote);
    for (int i = index; i >= 0 && i >= index - 3; i--) {
      Span q = quotes.get(i);
      if (i < index && text.substring(q.end(), quotes.get(i + 1).start()).length() > FAR_APART) {
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
      return Optional.of(new Claim(voices.organisationOf(name).orElse(null), name, verb, verbs.stanceOf(verb)));
    }
    Optional<Claim> org = voices.organisations().stream().filter(o -> o.start() >= start && o.end() <= end)
        .filter(o -> !voices.isNewsOutlet(o.canonical()))
        .reduce((a, b) -> after ? a : b)
        .map(o -> new Claim(o.canonical(), null, verb, verbs.stanceOf(verb)));
    if (org.isPresent()) {
      return org;
    }
    Matcher described = DESCRIBED.matcher(window); // "…,” the ministry said in a statement.
    while (described.find()) {
      for (int g = 1; g <= 2; g++) {
        String head = described.group(g) == null ? "" : described.group(g).toLowerCase(Locale.ROOT);
        if (Subjects.DESCRIPTIONS.contains(head)) {
          return voices.calledBefore(head, start).map(o -> new Claim(o, null, verb, verbs.stanceOf(verb)));
        }
      }
    }
    return Optional.empty();
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
      Optional<String> title = voices.people().stream()
          .filter(p -> p.canonical().equals(claim.speaker()) && p.start() >= s.start() && p.end() <= s.end())
          .findFirst().flatMap(p -> Descriptions.titleAround(s.tokens(), p.start(), p.end()));
      if (title.isPresent()) { // "…,” the spokesman of the health ministry in Sanaa, X, told …
        return claim.withClaimant(title.get());
      }
    }
    String fallback = voices.defaultClaimant();
    return claim.withClaimant(fallback == null || voices.isNewsOutlet(fallback) ? null : fallback);
  }

  private String firstVerb(String window) {
    for (String word : window.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (verbs.stance(word).isPresent()) {
        return word;
      }
    }
    return null;
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
