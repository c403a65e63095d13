package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.Qualifier;

/**
 * Finds the numbers of a text with their hedges and turns them into bounds. Digits ("23", "1,600", "1.5
 * million"), words ("two", "one thousand", "a dozen"), hedges ("more than", "at least", "nearly", "up to"),
 * ranges ("between 100 and 300", "100-to-300", "100 to 300"), a lower bound written "200+", and vague quantities, whose bounds are:
 * dozens 24–99, scores 40–99, hundreds 200–999, thousands 2,000–9,999, tens of thousands 20,000–99,999, hundreds
 * of thousands 200,000–999,999 ("several hundred" and "a few thousand" as their plurals; a hedge before a vague
 * quantity keeps its bounds: "more than a dozen" is 13+). Ages, compounds ("12-year-old", "two-thirds"), times,
 * sums of money and document symbols ("A/HRC/39/65") are no quantities, nor is "one" in "no one".
 */
public final class QuantityParser {

  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String WORDS = "(?:an?\\s+)?" + NumberWords.WORD + "(?:[\\s-]+(?:and\\s+)?" + NumberWords.WORD + ")*";
  private static final String SCALE = "(?:\\s+(?:million|thousand|hundred))?";
  private static final String NUMBER = "(?:(?:" + DIGITS + ")" + SCALE + "|" + WORDS + ")";
  private static final String VAGUE = "(?:(?:several|a\\s+few|many|some)\\s+)?"
      + "(?:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|scores|hundreds|thousands|millions"
      + "|tens(?=\\s+of\\s))"
      + "|(?:several|a\\s+few|a\\s+couple\\s+of|many)\\s+(?:hundred|thousand|dozen)";
  private static final String HEDGE = "more\\s+than|over|at\\s+least|nearly|almost|about|around|approximately|roughly"
      + "|some|up\\s+to|as\\s+many\\s+as|fewer\\s+than|less\\s+than|upwards\\s+of|in\\s+excess\\s+of|an\\s+estimated"
      + "|estimated|close\\s+to|no\\s+fewer\\s+than|no\\s+less\\s+than|at\\s+most|just\\s+over|well\\s+over"
      + "|just\\s+under|under|well\\s+above|above|a\\s+minimum\\s+of|a\\s+maximum\\s+of|no\\s+more\\s+than"
      + "|not\\s+more\\s+than";
  /**
   * "a 12-year-old boy", "12 years old", "a 15-month siege", "two-thirds": a number that is part of a compound
   * word or an age measures, it does not count.
   */
  private static final String MEASURE = "[\\s-]+(?:years?|months?|weeks?|days?)[\\s-]+old\\b|-\\p{L}";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?i)(?<![\\w.,/$£€:-])(?<!\\bno\\s)(?:(?<hedge>" + HEDGE + ")\\s+)?"
          + "(?:between\\s+(?<lo>" + NUMBER + ")\\s+and\\s+(?<hi>" + NUMBER + ")"
          + "|(?<a>" + NUMBER + ")(?:\\s*(?:-to-|–|-|\\s+to\\s+)\\s*(?<b>" + NUMBER + "))?(?<plus>\\+|\\s+at\\s+least\\b)?"
          + "|(?<vague>" + VAGUE + "))"
          + "(?![\\w/]|,\\d|\\.\\d|:\\d|%|" + MEASURE + ")");
  private static final Map<String, long[]> VAGUE_BOUNDS = Map.of(
      "dozens", new long[] {24, 99}, "scores", new long[] {40, 99}, "hundreds", new long[] {200, 999},
      "thousands", new long[] {2_000, 9_999}, "tens of thousands", new long[] {20_000, 99_999},
      "hundreds of thousands", new long[] {200_000, 999_999}, "millions", new long[] {2_000_000, 9_999_999},
      "tens", new long[] {20, 99});

  private QuantityParser() {}

  /** Every quantity in the text, in order. Words that only look like numbers ("a", "one of") are left out. */
  public static List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      toQuantity(m).ifPresent(found::add);
    }
    return found;
  }

  private static java.util.Optional<Quantity> toQuantity(Matcher m) {
    String hedge = m.group("hedge") == null ? null : m.group("hedge").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (m.group("vague") != null) {
      String vague = m.group("vague").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
          .replaceFirst("^(several|a few|a couple of|many|some) ", "").replaceFirst("(hundred|thousand|dozen)$", "$1s");
      long[] bounds = VAGUE_BOUNDS.get(vague);
      return java.util.Optional.of(new Quantity(bounds[0], bounds[1], Qualifier.VAGUE, m.start(), m.end()));
    }
    if (m.group("lo") != null) {
      OptionalLong lo = value(m.group("lo"));
      OptionalLong hi = value(m.group("hi"));
      return lo.isPresent() && hi.isPresent() && lo.getAsLong() < hi.getAsLong()
          ? java.util.Optional.of(new Quantity(lo.getAsLong(), hi.getAsLong(), Qualifier.RANGE, m.start(), m.end()))
          : java.util.Optional.empty();
    }
    String a = m.group("a");
    if (isArticleOnly(a)) {
      return java.util.Optional.empty();
    }
    OptionalLong value = value(a);
    if (value.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (m.group("b") != null) {
      OptionalLong b = value(m.group("b"));
      if (b.isPresent() && b.getAsLong() > value.getAsLong() && hedge == null) {
        return java.util.Optional.of(new Quantity(value.getAsLong(), b.getAsLong(), Qualifier.RANGE, m.start(), m.end()));
      }
      // "23 to 100" that does not rise is no range: keep the first number alone
      return java.util.Optional.of(hedged(hedge, value.getAsLong(), m.start(), m.end("a")));
    }
    if (m.group("plus") != null && hedge == null) { // "200+ civilian deaths", "it rose to 72 at least"
      return java.util.Optional.of(new Quantity(value.getAsLong(), null, Qualifier.AT_LEAST, m.start(), m.end()));
    }
    return java.util.Optional.of(hedged(hedge, value.getAsLong(), m.start(), m.end()));
  }

  private static Quantity hedged(String hedge, long n, int start, int end) {
    if (hedge == null) {
      return new Quantity(n, n, Qualifier.EXACT, start, end);
    }
    return switch (hedge) {
      case "more than", "over", "upwards of", "in excess of", "just over", "well over", "well above", "above" ->
          new Quantity(n + 1, null, Qualifier.MORE_THAN, start, end);
      case "at least", "no fewer than", "no less than", "a minimum of" -> new Quantity(n, null, Qualifier.AT_LEAST, start, end);
      case "up to", "as many as", "fewer than", "less than", "at most", "just under", "under", "a maximum of",
          "no more than", "not more than" ->
          new Quantity(0, n, Qualifier.UP_TO, start, end);
      default -> new Quantity(n, n, Qualifier.ABOUT, start, end);
    };
  }

  /**
   * "a" or "an" alone is an article, not the number one; a scale word alone ("million" in "$2 million") is the
   * tail of a number written otherwise.
   */
  private static boolean isArticleOnly(String words) {
    String w = words.strip().toLowerCase(Locale.ROOT);
    return w.equals("a") || w.equals("an") || w.matches("(hundred|thousand|million|dozen)\\b.*");
  }

  static OptionalLong value(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    Matcher digits = Pattern.compile("^(" + DIGITS + ")(?:\\s+(million|thousand|hundred))?$").matcher(w);
    if (digits.matches()) {
      double number = Double.parseDouble(digits.group(1).replace(",", ""));
      long scale = digits.group(2) == null ? 1 : NumberWords.SCALES.get(digits.group(2));
      double value = number * scale;
      return value > FigureLimits.MAX_COUNT ? OptionalLong.empty() : OptionalLong.of(Math.round(value));
    }
    OptionalLong words = NumberWords.parse(w);
    return words.isPresent() && words.getAsLong() > FigureLimits.MAX_COUNT ? OptionalLong.empty() : words;
  }
}
