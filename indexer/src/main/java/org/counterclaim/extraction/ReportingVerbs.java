package org.counterclaim.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.lexicon.DataFile;
import org.counterclaim.model.Stance;

/** Words that carry a claim ("said", "admitted", "verified", "according to") and the stance each gives (a data file). */
final class ReportingVerbs {

  private final Map<String, Stance> stances = new HashMap<>();

  private ReportingVerbs() {}

  static ReportingVerbs load() {
    ReportingVerbs verbs = new ReportingVerbs();
    for (String[] row : DataFile.rows(ReportingVerbs.class, "reporting-verbs.tsv")) {
      verbs.stances.put(row[0], Stance.of(row[1]));
    }
    return verbs;
  }

  /** The stance a verb or verb phrase ("according to") gives, reported when it gives none. */
  Stance stanceOf(String verb) {
    return stance(verb.split(" ")[0]).orElse(Stance.REPORTED);
  }

  /** The stance a word gives a claim, if it is a reporting word. */
  Optional<Stance> stance(String word) {
    return Optional.ofNullable(stances.get(word.toLowerCase(Locale.ROOT)));
  }
}
