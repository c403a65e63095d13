package org.counterclaim.contradictions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.model.Claim;

/**
 * An event being filled while claims are grouped. A claim may join only if it is compatible in time with every
 * claim already in ({@link Compatibility#sameTime}); instead of comparing it with each of them, the event keeps the
 * bounds that decide it: the earliest and latest stated dates, the distinct less precise ones, and the earliest and
 * latest document dates of its undated claims. Grouping a 10,000-document index was quadratic before.
 */
final class OpenEvent {

  private final List<Claim> claims = new ArrayList<>();
  /** Start days of every stated event date. */
  private long minStart = Long.MAX_VALUE;
  private long maxStart = Long.MIN_VALUE;
  /** Days of the stated dates precise to the day. */
  private long minDay = Long.MAX_VALUE;
  private long maxDay = Long.MIN_VALUE;
  /** Every distinct stated date, and those less precise than a day. */
  private final Set<String> whens = new LinkedHashSet<>();
  private final Set<String> coarseWhens = new LinkedHashSet<>();
  /** Undated claims: whether one has no document date either, and the range of their documents' dates. */
  private boolean undatedWithoutDocumentDate;
  private int undated;
  private long minDocumentDay = Long.MAX_VALUE;
  private long maxDocumentDay = Long.MIN_VALUE;

  List<Claim> claims() {
    return claims;
  }

  /** Whether {@code Compatibility.sameTime(t, c)} holds for every claim c already in. */
  boolean accepts(Compatibility.Timing t) {
    return t.when() != null ? acceptsDated(t) : acceptsUndated(t);
  }

  void add(Claim claim, Compatibility.Timing t) {
    claims.add(claim);
    if (t.when() != null) {
      minStart = Math.min(minStart, t.whenDay());
      maxStart = Math.max(maxStart, t.whenDay());
      whens.add(t.when());
      if (precise(t.when())) {
        minDay = Math.min(minDay, t.whenDay());
        maxDay = Math.max(maxDay, t.whenDay());
      } else {
        coarseWhens.add(t.when());
      }
    } else {
      undated++;
      if (t.dateDay() == Compatibility.Timing.UNKNOWN) {
        undatedWithoutDocumentDate = true;
      } else {
        minDocumentDay = Math.min(minDocumentDay, t.dateDay());
        maxDocumentDay = Math.max(maxDocumentDay, t.dateDay());
      }
    }
  }

  private boolean acceptsDated(Compatibility.Timing t) {
    if (undated > 0 && (undatedWithoutDocumentDate
        || minDocumentDay - t.whenDay() < -Compatibility.SAME_INCIDENT_DAYS
        || maxDocumentDay - t.whenDay() > Compatibility.REPORTING_WINDOW_DAYS)) {
      return false;
    }
    if (precise(t.when())) {
      boolean daysClose = minDay == Long.MAX_VALUE
          || (t.whenDay() - minDay <= Compatibility.SAME_INCIDENT_DAYS
              && maxDay - t.whenDay() <= Compatibility.SAME_INCIDENT_DAYS);
      return daysClose && coarseWhens.stream().allMatch(w -> Compatibility.samePeriod(t.when(), w));
    }
    return whens.stream().allMatch(w -> Compatibility.samePeriod(t.when(), w));
  }

  private boolean acceptsUndated(Compatibility.Timing t) {
    if (whens.isEmpty()) {
      return true;
    }
    return t.dateDay() != Compatibility.Timing.UNKNOWN
        && t.dateDay() - maxStart >= -Compatibility.SAME_INCIDENT_DAYS
        && t.dateDay() - minStart <= Compatibility.REPORTING_WINDOW_DAYS;
  }

  private static boolean precise(String when) {
    return when.length() >= 10;
  }
}
