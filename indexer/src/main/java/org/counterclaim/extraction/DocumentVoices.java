package org.counterclaim.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * Who speaks in a document as a whole: the issuer of a statement, the source a headline names ("Amnesty: …"),
 * the organisation the text quotes and cites most, the author of "the report" it discusses, and each official's
 * organisation. Figures that no sentence attributes belong to the document's default voice.
 */
final class DocumentVoices {

  private static final Pattern HEADLINE_SOURCE = Pattern.compile("^\\s*([^:\\n]{2,60}):\\s+\\S");
  /** A headline's last words after a colon, with no full stop: "Toll rises above 130: medics". */
  private static final Pattern HEADLINE_TAIL = Pattern.compile(":\\s+([^:.\\n]{2,40}?)\\s*$");

  private final AnalysedDocument doc;
  private final Map<String, String> officialOrganisation = new HashMap<>();
  private final String defaultClaimant;
  private final Optional<String> issuer;
  private final Optional<String> declaredSource;
  private final String reportAuthor;
  private final java.util.function.Predicate<String> isNewsOutlet;
  private List<EntityMention> organisations;
  /** "a UK-based group", "the Hamas-run health ministry": the organisation names an origin or a ruler, not a speaker. */
  private static final Pattern BASED = Pattern.compile(
      "^-(based|born|registered|funded|run|controlled|led|backed|held|allied|aligned|affiliated|linked|appointed)\\b");
  /** A signature line: a name, a comma, then the organisation ("Lynn Maalouf, Amnesty International"). */
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?m)^\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3},\\s+(.{3,120})$");
  private static final int SIGNATURE_REACH = 600;
  /** "Source: Head of the Donetsk Regional Military Administration, Pavlo Kyrylenko." */
  private static final Pattern SOURCE_LINE = Pattern.compile("(?im)^[\\s*_]*(?:sources?|data|figures)\\s*:\\s*(.{3,200})$");
  private static final int DESCRIPTION_REACH = 2_000;
  private static final java.util.Set<String> ANY_NAME = java.util.Set.of("group", "charity", "organisation",
      "organization", "monitor", "watchdog", "ngo");

  DocumentVoices(AnalysedDocument doc, java.util.function.Predicate<String> isNewsOutlet) {
    this.doc = doc;
    this.isNewsOutlet = isNewsOutlet;
    for (Official o : doc.officials()) {
      if (o.organization() != null) {
        officialOrganisation.put(o.name(), o.organization());
      }
    }
    this.reportAuthor = findReportAuthor().orElse(null);
    this.issuer = findIssuer();
    this.declaredSource = findDeclaredSource();
    this.defaultClaimant = findDefaultClaimant();
  }

  /** The voice of figures nothing else attributes. */
  String defaultClaimant() {
    return defaultClaimant;
  }

  /** Who wrote "the report" the document talks about, else the default voice. */
  String reportAuthor() {
    return reportAuthor != null ? reportAuthor : defaultClaimant;
  }

  /** The organisation of a named person, when the document gives one. */
  Optional<String> organisationOf(String person) {
    return Optional.ofNullable(officialOrganisation.get(person));
  }

  /** An organisation a headline or a sentence opens with, as its source: "Amnesty: coalition killed…". */
  Optional<String> headlineSource(int sentenceStart, int sentenceEnd) {
    String sentence = doc.source().text().substring(sentenceStart, sentenceEnd);
    Matcher m = HEADLINE_SOURCE.matcher(sentence);
    Optional<String> opening = Optional.empty();
    if (m.find()) {
      int end = sentenceStart + m.end(1);
      opening = organisations().stream().filter(o -> o.start() >= sentenceStart && o.end() == end)
          .map(EntityMention::canonical).findFirst();
    }
    Matcher tail = HEADLINE_TAIL.matcher(sentence);
    return opening.isPresent() || !tail.find() ? opening : trailingSource(sentenceStart + tail.start(1),
        sentenceStart + tail.end(1));
  }

  /** "Death toll rises above 130: medics", "…: Amnesty": the source a wire headline names after its colon. */
  private Optional<String> trailingSource(int from, int to) {
    Optional<String> named = organisations().stream().filter(o -> o.start() >= from && o.end() <= to)
        .map(EntityMention::canonical).filter(o -> !isNewsOutlet(o)).findFirst();
    if (named.isPresent()) {
      return named;
    }
    List<Sentence> sentences = doc.sentences();
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) { // the sentence holding the words: sentences are in text order
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= from) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    List<Token> tokens = sentences.isEmpty() ? List.of() : sentences.get(lo).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == from) {
        return Descriptions.startingAt(tokens, i);
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation that issued the document and speaks in it as "we" or "the Mission", when it is one: the
   * publisher of a statement, report or letter that is not a news outlet.
   */
  Optional<String> issuer() {
    return issuer;
  }

  private Optional<String> findIssuer() {
    String publisher = doc.source().publisher();
    boolean issued = doc.source().type() == DocumentType.PRESS_STATEMENT || doc.source().type() == DocumentType.REPORT
        || doc.source().type() == DocumentType.LETTER;
    if (publisher != null && issued && !isNewsOutlet.test(publisher)) {
      return Optional.of(publisher);
    }
    boolean signed = doc.source().type() == DocumentType.EMAIL || doc.source().type() == DocumentType.LETTER;
    Optional<String> signer = signed ? signature() : Optional.empty();
    boolean news = doc.source().type() == DocumentType.NEWS_ARTICLE;
    return signer.isPresent() || news ? signer : SelfVoice.of(doc, organisations(), isNewsOutlet);
  }

  /** The organisation of a letter's or an e-mail's signature: "Lynn Maalouf, Amnesty International" at its end. */
  private Optional<String> signature() {
    String text = doc.source().text();
    int from = Math.max(0, text.length() - SIGNATURE_REACH);
    Matcher m = SIGNATURE.matcher(text.substring(from));
    Optional<String> found = Optional.empty();
    while (m.find()) { // the last signature line that names an organisation
      int start = from + m.start(1);
      int end = from + m.end(1);
      Optional<String> org = organisations().stream().filter(o -> o.start() >= start && o.end() <= end)
          .map(EntityMention::canonical).filter(o -> !isNewsOutlet.test(o)).findFirst();
      found = org.isPresent() ? org : found;
    }
    return found;
  }

  /**
   * The organisation a "Source: …" line names, when it is no news outlet: the source of the document's figures.
   * A person named there speaks for their organisation ("Source: Head of the regional administration, X").
   */
  Optional<String> declaredSource() {
    return declaredSource;
  }

  private Optional<String> findDeclaredSource() {
    String text = doc.source().text();
    Matcher m = SOURCE_LINE.matcher(text);
    while (m.find()) {
      int from = m.start(1);
      int to = m.end(1);
      Optional<String> org = organisations().stream().filter(o -> o.start() >= from && o.end() <= to)
          .map(EntityMention::canonical).filter(o -> !isNewsOutlet.test(o)).findFirst();
      if (org.isPresent()) {
        return org;
      }
      Optional<String> person = people().stream().filter(p -> p.start() >= from && p.end() <= to)
          .map(p -> officialOrganisation.get(p.canonical())).filter(o -> o != null && !isNewsOutlet.test(o)).findFirst();
      if (person.isPresent()) {
        return person;
      }
    }
    return Optional.empty();
  }

  boolean isNewsOutlet(String organisation) {
    return isNewsOutlet.test(organisation);
  }

  /**
   * The issuer of a statement, report or letter; else the source a headline names ("Amnesty: …"); else the author
   * of the report the document discusses; else nobody. The organisation a text mentions most is no claimant: in war
   * reporting it is as often the perpetrator as the source, and an unknown claimant is honest where a wrong one is
   * not. A news outlet is no default either: it relays others' figures.
   */
  private String findDefaultClaimant() {
    if (issuer().isPresent()) {
      return issuer().get();
    }
    if (declaredSource().isPresent()) {
      return declaredSource().get();
    }
    String text = doc.source().text();
    int firstLineEnd = text.indexOf('\n');
    Optional<String> headline = headlineSource(0, firstLineEnd < 0 ? text.length() : firstLineEnd);
    if (headline.isPresent()) {
      return headline.get();
    }
    return reportAuthor != null && !isNewsOutlet.test(reportAuthor) ? reportAuthor : null;
  }

  /** The organisation named next to "report" most often: "the Amnesty report", "a report by Amnesty International". */
  private Optional<String> findReportAuthor() {
    Map<String, Integer> counts = new HashMap<>();
    String text = doc.source().text();
    for (EntityMention org : organisations()) {
      String after = text.substring(org.end(), Math.min(text.length(), org.end() + 30));
      String before = text.substring(Math.max(0, org.start() - 14), org.start());
      boolean owns = after.matches("(?is)^(['’]s)?\\s+(?:[\\p{L}-]+\\s+)?(report|investigation|research|findings|study)\\b.*");
      boolean by = before.matches("(?is).*\\b(report|investigation|research|study)\\s+(by|from|of)\\s+(the\\s+)?$");
      if (owns || by) {
        counts.merge(org.canonical(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey);
  }

  /** Organisation mentions; "UK" in "a UK-based group" names a place of origin, not a speaker. */
  List<EntityMention> organisations() {
    if (organisations == null) {
      String text = doc.source().text();
      organisations = doc.entities().stream().filter(e -> e.type().equals("ORGANIZATION"))
          .filter(e -> !BASED.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 12))).find()).toList();
    }
    return organisations;
  }

  /**
   * "the ministry said", "the military said": the organisation named last before {@code offset} whose name has
   * that word ("Gaza Health Ministry"); the military and the army are any armed forces named so.
   */
  Optional<String> calledBefore(String head, int offset) {
    String h = head.toLowerCase(Locale.ROOT);
    if (ANY_NAME.contains(h)) { // "the rights group said", "the charity said": whoever was named last
      return organisations().stream()
          .filter(o -> o.end() <= offset && offset - o.end() < DESCRIPTION_REACH && !isNewsOutlet(o.canonical()))
          .reduce((a, b) -> b).map(EntityMention::canonical);
    }
    List<String> words = h.equals("military") || h.equals("army") || h.equals("forces")
        ? List.of("military", "army", "forces", "force") : List.of(h);
    return organisations().stream()
        .filter(o -> o.end() <= offset && offset - o.end() < DESCRIPTION_REACH && !isNewsOutlet(o.canonical()))
        .filter(o -> words.stream().anyMatch(w -> (" " + o.text() + " " + o.canonical() + " ").toLowerCase(Locale.ROOT)
            .matches("(?s).*[^\\p{L}]" + w + "[^\\p{L}].*")))
        .reduce((a, b) -> b).map(EntityMention::canonical);
  }

  /** Countries, which speak for their governments: "Russia claimed …". */
  List<EntityMention> countries() {
    return doc.entities().stream().filter(e -> e.type().equals("COUNTRY")).toList();
  }

  /** True when the text writes the mention as a possessive: "Ukraine's foreign minister". */
  boolean isPossessive(EntityMention m) {
    String text = doc.source().text();
    return text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
  }

  List<EntityMention> people() {
    return doc.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
  }
}
