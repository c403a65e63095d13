package org.counterclaim.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.model.DocumentType;

/**
 * Press statement, report, letter, news article or e-mail, from cues that hold across publishers: the format, the
 * kind a banner declares, letter openings and closings, report structure, wire datelines and bylines, the kind of
 * the publisher (a news outlet publishes articles), and how much the text reports what others said. Each cue adds
 * to a type's score; the highest score wins, and a text with no cue at all is {@link DocumentType#OTHER}.
 */
public final class DocumentTypeClassifier {

  private static final Pattern DEAR = Pattern.compile("(?m)^\\s*(Dear|To whom it may concern)\\b");
  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?im)^\\s*(Yours sincerely|Yours faithfully|Sincerely|Respectfully|Kind regards|Best regards|Yours truly)\\b");
  /** Section headings of a report, bare or numbered "2.1", "IV." or "A.": "Methodology", "V. Conclusions". */
  private static final Pattern REPORT_SECTIONS = Pattern.compile(
      "(?im)^\\s*(?:(?:\\d+(?:\\.\\d+)*|[IVXL]+|[A-H])\\.?\\s+)?(executive summary|table of contents|contents"
          + "|methodology|recommendations|introduction|conclusions?(?: and recommendations)?|annex(?:es)?|background"
          + "|(?:key )?findings|summary|legal framework|acknowledge?ments|glossary|foreword)\\s*$");
  private static final Pattern WIRE = Pattern.compile(
      "(?m)^\\s*\\p{Lu}[\\p{Lu} .'-]{2,30}(?:,[^\\n]{0,30})?\\s*(?:\\((?:Reuters|AP|AFP|AP Photo)\\))?\\s*[-—–]\\s|"
          + "^\\s*\\p{Lu}{3,}[\\p{Lu} ]* (?=\\p{Lu}\\p{Ll})");
  /** "By Jane Doe", "By Jane Doe and John Roe, Associated Press", "By JANE DOE Associated Press". */
  private static final Pattern BYLINE = Pattern.compile(
      "(?m)^\\s*By\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'-]+){0,5}" // the names
          + "(?:\\s*[,|]\\s*[\\p{L} .'&-]{2,40})?\\s*$"); // ", Associated Press"
  private static final Pattern REPORTED_SPEECH = Pattern.compile(
      "\\b(said|told|according to|added|stated|reported)\\b", Pattern.CASE_INSENSITIVE);
  /** What press offices write: release notices, contacts, notes to editors, release numbers, an end mark. */
  private static final Pattern RELEASE_WORDING = Pattern.compile(
      "(?im)\\b(?:for immediate release|media contact|press office|for more information,? (?:please )?contact"
          + "|notes? to editors|embargoed until|release (?:no\\.?|number)\\s*:?\\s*\\d)"
          + "|^\\s*(?:[-/]*\\s*ends\\s*[-/]*|-30-|#{3})\\s*$");

  private DocumentTypeClassifier() {}

  public static DocumentType classify(String text, String contentType, DocumentHeader header,
                                      Optional<Organisation> publisher) {
    if (Formats.isEmail(contentType)) {
      return DocumentType.EMAIL;
    }
    Map<DocumentType, Integer> score = new EnumMap<>(DocumentType.class);
    header.declaredKind().ifPresent(kind -> add(score, declared(kind), 5));
    String opening = text.length() > 2000 ? text.substring(0, 2000) : text;
    if (DEAR.matcher(opening).find()) {
      add(score, DocumentType.LETTER, 3);
    }
    if (SIGN_OFF.matcher(text).find()) {
      add(score, DocumentType.LETTER, 2);
    }
    int sections = count(REPORT_SECTIONS.matcher(text));
    if (sections >= 2) {
      add(score, DocumentType.REPORT, sections);
    }
    if (text.length() > 40_000) {
      add(score, DocumentType.REPORT, 2);
    }
    if (WIRE.matcher(opening).find() || BYLINE.matcher(opening).find()) {
      add(score, DocumentType.NEWS_ARTICLE, 3);
    }
    if (RELEASE_WORDING.matcher(text).find()) {
      add(score, DocumentType.PRESS_STATEMENT, 3);
    }
    publisher.ifPresent(org -> {
      if (org.isNewsOutlet()) {
        add(score, DocumentType.NEWS_ARTICLE, 4);
      } else if (header.issuer().isPresent()) {
        add(score, DocumentType.PRESS_STATEMENT, 2);
      }
    });
    int reported = count(REPORTED_SPEECH.matcher(text));
    if (reported >= 3 && header.issuer().isEmpty()) {
      add(score, DocumentType.NEWS_ARTICLE, 2);
    }
    return score.entrySet().stream()
        .max(Map.Entry.<DocumentType, Integer>comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(DocumentType.OTHER);
  }

  private static DocumentType declared(String kind) {
    if (kind.contains("report")) {
      return DocumentType.REPORT;
    }
    if (kind.contains("letter") || kind.equals("memorandum")) {
      return DocumentType.LETTER;
    }
    if (kind.equals("news")) {
      return DocumentType.NEWS_ARTICLE;
    }
    return DocumentType.PRESS_STATEMENT;
  }

  private static void add(Map<DocumentType, Integer> score, DocumentType type, int points) {
    score.merge(type, points, Integer::sum);
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
