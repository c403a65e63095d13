package org.counterclaim.model;

/**
 * One casualty figure as one source gives it, with the document it stands in: the unit contradiction groups are
 * made of.
 *
 * @param date the document's date (ISO, as precise as known), or null
 * @param when the event's date the figure states, or null
 */
public record Claim(
    String file, String docId, String title, String date, long min, Long max, Qualifier qualifier, Category category,
    String victims, String location, String when, String claimant, String speaker, Stance stance, String text,
    int start, int end, String sentence) {

  public static Claim of(CasualtyFigure f, String file, String docId, String title, String date) {
    return new Claim(file, docId, title, date, f.min(), f.max(), f.qualifier(), f.category(), f.victims(),
        f.location(), f.when(), f.claimant(), f.speaker(), f.stance(), f.text(), f.start(), f.end(), f.sentence());
  }

  /** The highest count the claim allows, or its lower bound when it is open ("more than 1,600" → 1,601). */
  public long high() {
    return max == null ? min : max;
  }
}
