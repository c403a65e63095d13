package org.counterclaim.contradictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;

/**
 * Explicit disputes: a claim whose sentence says another side rejects it ("a figure Amnesty International says is
 * 'neither accurate, credible, nor serious'", "dismissed as non-credible", "disputed by", "rejected").
 */
final class Disputes {

  private static final Pattern CUE = Pattern.compile("(?i)\\b(disput\\w*|reject\\w*|dismiss\\w*|den(y|ies|ied)"
      + "|non-credible|not credible|neither accurate|inaccurate|not accurate|underestimat\\w*|undercount\\w*"
      + "|exaggerat\\w*|inflated|false|a figure .{0,60} (says|said|calls|called) (is|was))\\b");

  private Disputes() {}

  static List<EventGroup.Dispute> find(List<Claim> claims, List<EventGroup.Side> sides) {
    List<EventGroup.Dispute> disputes = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String sentence = claim.sentence() == null ? "" : claim.sentence();
      if (!CUE.matcher(sentence).find()) {
        continue;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      for (EventGroup.Side side : sides) {
        String other = side.claimant();
        if (!other.equals(Sides.claimant(claim)) && !other.equals(Sides.UNATTRIBUTED)
            && lower.contains(other.toLowerCase(Locale.ROOT))) {
          disputes.add(new EventGroup.Dispute(i, other, sentence));
          break;
        }
      }
    }
    return disputes;
  }
}
