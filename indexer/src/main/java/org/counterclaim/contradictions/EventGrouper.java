package org.counterclaim.contradictions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;

/**
 * Groups claims from many documents into events (see {@link Compatibility}) and lays each event out side by side
 * ({@link Sides}, {@link Disputes}). Pure: claims in, groups out; no index, no NLP.
 */
public final class EventGrouper {

  private EventGrouper() {}

  /** The events, those with a contradiction first, then the ones with the most claims. */
  public static List<EventGroup> group(List<Claim> claims) {
    Map<String, List<OpenEvent>> byKey = new LinkedHashMap<>();
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.sort(Comparator.comparing((Claim c) -> c.when() == null ? "~" : c.when()).thenComparing(Sides.byDate()));
    for (Claim claim : ordered) {
      Compatibility.Timing timing = Compatibility.Timing.of(claim);
      List<OpenEvent> events = byKey.computeIfAbsent(Compatibility.key(claim), k -> new ArrayList<>());
      OpenEvent event = null;
      for (OpenEvent candidate : events) {
        if (candidate.accepts(timing)) {
          event = candidate;
          break;
        }
      }
      if (event == null) {
        event = new OpenEvent();
        events.add(event);
      }
      event.add(claim, timing);
    }
    List<EventGroup> groups = new ArrayList<>();
    byKey.values().forEach(events -> events.forEach(e -> groups.add(layOut(e.claims()))));
    groups.sort(Comparator.comparing((EventGroup g) -> !g.contradiction())
        .thenComparing(g -> -g.claims().size()).thenComparing(EventGroup::id));
    return groups;
  }

  private static EventGroup layOut(List<Claim> unordered) {
    List<Claim> claims = new ArrayList<>(unordered);
    claims.sort(Sides.byDate());
    List<EventGroup.Side> sides = Sides.of(claims);
    String contradiction = sides.size() > 1 ? Sides.contradiction(sides, claims) : null;
    Claim first = claims.get(0);
    EventGroup.Period period = period(claims);
    String place = first.location() == null ? "an unnamed place" : first.location();
    String label = first.category() + (first.victims() == null ? "" : " (" + first.victims() + ")") + " in " + place
        + (period.from() == null ? "" : ", " + period.from() + (period.to().equals(period.from()) ? "" : " – " + period.to()));
    long low = claims.stream().mapToLong(Claim::min).min().orElse(0);
    long highest = claims.stream().mapToLong(Claim::high).max().orElse(low);
    boolean open = claims.stream().anyMatch(c -> c.max() == null && c.min() == highest);
    String reason = contradiction != null ? contradiction
        : sides.size() > 1 ? "the sides' figures are compatible" : "one source only";
    return new EventGroup(id(first, period), new EventGroup.Event(label, first.location(), first.category(),
        first.victims(), period), contradiction != null, reason, new EventGroup.Spread(low, open ? null : highest),
        sides, Disputes.find(claims, sides), claims);
  }

  /** The earliest and latest date among the claims: the event's date where stated, else the document's. */
  private static EventGroup.Period period(List<Claim> claims) {
    List<String> dates = claims.stream().map(c -> c.when() != null ? c.when() : c.date())
        .filter(d -> d != null).sorted().toList();
    return dates.isEmpty() ? new EventGroup.Period(null, null)
        : new EventGroup.Period(dates.get(0), dates.get(dates.size() - 1));
  }

  /** Stable across runs for the same data: category, place, victims and the first claim's document and offset. */
  private static String id(Claim first, EventGroup.Period period) {
    return ContentHash.idOf(ContentHash.sha256(Compatibility.key(first) + "|" + period.from() + "|" + first.docId()
        + "|" + first.start()));
  }
}
