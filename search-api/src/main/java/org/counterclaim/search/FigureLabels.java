package org.counterclaim.search;

import java.text.NumberFormat;
import java.util.Locale;
import org.counterclaim.model.CasualtyFigure;

/**
 * How a figure reads to a person: "killed: more than 1,600 civilians — Amnesty International (reported)", "killed: up
 * to 60 — village elders, relayed by International Committee of the Red Cross (reported)".
 */
final class FigureLabels {

  private FigureLabels() {}

  static String describe(CasualtyFigure f) {
    StringBuilder label = new StringBuilder(f.category().label()).append(": ").append(amount(f));
    if (f.victims() != null) {
      label.append(' ').append(f.victims());
    }
    if (f.claimant() != null || f.speaker() != null) {
      label.append(" — ").append(f.speaker() != null && f.claimant() != null
          ? f.speaker() + ", " + f.claimant() : f.speaker() != null ? f.speaker() : f.claimant());
    }
    if (f.relayedBy() != null) {
      label.append(", relayed by ").append(f.relayedBy());
    }
    label.append(" (").append(f.stance()).append(')');
    if (f.location() != null) {
      label.append(", ").append(f.location());
    }
    if (f.when() != null) {
      label.append(", ").append(f.when());
    }
    return label.toString();
  }

  static String amount(CasualtyFigure f) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    return switch (f.qualifier()) {
      case MORE_THAN -> "more than " + n.format(f.min() - 1);
      case AT_LEAST -> "at least " + n.format(f.min());
      case UP_TO -> "up to " + n.format(f.max());
      case ABOUT -> "about " + n.format(f.min());
      case RANGE, VAGUE -> n.format(f.min()) + "–" + (f.max() == null ? "" : n.format(f.max()));
      case EXACT -> n.format(f.min());
    };
  }
}
