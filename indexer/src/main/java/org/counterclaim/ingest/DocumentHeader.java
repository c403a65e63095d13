package org.counterclaim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first lines of a document, sorted into what they are: an issuer's banner ("AMNESTY INTERNATIONAL PUBLIC
 * STATEMENT", "News Release"), a label line ("AI Index: MDE 24/8801/2018", "Release No. 20180717-01", "A/HRC/39/43",
 * "For immediate release"), a dateline, a kicker ("Raqqa | January 2019 | Syria"), an issuer line ("Amnesty
 * International:", or a letterhead above a banner that names only the kind) or prose. Title, publisher and type are
 * read from this.
 */
public final class DocumentHeader {

  private static final String KINDS =
      "PUBLIC STATEMENT|PRESS STATEMENT|PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|JOINT STATEMENT|STATEMENT"
          + "|PRESS BRIEFING|BRIEFING|REPORT|OPEN LETTER|LETTER|MEMORANDUM|ADVISORY";
  /** Words a banner or a kicker uses to say what kind of document follows. */
  static final Pattern DOCUMENT_KIND = Pattern.compile("\\b(" + KINDS + "|NEWS)\\b", Pattern.CASE_INSENSITIVE);
  /** A kind with the words that qualify it ("ANNUAL REPORT", "EMBARGOED PRESS RELEASE"): they name no issuer. */
  private static final Pattern QUALIFIED_KIND = Pattern.compile(
      "\\b(?:(?:ANNUAL|MID-?YEAR|QUARTERLY|MONTHLY|WEEKLY|SPECIAL|FINAL|INTERIM|THEMATIC|EMBARGOED|URGENT)\\s+)*"
          + "(?:" + KINDS + "|NEWS)\\b", Pattern.CASE_INSENSITIVE);
  /** A banner in title case: "News Release", "Human Rights Watch Press Release" (not "World News", a section). */
  private static final Pattern TITLE_CASE_BANNER =
      Pattern.compile("^(?:(?:\\p{Lu}[\\p{L}'&.-]*|of|the|for|and|on|in)\\s+)*(?i:" + KINDS + ")$");
  /** Header fields: the words before the colon of "AI Index:", "Media contact:", "Re:", "E-mail:", "Distr.:". */
  private static final String FIELDS = "date|dated|index|ref|reference|symbol|no|number|contacts?|subject|re|from|to|cc"
      + "|sent|tel|telephone|phone|mobile|fax|e-?mail|web|website|embargo|embargoed(?: until)?|location|author"
      + "|original|distr|classification|attn|attention|language|source|credit|photo|spokesperson";
  /** A header field with its value, a release notice ("For immediate release", "EMBARGOED UNTIL 00:01 GMT"). */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(?:for immediate release|embargoed\\b|not for publication|(?:[\\p{L}.'-]+ ){0,2}(?:" + FIELDS
          + ")\\.?\\s*:\\s*\\S)");
  /** A reference: "Release No. 20180717-01", a UN document symbol "A/HRC/39/43", a job number "GE.18-12345(E)". */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)^(?:[\\p{L}.]+\\s+){0,3}(?:no\\.?|nr\\.?|number|#)\\s*:?\\s*[\\w./()-]*\\d[\\w./()-]*$"
          + "|^(?=\\S*\\d)[\\p{Lu}\\d]+(?:[/.-][\\p{Lu}\\d()]+)+$");
  /** Headings closed by a colon that are no issuer: "Media Contacts:", "Notes to Editors:", "Key Findings:". */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)\\b(?:" + FIELDS + "|editors|findings|recommendations|summary|background|notes?|highlights)\\.?:$");
  private static final Pattern EMBARGO = Pattern.compile("(?i)^(?:embargoed|not for publication)\\b");
  private static final Pattern LEADING_DATE_LABEL =
      Pattern.compile("^(?i)(?:date[d]?|published|posted)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}\\s+");
  private static final List<String> MINOR_WORDS = List.of("of", "the", "for", "and", "on", "in", "de", "du", "des");
  private static final int HEADER_LINES = 12;

  /** What a header line is. */
  public enum Kind { BANNER, LABEL, DATE, KICKER, ISSUER, PROSE }

  /** A header line with its kind. */
  public record Line(String text, Kind kind) {}

  private final List<Line> lines;

  private DocumentHeader(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** Reads the header of a text. */
  public static DocumentHeader of(String text) {
    List<Line> lines = new ArrayList<>();
    for (String raw : text.split("\\R", 400)) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        continue;
      }
      lines.add(new Line(line, classify(line)));
      if (lines.size() == HEADER_LINES) {
        break;
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      if (namesOnlyTheKind(lines.get(i)) && isLetterhead(lines.get(i - 1))) {
        lines.set(i - 1, new Line(lines.get(i - 1).text(), Kind.ISSUER)); // "Human Rights Watch" above "News Release"
      }
    }
    return new DocumentHeader(lines);
  }

  public List<Line> lines() {
    return lines;
  }

  /** The first prose line, with a leading "date 2018-07-18" label removed. */
  public Optional<String> firstProse() {
    return lines.stream().filter(l -> l.kind() == Kind.PROSE).map(Line::text)
        .map(t -> LEADING_DATE_LABEL.matcher(t).replaceFirst(""))
        .filter(t -> !t.isBlank())
        .findFirst();
  }

  /** The banner line ("AMNESTY INTERNATIONAL PUBLIC STATEMENT"), if any. */
  public Optional<String> banner() {
    return lines.stream().filter(l -> l.kind() == Kind.BANNER).map(Line::text).findFirst();
  }

  /**
   * The issuer named by a banner (the words before the kind and its qualifiers), by an issuer line ("Amnesty
   * International:") or by a letterhead line above a banner that names only the kind.
   */
  public Optional<String> issuer() {
    for (Line line : lines) {
      if (line.kind() == Kind.BANNER) {
        Matcher m = QUALIFIED_KIND.matcher(line.text());
        if (m.find() && m.start() > 0) {
          String words = line.text().substring(0, m.start()).replaceAll("[\\s\\p{Pd}:|,]+$", "");
          return Optional.of(asName(words));
        }
      } else if (line.kind() == Kind.ISSUER) {
        return Optional.of(asName(line.text().replaceFirst(":$", "").strip()));
      }
    }
    return Optional.empty();
  }

  /** Kind words (statement, report, release…) found in the banner or a kicker, lower case. */
  public Optional<String> declaredKind() {
    for (Line line : lines) {
      if (line.kind() == Kind.BANNER || line.kind() == Kind.KICKER) {
        Matcher m = DOCUMENT_KIND.matcher(line.text());
        if (m.find()) {
          return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return Optional.empty();
  }

  private static Kind classify(String line) {
    if (DocumentDates.fromHeader(line).isPresent() && line.length() < 60 && !line.contains("|")
        && !EMBARGO.matcher(line).find()) {
      return Kind.DATE;
    }
    if (line.chars().filter(c -> c == '|').count() >= 2) {
      return Kind.KICKER;
    }
    if ((line.length() <= 120 && LABEL.matcher(line).find()) || REFERENCE.matcher(line).matches()) {
      return Kind.LABEL; // "AI Index: MDE 24/8801/2018"; a headline "Gaza: Israeli strike kills 12" is prose
    }
    if (isBanner(line)) {
      return Kind.BANNER;
    }
    if (line.endsWith(":") && line.length() <= 60 && line.split(" ").length <= 8 && isName(line)
        && !HEADING.matcher(line).find() && !DOCUMENT_KIND.matcher(line).find()) {
      return Kind.ISSUER; // "Amnesty International:", not "Media contacts:" or "For more information, please contact:"
    }
    return Kind.PROSE;
  }

  /** A short line in capitals (unless it reads like a headline), or a kind in title case: "Press Release". */
  private static boolean isBanner(String line) {
    int words = line.split(" ").length;
    if (line.chars().noneMatch(Character::isLowerCase)) {
      boolean headline = words >= 3 && line.matches(".*[:\\d].*"); // "YEMEN: STRIKE KILLS 40 CHILDREN"
      return line.chars().anyMatch(Character::isLetter) && words <= 10
          && (DOCUMENT_KIND.matcher(line).find() || !headline);
    }
    return words <= 6 && TITLE_CASE_BANNER.matcher(line).matches();
  }

  private static boolean namesOnlyTheKind(Line line) {
    Matcher m = QUALIFIED_KIND.matcher(line.text());
    return line.kind() == Kind.BANNER && m.find() && m.start() == 0;
  }

  /** A name above a banner: a short line that is no sentence and declares no kind itself. */
  private static boolean isLetterhead(Line line) {
    return (line.kind() == Kind.PROSE || line.kind() == Kind.BANNER)
        && line.text().split(" ").length <= 10 && !line.text().matches(".*[.!?:,;]$") && isName(line.text())
        && !DOCUMENT_KIND.matcher(line.text()).find();
  }

  /** Words that could make a name: each capitalised ("Médecins", "UN", "U.S."), a minor word ("of") or a sign. */
  private static boolean isName(String text) {
    for (String word : text.split(" ")) {
      char first = word.charAt(0);
      if (Character.isLowerCase(first) && !MINOR_WORDS.contains(word.replaceFirst(":$", ""))) {
        return false;
      }
    }
    return !text.contains(",");
  }

  /** A name as it should be shown: capitals become title case, except a lone acronym ("UNAMA", "OHCHR"). */
  private static String asName(String words) {
    boolean capitals = words.chars().noneMatch(Character::isLowerCase);
    if (!capitals || !words.contains(" ") && words.length() <= 6) {
      return words;
    }
    StringBuilder out = new StringBuilder();
    for (String word : words.toLowerCase(Locale.ROOT).split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean minor = out.length() > 0 && MINOR_WORDS.contains(word);
      out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
