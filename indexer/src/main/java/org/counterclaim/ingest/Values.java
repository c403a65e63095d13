package org.counterclaim.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values cut to a length an index term, a facet and an answer can hold, with a warning saying so. */
final class Values {

  private static final String ELLIPSIS = "…";

  private Values() {}

  /** The value, or its first {@code max - 1} characters and an ellipsis; a surrogate pair is never split. */
  static String clip(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(value.charAt(end - 1)) && Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  /** {@link #clip}, adding "{@code what} cut to {@code max} of N characters" to the warnings when it cuts. */
  static String cut(String value, int max, String what, List<String> warnings) {
    if (value != null && value.length() > max) {
      warnings.add(what + " cut to " + max + " of " + value.length() + " characters");
    }
    return clip(value, max);
  }

  /**
   * At most {@code maxValues} values per key, each cut to {@code maxChars}; one warning per key cut, starting with
   * {@code label}.
   */
  static Map<String, List<String>> capped(Map<String, List<String>> metadata, int maxValues, int maxChars,
                                          String label, List<String> warnings) {
    Map<String, List<String>> capped = new LinkedHashMap<>();
    metadata.forEach((key, values) -> {
      List<String> kept = values.stream().limit(maxValues).map(v -> clip(v, maxChars)).toList();
      boolean cut = values.size() > maxValues || values.stream().anyMatch(v -> v != null && v.length() > maxChars);
      if (cut) {
        warnings.add(label + "metadata '" + key + "' cut (at most " + maxValues + " values of " + maxChars
            + " characters each)");
      }
      capped.put(key, kept);
    });
    return capped;
  }
}
