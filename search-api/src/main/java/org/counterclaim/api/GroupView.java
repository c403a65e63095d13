package org.counterclaim.api;

import java.util.List;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;
import org.counterclaim.search.Caps;

/**
 * A contradiction group as the API gives it: the {@link EventGroup} with its claims cut to a count (the oldest
 * first; {@code claimCount} and each side's {@code claimCount} say how many there are) and long words cut to
 * {@link Caps#SENTENCE_CHARS}. Sides and disputes refer only to the claims listed.
 */
record GroupView(
    String id, EventGroup.Event event, boolean contradiction, String reason, EventGroup.Spread spread,
    List<Side> sides, List<EventGroup.Dispute> disputes, int claimCount, List<Claim> claims) {

  /** One claimant's figures: {@code claims} are indexes into the listed claims, {@code claimCount} all of them. */
  record Side(String claimant, long low, Long high, int claimCount, List<Integer> claims) {}

  static GroupView of(EventGroup group, int maxClaims) {
    EventGroup.Event e = group.event();
    EventGroup.Event event = new EventGroup.Event(Caps.clip(e.label(), Caps.SENTENCE_CHARS),
        Caps.clip(e.location(), Caps.ANNOTATION_CHARS), e.category(), Caps.clip(e.victims(), Caps.ANNOTATION_CHARS),
        e.period());
    List<Side> sides = group.sides().stream().map(s -> new Side(Caps.clip(s.claimant(), Caps.ANNOTATION_CHARS),
        s.low(), s.high(), s.claims().size(), s.claims().stream().filter(i -> i < maxClaims).toList())).toList();
    List<EventGroup.Dispute> disputes = group.disputes().stream().filter(d -> d.claim() < maxClaims)
        .map(d -> new EventGroup.Dispute(d.claim(), Caps.clip(d.by(), Caps.ANNOTATION_CHARS),
            Caps.clip(d.text(), Caps.SENTENCE_CHARS)))
        .toList();
    return new GroupView(group.id(), event, group.contradiction(), Caps.clip(group.reason(), Caps.SENTENCE_CHARS),
        group.spread(), sides, disputes, group.claims().size(),
        group.claims().stream().limit(maxClaims).map(GroupView::clipped).toList());
  }

  private static Claim clipped(Claim c) {
    return new Claim(c.file(), c.docId(), Caps.clip(c.title(), Caps.ANNOTATION_CHARS), c.date(), c.min(), c.max(),
        c.qualifier(), c.category(), Caps.clip(c.victims(), Caps.ANNOTATION_CHARS),
        Caps.clip(c.location(), Caps.ANNOTATION_CHARS), c.when(), Caps.clip(c.claimant(), Caps.ANNOTATION_CHARS),
        Caps.clip(c.speaker(), Caps.ANNOTATION_CHARS), c.stance(), Caps.clip(c.text(), Caps.ANNOTATION_CHARS),
        c.start(), c.end(), Caps.clipAround(c.sentence(), c.text(), Caps.SENTENCE_CHARS));
  }
}
