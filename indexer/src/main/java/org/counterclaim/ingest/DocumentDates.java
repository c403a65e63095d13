package org.counterclaim.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a document, as an ISO string as precise as the source is ({@code 2018}, {@code 2018-07},
 * {@code 2018-07-17}).
 *
 * <p>A dateline in the document's header wins (a labelled "Date: …", "UPDATE: …", "Last Updated: …", a line that
 * is only a date, a date between separators such as "Raqqa | January 2019 | Syria", a wire dateline "BEIRUT, July
 * 17, 2018 —" or "GENEVA (17 July 2018) –", a letter's "London, 17 July 2018", a date and a dash opening a
 * statement, a short line such as "Reuters , Wednesday 5 Apr 2017" or "By X 4/28/2002"), then a wire dateline
 * without its year ("JUBA, Jan 9 (Reuters) -") with the year of the metadata or the latest the text names, then
 * the metadata's publication or creation date. Dates in the body
 * of the text are events, not the document's date, and are left to the analysis stage.
 */
public final class DocumentDates {

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
  private static final String DAY_MONTH_YEAR = "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>" + MONTHS + ")\\.?,?\\s+(?<y1>\\d{4})";
  private static final String MONTH_DAY_YEAR = "(?<m2>" + MONTHS + ")\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|/)(?<y2>\\d{4})";
  private static final String MONTH_YEAR = "(?<m3>" + MONTHS + ")\\.?,?\\s+(?<y3>\\d{4})";
  private static final String ISO = "(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})";
  /** "4/28/2002", "8/1/2002": month first, as US wire services write it, unless the first number is no month. */
  private static final String NUMERIC = "(?<n1>\\d{1,2})/(?<n2>\\d{1,2})/(?<ny>\\d{4})";
  private static final String ANY_DATE =
      "(?:" + ISO + "|" + DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + "|" + MONTH_YEAR + "|" + NUMERIC + ")";
  /** "Tuesday, ", "Tue ": a weekday before a date. */
  private static final String WEEKDAY = "(?:(?:\\p{L}+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?";
  /** " 09:30:00 +0000 (UTC)", ", 11:42 AM", " 09.30 BST": a time after a date. */
  private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
      + "(?:\\s*[+-]\\d{2}:?\\d{2})?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?";

  /**
   * "Date: 17 July 2018", "date 2018-07-18", "Published 5 June 2018", "FOR IMMEDIATE RELEASE – July 17, 2018" at the
   * start of a header line; not "Released on 5 June 2018, the report found…", where the date opens a sentence.
   */
  private static final Pattern LABELLED = Pattern.compile(
      "^\\W*(?:date[d]?|published(?: on)?|posted(?: on)?|issued(?: on)?|released(?: on)?|for immediate release"
          + "|(?:last\\s+)?updated?(?: on)?)"
          + "\\s*[:\u2013\u2014-]?\\s*" + WEEKDAY + ANY_DATE + "(?!,\\s*(?-i:\\p{Ll}))",
      Pattern.CASE_INSENSITIVE);
  /** A line that is nothing but a date, perhaps with a weekday and a time (some punctuation allowed). */
  private static final Pattern DATE_LINE =
      Pattern.compile("^[\\W_]*" + WEEKDAY + ANY_DATE + TIME + "[\\W_]*$", Pattern.CASE_INSENSITIVE);
  /** "BEIRUT, July 17, 2018 —", "KABUL, Afghanistan, Aug. 26, 2021 —", "GENEVA (17 July 2018) –". */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s+\\p{Lu}[\\p{L} .'-]{1,30}?)?(?:,\\s+|\\s*\\(\\s*)(?i:" + ANY_DATE + ")\\b");
  /** "Friday, January 21, 2022 — Ahmed Mahat, …", "Addis Abeba, February 26/2021 – Amnesty …": a date, then a dash. */
  private static final Pattern DATE_THEN_DASH = Pattern.compile(
      "^(?:\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){0,2},\\s+)?" + WEEKDAY + "(?i:" + ANY_DATE + ")\\s*[\u2013\u2014-]+\\s");
  /**
   * A short header line that holds a date among a few words: "Reuters , Wednesday 5 Apr 2017", "By Ken Hanly
   * Sep 19, 2019 in World", "Tuesday 31 August 2021 04:49, UK", "topic by Human Rights Watch 4/28/2002 (19:17) |".
   */
  private static final Pattern SHORT_LINE_DATE = Pattern.compile("(?i)(?<![\\w/])" + WEEKDAY + ANY_DATE + "(?![\\w/])");
  private static final int SHORT_LINE = 64;
  /** "JUBA, Jan 9 (Reuters) -": a wire dateline without its year. */
  private static final Pattern WIRE_DAY = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s+\\p{Lu}[\\p{L} .'-]{1,30}?)?,\\s+"
      + "(?i:(?<m>" + MONTHS + ")\\.?\\s+(?<d>\\d{1,2}))\\s*\\(");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?:19[5-9]\\d|20\\d\\d)(?!\\d|,\\d)");

  /** "London, 17 July 2018" on a line of its own, as a letter is dated. */
  private static final Pattern PLACE_AND_DATE = Pattern.compile(
      "^\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){0,2},\\s+(?i:" + WEEKDAY + ANY_DATE + ")[\\W_]*$");
  /**
   * What separates the parts of a kicker or of a news site's date line: "Raqqa | January 2019 | Syria",
   * "July 17, 2018 / 10:32 AM / Updated 3 hours ago".
   */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\s+[/\u2022\u00b7]\\s+");

  private static final List<String> METADATA_KEYS = List.of(
      "dcterms:created", "dc:date", "article:published_time", "og:published_time", "date", "pubdate",
      "publish-date", "dcterms.created", "DC.date", "dcterms.date", "meta:creation-date", "Creation-Date");

  /** Lines of the header looked at for a dateline. */
  private static final int HEADER_LINES = 12;

  private DocumentDates() {}

  /** The document date from its header text, then its metadata; empty when neither says. */
  public static Optional<String> of(String text, Map<String, List<String>> metadata) {
    return fromHeader(text).or(() -> yearlessDateline(text, metadata)).or(() -> fromMetadata(metadata));
  }

  /**
   * "JUBA, Jan 9 (Reuters) -": the day of a wire dateline, with the year of the metadata's date, else the latest
   * year the text mentions (a story names its own year and earlier ones, rarely a later one).
   */
  static Optional<String> yearlessDateline(String text, Map<String, List<String>> metadata) {
    for (String raw : text.strip().split("\\R", HEADER_LINES + 1)) {
      Matcher m = WIRE_DAY.matcher(raw.strip());
      if (m.find()) {
        Optional<String> year = fromMetadata(metadata).map(d -> d.substring(0, 4)).or(() -> latestYear(text));
        return year.flatMap(y -> valid(y, month(m.group("m")), m.group("d")));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> latestYear(String text) {
    Matcher m = YEAR.matcher(text);
    int latest = -1;
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group()));
    }
    return latest < 0 ? Optional.empty() : Optional.of(Integer.toString(latest));
  }

  /** A dateline in the first lines of the text. */
  public static Optional<String> fromHeader(String text) {
    int seen = 0;
    for (String raw : text.split("\\R", 200)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++seen > HEADER_LINES) {
        break;
      }
      Optional<String> date = match(LABELLED, line)
          .or(() -> match(DATE_LINE, line))
          .or(() -> match(WIRE_DATELINE, line))
          .or(() -> match(PLACE_AND_DATE, line))
          .or(() -> match(DATE_THEN_DASH, line))
          .or(() -> betweenSeparators(line))
          .or(() -> line.length() <= SHORT_LINE && !line.endsWith(".") ? match(SHORT_LINE_DATE, line) : Optional.empty());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The first metadata date that parses, most specific keys first. */
  public static Optional<String> fromMetadata(Map<String, List<String>> metadata) {
    for (String key : METADATA_KEYS) {
      List<String> values = metadata.get(key);
      if (values != null) {
        for (String value : values) {
          Optional<String> date = parse(value);
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Parses one date string in the usual metadata and text forms; empty when it is not a date. */
  public static Optional<String> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
      try {
        return Optional.of(OffsetDateTime.parse(v, f).toLocalDate().toString());
      } catch (DateTimeParseException e) {
        // not this form; the next one may fit
      }
    }
    try {
      return Optional.of(ZonedDateTime.parse(v).toLocalDate().toString());
    } catch (DateTimeParseException e) {
      // fall through to the textual forms
    }
    Matcher iso = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ]\\d{2}:\\d{2}.*)?$").matcher(v);
    if (iso.matches()) {
      return valid(iso.group(1), iso.group(2), iso.group(3));
    }
    return match(DATE_LINE, v);
  }

  private static Optional<String> betweenSeparators(String line) {
    if (!SEPARATOR.matcher(line).find()) {
      return Optional.empty();
    }
    for (String part : SEPARATOR.split(line)) {
      Optional<String> date = match(DATE_LINE, part.strip());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> match(Pattern pattern, String line) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group("iy") != null) {
      return valid(m.group("iy"), m.group("im"), m.group("id"));
    }
    if (m.group("y1") != null) {
      return valid(m.group("y1"), month(m.group("m1")), m.group("d1"));
    }
    if (m.group("y2") != null) {
      return valid(m.group("y2"), month(m.group("m2")), m.group("d2"));
    }
    if (m.group("y3") != null) {
      return valid(m.group("y3"), month(m.group("m3")), null);
    }
    int first = Integer.parseInt(m.group("n1"));
    int second = Integer.parseInt(m.group("n2"));
    return first > 12 ? valid(m.group("ny"), m.group("n2"), m.group("n1")) // "28/4/2002"
        : valid(m.group("ny"), Integer.toString(first), Integer.toString(second));
  }

  private static String month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        .indexOf(prefix);
    return String.format("%02d", index + 1);
  }

  /** Checks the parts make a real date in a plausible range, and formats as precise as given. */
  private static Optional<String> valid(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    if (month == null) {
      return Optional.of(year);
    }
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      return Optional.empty();
    }
    if (day == null) {
      return Optional.of(String.format("%04d-%02d", y, m));
    }
    try {
      return Optional.of(LocalDate.of(y, m, Integer.parseInt(day)).toString());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
