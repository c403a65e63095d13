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

  /**
   * Words one of which every cue contains: a plain search for them rules out most sentences before the pattern,
   * whose alternatives are tried at every position, runs (on 140,000 claims it took seconds).
   */
  private static final List<String> CUE_STEMS = List.of("disput", "reject", "dismiss", "den", "credible", "accurate",
      "underestimat", "undercount", "exaggerat", "inflated", "false", "a figure");

  private Disputes() {}

  static boolean hasCue(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String stem : CUE_STEMS) {
      if (lower.contains(stem)) {
        return CUE.matcher(sentence).find();
      }
    }
    return false;
  }

  static List<EventGroup.Dispute> find(List<Claim> claims, List<EventGroup.Side> sides) {
    List<EventGroup.Dispute> disputes = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String sentence = claim.sentence() == null ? "" : claim.sentence();
      if (!hasCue(sentence)) {
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
