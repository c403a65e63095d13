package org.counterclaim.contradictions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.model.Claim;

/**
 * When two claims can be about the same event: same category, same place (a city is not its country), compatible
 * victims (civilians and "people" go together; soldiers do not), and compatible time: two stated event dates
 * within a week (day precision) or in the same month (month precision); a stated event date and an unstated one
 * when the undated claim's document comes after the event and within a year of it.
 */
final class Compatibility {

  /** Victims that count as the same population. */
  private static final Set<String> GENERAL_VICTIMS = Set.of("civilians", "people");
  static final long SAME_INCIDENT_DAYS = 7;
  static final long REPORTING_WINDOW_DAYS = 366;

  private Compatibility() {}

  /** The part of the grouping key that must be equal: category, place and victim class. */
  static String key(Claim c) {
    return c.category() + "|" + place(c) + "|" + victimClass(c.victims());
  }

  static String place(Claim c) {
    return c.location() == null ? "" : c.location().toLowerCase(Locale.ROOT).strip();
  }

  static String victimClass(String victims) {
    return victims == null || GENERAL_VICTIMS.contains(victims) ? "general" : victims;
  }

  /** Can two claims with equal keys be about one event, as far as time goes? */
  static boolean sameTime(Claim a, Claim b) {
    return sameTime(Timing.of(a), Timing.of(b));
  }

  /**
   * A claim's dates read once: grouping compares every claim with many others, and parsing their ISO strings on
   * each comparison made the contradictions of a 10,000-document index take seconds.
   *
   * @param when     the stated event date (ISO, as precise as known), or null
   * @param whenDay  the first day of {@code when} as an epoch day
   * @param dateDay  the first day of the document's date as an epoch day, or {@link #UNKNOWN}
   */
  record Timing(String when, long whenDay, long dateDay) {

    static final long UNKNOWN = Long.MIN_VALUE;

    static Timing of(Claim c) {
      long when = day(c.when());
      return new Timing(when == UNKNOWN ? null : c.when(), when, day(c.date()));
    }

    private static long day(String iso) {
      if (iso == null || iso.length() < 4) {
        return UNKNOWN;
      }
      try {
        return start(iso).toEpochDay();
      } catch (java.time.DateTimeException e) {
        return UNKNOWN;
      }
    }
  }

  /** {@link #sameTime(Claim, Claim)} on dates already read. */
  static boolean sameTime(Timing a, Timing b) {
    if (a.when() != null && b.when() != null) {
      return closeEvents(a, b);
    }
    if (a.when() == null && b.when() == null) {
      return true;
    }
    Timing dated = a.when() != null ? a : b;
    Timing other = a.when() != null ? b : a;
    if (other.dateDay() == Timing.UNKNOWN) {
      return false; // an incident with a date and a figure with neither: nothing ties them
    }
    long days = other.dateDay() - dated.whenDay();
    return days >= -SAME_INCIDENT_DAYS && days <= REPORTING_WINDOW_DAYS;
  }

  private static boolean closeEvents(Timing a, Timing b) {
    String x = a.when();
    String y = b.when();
    if (x.length() >= 10 && y.length() >= 10) {
      return Math.abs(a.whenDay() - b.whenDay()) <= SAME_INCIDENT_DAYS;
    }
    return samePeriod(x, y);
  }

  /** Two stated dates, one less precise than a day: the same year, or the same month when both give one. */
  static boolean samePeriod(String x, String y) {
    int precision = Math.min(Math.min(x.length(), y.length()), 7);
    return x.regionMatches(0, y, 0, precision);
  }

  /** The first day of an ISO date as precise as known ("2017" → 2017-01-01). */
  static LocalDate start(String iso) {
    String s = iso.length() >= 10 ? iso.substring(0, 10) : iso.length() >= 7 ? iso.substring(0, 7) + "-01" : iso.substring(0, 4) + "-01-01";
    return LocalDate.parse(s);
  }
}
