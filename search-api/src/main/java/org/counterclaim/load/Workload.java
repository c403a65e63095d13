package org.counterclaim.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The mix of search requests a newsroom sends: words and phrases, facet filters, figure filters, date ranges, sorting
 * and paging, browsing everything, and a document page now and then. Each request is a path with its query string.
 */
final class Workload implements RequestMix {

  private static final List<String> WORDS = List.of("killed", "civilians", "strike", "children", "hospital",
      "investigation", "offensive", "toll", "injured", "displacement", "shelling", "humanitarian", "Raqqa", "Mosul",
      "Aleppo", "Gaza", "Kharkiv", "Khartoum", "Taiz", "Kunduz", "drone", "coalition", "ministry", "witnesses",
      "rubble", "aid", "convoy", "satellite", "documented", "deaths");
  private static final List<String> PHRASES = List.of("\"air strike\"", "\"civilians were killed\"",
      "\"death toll\"", "\"humanitarian law\"", "\"real number is higher\"", "\"could not be independently verified\"");
  private static final List<String> PLACES = List.of("Raqqa", "Mosul", "Aleppo", "Gaza", "Kharkiv", "Khartoum",
      "Taiz", "Kunduz", "Mariupol", "Idlib");
  private static final List<String> CATEGORIES = List.of("killed", "injured");

  private final Random random;
  private final List<String> documentIds;

  /** {@code documentIds}: ids to fetch documents by (a few hundred from the index); may be empty. */
  Workload(long seed, List<String> documentIds) {
    this.random = new Random(seed);
    this.documentIds = List.copyOf(documentIds);
  }

  @Override
  public Request next() {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return search("words", "q=" + encode(word() + (random.nextBoolean() ? " " + word() : "")));
    }
    if (roll < 55) {
      return search("phrase", "q=" + encode(pick(PHRASES)));
    }
    if (roll < 70) {
      return search("facet", "q=" + encode(word()) + "&place=" + encode(pick(PLACES)));
    }
    if (roll < 80) {
      return search("figures", "q=" + encode(word()) + "&figure_category=" + pick(CATEGORIES)
          + "&figure_min=" + (int) Math.pow(10, 1 + random.nextInt(3)));
    }
    if (roll < 88) {
      int from = 2014 + random.nextInt(9);
      return search("dates", "q=" + encode(word() + " date:[" + from + " TO " + (from + 1 + random.nextInt(3)) + "]")
          + "&sort=newest");
    }
    if (roll < 95) {
      return search("paging", "q=" + encode(word()) + "&page=" + (2 + random.nextInt(10)) + "&size=20");
    }
    if (roll < 97 || documentIds.isEmpty()) {
      return search("all", "q=");
    }
    return new Request("document", "/api/documents/" + pick(documentIds));
  }

  private static Request search(String kind, String query) {
    return new Request(kind, "/api/search?" + query);
  }

  private String word() {
    return pick(WORDS);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
