package org.counterclaim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first lines of a document, sorted into what they are: an issuer's banner ("AMNESTY INTERNATIONAL PUBLIC
 * STATEMENT"), a label line ("AI Index: MDE 24/8801/2018"), a dateline, a kicker ("Raqqa | January 2019 | Syria"),
 * an issuer line ("Amnesty International:") or prose. Title, publisher and type are read from this.
 */
public final class DocumentHeader {

  /** Words a banner or a kicker uses to say what kind of document follows. */
  static final Pattern DOCUMENT_KIND = Pattern.compile(
      "\\b(PUBLIC STATEMENT|PRESS STATEMENT|PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|JOINT STATEMENT|STATEMENT"
          + "|PRESS BRIEFING|BRIEFING|REPORT|OPEN LETTER|LETTER|MEMORANDUM|ADVISORY|NEWS)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} .]{0,30}:\\s+\\S.{0,80}$");
  private static final Pattern LEADING_DATE_LABEL =
      Pattern.compile("^(?i)(?:date[d]?|published|posted)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}\\s+");
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

  /** The issuer named by a banner (the words before the kind) or an issuer line ("Amnesty International:"). */
  public Optional<String> issuer() {
    for (Line line : lines) {
      if (line.kind() == Kind.BANNER) {
        Matcher m = DOCUMENT_KIND.matcher(line.text());
        if (m.find() && m.start() > 0) {
          return Optional.of(titleCase(line.text().substring(0, m.start()).strip()));
        }
      } else if (line.kind() == Kind.ISSUER) {
        return Optional.of(line.text().substring(0, line.text().length() - 1).strip());
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
    if (DocumentDates.fromHeader(line).isPresent() && line.length() < 60 && !line.contains("|")) {
      return Kind.DATE;
    }
    if (line.chars().filter(c -> c == '|').count() >= 2) {
      return Kind.KICKER;
    }
    boolean noLowerCase = line.chars().noneMatch(Character::isLowerCase);
    if (noLowerCase && line.chars().anyMatch(Character::isLetter) && line.split(" ").length <= 10) {
      return Kind.BANNER;
    }
    if (line.endsWith(":") && line.length() <= 60 && line.split(" ").length <= 6) {
      return Kind.ISSUER;
    }
    if (LABEL.matcher(line).matches() && line.indexOf(':') <= 32 && !line.endsWith(".")
        && line.substring(line.indexOf(':') + 1).strip().split(" ").length <= 5) {
      return Kind.LABEL; // "AI Index: MDE 24/8801/2018"; a headline "Syria: Flaws in the…" is longer
    }
    return Kind.PROSE;
  }

  private static String titleCase(String caps) {
    StringBuilder out = new StringBuilder();
    for (String word : caps.toLowerCase(Locale.ROOT).split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean minor = out.length() > 0 && List.of("of", "the", "for", "and", "on", "in").contains(word);
      out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
