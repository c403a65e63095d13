package org.counterclaim.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Words that carry a claim ("said", "admitted", "verified", "according to") and the stance each gives (a data file). */
final class ReportingVerbs {

  private final Map<String, String> stances = new HashMap<>();

  private ReportingVerbs() {}

  static ReportingVerbs load() {
    ReportingVerbs verbs = new ReportingVerbs();
    try (InputStream in = ReportingVerbs.class.getResourceAsStream("reporting-verbs.tsv")) {
      if (in == null) {
        throw new IllegalStateException("reporting-verbs.tsv is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] columns = line.strip().split("\t");
          verbs.stances.put(columns[0], columns[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return verbs;
  }

  /** The stance a verb or verb phrase ("according to") gives, reported when it gives none. */
  String stanceOf(String verb) {
    return stance(verb.split(" ")[0]).orElse(Claim.REPORTED);
  }

  /** The stance a word gives a claim, if it is a reporting word. */
  Optional<String> stance(String word) {
    return Optional.ofNullable(stances.get(word.toLowerCase(Locale.ROOT)));
  }
}
