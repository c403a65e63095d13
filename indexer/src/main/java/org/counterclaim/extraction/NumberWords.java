package org.counterclaim.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Numbers written in words: "two", "twenty-three", "one hundred and twelve", "a thousand", "two dozen". */
final class NumberWords {

  static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12));
  static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L);

  /** A regex alternative for one word of a written number. */
  static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
      + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
      + "|hundred|thousand|million|dozen)";

  private NumberWords() {}

  /** The value of a written number, or empty when the words are not one. */
  static OptionalLong parse(String words) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (String w : words.toLowerCase(Locale.ROOT).replace('-', ' ').split("\\s+")) {
      if (w.isEmpty() || w.equals("and")) {
        continue;
      }
      Integer unit = UNITS.get(w);
      Long scale = SCALES.get(w);
      if (w.equals("dozen")) {
        current = Math.max(current, 1) * 12;
      } else if (unit != null) {
        current += unit;
      } else if (scale != null) {
        current = Math.max(current, 1) * scale;
        if (scale >= 1_000) {
          total += current;
          current = 0;
        }
      } else {
        return OptionalLong.empty();
      }
      any = true;
    }
    return any ? OptionalLong.of(total + current) : OptionalLong.empty();
  }
}
