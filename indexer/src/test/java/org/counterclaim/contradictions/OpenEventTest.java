package org.counterclaim.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.counterclaim.model.Category;
import org.counterclaim.model.Claim;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.Stance;
import org.junit.jupiter.api.Test;

/** The bounds an event keeps decide exactly what comparing a claim with each member would. */
class OpenEventTest {

  @Test
  void accepts_exactly_the_claims_compatible_with_every_member() {
    Random random = new Random(11);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 3_000; round++) {
      OpenEvent event = new OpenEvent();
      List<Claim> members = new ArrayList<>();
      int size = 1 + random.nextInt(6);
      for (int i = 0; i < size; i++) {
        Claim c = claim(random);
        members.add(c);
        event.add(c, Compatibility.Timing.of(c));
      }
      Claim candidate = claim(random);
      boolean expected = members.stream().allMatch(m -> Compatibility.sameTime(candidate, m));
      assertEquals(expected, event.accepts(Compatibility.Timing.of(candidate)), candidate + " vs " + members);
      if (expected) {
        accepted++;
      } else {
        refused++;
      }
    }
    // both answers are exercised often enough for the comparison to mean something
    assertEquals(true, accepted > 300 && refused > 300, accepted + " accepted, " + refused + " refused");
  }

  /** A claim with a stated date of day, month or year precision (or none) and a document date (or none). */
  private static Claim claim(Random random) {
    LocalDate base = LocalDate.of(2017, 6, 1);
    String when = switch (random.nextInt(5)) {
      case 0, 1 -> base.plusDays(random.nextInt(30) - 15).toString();
      case 2 -> base.plusDays(random.nextInt(90) - 45).toString().substring(0, 7);
      case 3 -> random.nextBoolean() ? "2017" : "2016";
      default -> null;
    };
    String date = random.nextInt(6) == 0 ? null : base.plusDays(random.nextInt(500) - 30).toString();
    return new Claim("f.txt", "0123456789abcdef", "t", date, 10, null, Qualifier.EXACT, Category.KILLED, "civilians",
        "Raqqa", when, "Amnesty International", null, Stance.REPORTED, "10 killed", 0, 9, "10 killed.");
  }
}
