package org.counterclaim.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The contradictions view: the whole index's groups (cached per index version) and a place's groups. */
final class ContradictionsWorkload implements RequestMix {

  private static final List<String> PLACES = List.of("Raqqa", "Mosul", "Aleppo", "Gaza", "Kharkiv", "Khartoum");

  private final Random random;

  ContradictionsWorkload(long seed, List<String> documentIds) {
    this.random = new Random(seed);
  }

  @Override
  public Request next() {
    if (random.nextBoolean()) {
      return new Request("contradictions", "/api/contradictions");
    }
    String place = PLACES.get(random.nextInt(PLACES.size()));
    return new Request("contradictions?q", "/api/contradictions?q=" + URLEncoder.encode(place, StandardCharsets.UTF_8));
  }
}
