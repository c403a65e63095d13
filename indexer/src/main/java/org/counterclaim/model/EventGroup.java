package org.counterclaim.model;

import java.util.List;

/**
 * The figures different sources give for one event, side by side.
 *
 * @param contradiction true when two sides' highest figures do not overlap or differ by more than a factor of 2
 * @param reason        one sentence a person can read on why (or why not)
 * @param claims        every claim of the group; sides and disputes refer to them by index
 */
public record EventGroup(
    String id, Event event, boolean contradiction, String reason, Spread spread, List<Side> sides,
    List<Dispute> disputes, List<Claim> claims) {

  public EventGroup {
    sides = List.copyOf(sides);
    disputes = List.copyOf(disputes);
    claims = List.copyOf(claims);
  }

  /** What happened where and when. */
  public record Event(String label, String location, Category category, String victims, Period period) {}

  /** From the earliest to the latest date of the group's claims (the event's date, else the document's). */
  public record Period(String from, String to) {}

  /** Lowest and highest bound over all claims; {@code high} null when some claim is open and highest. */
  public record Spread(long low, Long high) {}

  /** One claimant's figures, oldest first ({@code claims} are indexes into the group's claims). */
  public record Side(String claimant, long low, Long high, List<Integer> claims) {
    public Side {
      claims = List.copyOf(claims);
    }
  }

  /** A claim that another side explicitly disputes, with the words that do. */
  public record Dispute(int claim, String by, String text) {}
}
