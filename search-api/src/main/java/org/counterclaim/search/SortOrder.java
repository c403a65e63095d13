package org.counterclaim.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE, NEWEST, OLDEST;

  /** The name used in URLs and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }
}
