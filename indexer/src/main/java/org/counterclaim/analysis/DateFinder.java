package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;

/**
 * Keeps the dates worth keeping from what SUTime found, and corrects one of its habits: a bare month in
 * "between June and October of 2017" gets the year the sentence gives it, not the document's year. Durations
 * ("15 months"), sets ("every week"), vague references ("previously", "now") and values SUTime could not place
 * on a calendar are dropped, and so is a relative day ("on Tuesday", "yesterday") in a document dated only to a
 * month or a year: SUTime would count it from a first of the month the document never gave.
 */
final class DateFinder {

  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern BARE_MONTH = Pattern.compile("^(?:" + MONTH + ")$");
  private static final Pattern YEAR_AFTER = Pattern.compile(
      "^\\s*(?:and|to|-|–|through|until|till)\\s+(?:early\\s+|late\\s+|mid-?)?(?:" + MONTH + ")\\s*(?:,|of|in)?\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern VAGUE = Pattern.compile("(PAST|PRESENT|FUTURE)_REF");
  /** A calendar value: "2018", "2018-07-17", "2018-W29", "2017-SU", "XXXX-03"; not "THIS P1Y OFFSET P-1Y". */
  private static final Pattern CALENDAR = Pattern.compile("^[\\dX]{4}(?:-[\\dA-Z]{1,3}){0,2}(?:T.*)?$");
  private static final Pattern ABSOLUTE = Pattern.compile("\\b(?:(?:19|20)\\d\\d|" + MONTH + ")\\b");

  private DateFinder() {}

  static List<EntityMention> keep(String text, List<EntityMention> found, String documentDate) {
    List<EntityMention> dates = new ArrayList<>();
    for (EntityMention m : found) {
      boolean dateLike = m.type().equals("DATE") || m.type().equals("TIME");
      if (!dateLike || m.canonical() == null || VAGUE.matcher(m.canonical()).find()
          || !CALENDAR.matcher(m.canonical()).matches() || finerThanItsAnchor(m, documentDate)) {
        continue;
      }
      dates.add(new EntityMention("DATE", m.text(), yearFromContext(text, m), m.start(), m.end()));
    }
    return dates;
  }

  /** "June" in "June and October of 2017" takes 2017; other values are kept as SUTime gives them. */
  static String yearFromContext(String text, EntityMention date) {
    String value = date.canonical();
    if (!BARE_MONTH.matcher(date.text().strip()).matches() || !value.matches("(\\d{4}|XXXX)-\\d{2}.*")) {
      return value;
    }
    Matcher year = YEAR_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 40)));
    return year.find() ? year.group(1) + value.substring(4) : value;
  }

  /** "yesterday" resolved to a day in a document dated "2019-01": the day is SUTime's guess. */
  private static boolean finerThanItsAnchor(EntityMention date, String documentDate) {
    if (documentDate == null || ABSOLUTE.matcher(date.text()).find()) {
      return false;
    }
    return precision(date.canonical()) > precision(documentDate);
  }

  /** 1 for a year, 2 for a month, 3 for a week or a day. */
  private static int precision(String value) {
    String date = value.split("T")[0];
    return Math.min(3, date.split("-").length);
  }

  /** SUTime wants a full date as its anchor: a month or a year stands for its first day. */
  static String anchor(String documentDate) {
    if (documentDate == null) {
      return null;
    }
    return switch (documentDate.length()) {
      case 4 -> documentDate + "-01-01";
      case 7 -> documentDate + "-01";
      default -> documentDate;
    };
  }
}
