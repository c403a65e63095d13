package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.model.Stance;

/**
 * Whose figures are the ones no sentence attributes. In a document an organisation issues (a statement, report or
 * letter, a "Source:" line, an e-mail's signature), its own voice: the default claimant. Elsewhere, in order: the
 * source of an explicit attribution of a figure in the same or the sentence before ("The ministry said 40 were
 * killed. Among the dead were 29 children."), the speaker of the sentence before ("X, chairman of the railway, said
 * two missiles hit the station. 30 people were killed."), the source of a figure two sentences back, the source the
 * document gives most figures to explicitly (a wire story built on the ministry's count), then the default: a
 * headline's source, the author of the report discussed, or nobody. The organisation a text merely mentions most
 * is never a claimant: in war reporting it is as often the perpetrator as the source.
 */
final class FigureSources {

  /** How many sentences an explicit attribution reaches forward. */
  static final int CARRY_OVER = 2;

  /**
   * A figure's explicit claim, if its sentence gives one, the sentence it stands in, and who speaks in the
   * sentence before it, if anyone does.
   */
  record Attributed(int sentence, Optional<Claim> explicit, Optional<Claim> previousSentence) {}

  private FigureSources() {}

  /** One claim per figure, in order. */
  static List<Claim> resolve(List<Attributed> figures, DocumentVoices voices) {
    boolean issued = voices.issuer().isPresent() || voices.declaredSource().isPresent();
    Optional<Claim> main = mainSource(figures, voices);
    List<Claim> claims = new ArrayList<>();
    Claim last = null;
    int lastSentence = Integer.MIN_VALUE / 2;
    for (Attributed f : figures) {
      if (f.explicit().isPresent()) {
        last = f.explicit().get();
        lastSentence = f.sentence();
        claims.add(last);
      } else if (!issued && last != null && f.sentence() - lastSentence <= 1
          && !(parenthetical(last) && f.previousSentence().isPresent())) {
        claims.add(last);
      } else if (!issued && f.previousSentence().isPresent()) {
        claims.add(f.previousSentence().get());
      } else if (!issued && last != null && f.sentence() - lastSentence <= CARRY_OVER && !parenthetical(last)) {
        claims.add(last);
      } else if (!issued && main.isPresent()) {
        claims.add(new Claim(main.get().claimant(), null, null, Stance.REPORTED));
      } else {
        claims.add(Attributor.unattributed(voices));
      }
    }
    return claims;
  }

  /**
   * An attribution that holds for its own clause only: in "X said that, according to local officials, 77 were
   * injured", the next sentence is X's again.
   */
  private static boolean parenthetical(Claim claim) {
    return "according to".equals(claim.verb());
  }

  /** The organisation most figures are explicitly attributed to (the first of equals), news outlets aside. */
  private static Optional<Claim> mainSource(List<Attributed> figures, DocumentVoices voices) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      Optional<String> claimant = figures.get(i).explicit().map(Claim::claimant);
      if (claimant.isPresent() && !voices.isNewsOutlet(claimant.get())
          && figures.get(i).explicit().get().stance() != Stance.DISPUTED) {
        counts.merge(claimant.get(), 1, Integer::sum);
        firstSeen.putIfAbsent(claimant.get(), i);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> -firstSeen.get(e.getKey())))
        .map(e -> new Claim(e.getKey(), null, null, Stance.REPORTED));
  }
}
