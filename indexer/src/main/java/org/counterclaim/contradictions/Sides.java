package org.counterclaim.contradictions;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;
import org.counterclaim.model.Qualifier;

/**
 * One side per claimant, each side's claims oldest first, and whether the sides contradict each other: two sides
 * contradict when their highest figures do not overlap, or when those figures' midpoints differ by more than
 * {@link #FACTOR}.
 */
final class Sides {

  /** How far apart two sides' highest figures may be before they count as contradicting. */
  static final double FACTOR = 2.0;
  static final String UNATTRIBUTED = "unattributed";

  private Sides() {}

  /** Claims sorted by date (undated last), then by size. */
  static Comparator<Claim> byDate() {
    return Comparator.comparing((Claim c) -> c.date() == null ? "9999" : c.date())
        .thenComparingLong(Claim::min);
  }

  static List<EventGroup.Side> of(List<Claim> claims) {
    Map<String, List<Integer>> byClaimant = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      byClaimant.computeIfAbsent(claimant(claims.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<EventGroup.Side> sides = new ArrayList<>();
    byClaimant.forEach((claimant, indexes) -> {
      long low = indexes.stream().mapToLong(i -> claims.get(i).min()).min().orElse(0);
      Claim highest = highest(indexes, claims);
      sides.add(new EventGroup.Side(claimant, low, highest.max() == null ? null : highest.high(), indexes));
    });
    sides.sort(Comparator.comparingLong(EventGroup.Side::low));
    return sides;
  }

  static String claimant(Claim c) {
    return c.claimant() == null ? UNATTRIBUTED : c.claimant();
  }

  /** The first pair of sides that contradict, as a sentence, or null when none do. */
  static String contradiction(List<EventGroup.Side> sides, List<Claim> claims) {
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        Claim a = highest(sides.get(i).claims(), claims);
        Claim b = highest(sides.get(j).claims(), claims);
        Claim lowSide = a.high() <= b.high() ? a : b;
        Claim highSide = lowSide == a ? b : a;
        boolean apart = lowSide.max() != null && lowSide.max() < highSide.min();
        double ratio = midpoint(highSide) / Math.max(1.0, midpoint(lowSide));
        if (apart || ratio > FACTOR) {
          return describe(sides.get(i), claims) + "; " + describe(sides.get(j), claims)
              + (apart ? ": the figures do not overlap" : String.format(": the highest figures differ %.1f-fold", ratio));
        }
      }
    }
    return null;
  }

  /** A side's highest claim; of equal ones, the open one ("more than N" outranks "N"). */
  private static Claim highest(List<Integer> indexes, List<Claim> claims) {
    return indexes.stream().map(claims::get)
        .max(Comparator.comparingLong(Claim::high).thenComparing(c -> c.max() == null)).orElseThrow();
  }

  private static double midpoint(Claim c) {
    return c.max() == null ? c.min() : (c.min() + c.max()) / 2.0;
  }

  private static String describe(EventGroup.Side side, List<Claim> claims) {
    List<String> amounts = side.claims().stream().map(claims::get).map(Sides::amount).toList();
    return side.claimant() + " says " + String.join(" → ", amounts);
  }

  static String amount(Claim c) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    return switch (c.qualifier() == null ? Qualifier.EXACT : c.qualifier()) {
      case MORE_THAN -> "more than " + n.format(c.min() - 1);
      case AT_LEAST -> "at least " + n.format(c.min());
      case UP_TO -> "up to " + n.format(c.high());
      case ABOUT -> "about " + n.format(c.min());
      case RANGE, VAGUE -> n.format(c.min()) + "–" + n.format(c.high());
      case EXACT -> n.format(c.min());
    };
  }
}
