package org.counterclaim.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a folder of short plain-text press statements about attacks on civilians, varied by a seeded random
 * generator (issuer, place, event, figures, speaker, quote) so that no two read alike. Each carries a reference
 * number of its own ({@code PS-2017-0042}), a phrase found in that statement only.
 */
final class PressStatements {

  private static final String[][] ISSUERS = {
      {"The UN Office for the Coordination of Humanitarian Affairs", "OCHA"},
      {"The International Committee of the Red Cross", "ICRC"},
      {"Amnesty International", "Amnesty"},
      {"Human Rights Watch", "HRW"},
      {"Médecins Sans Frontières", "MSF"},
      {"The Ministry of Health", "the ministry"},
      {"The Syrian Observatory for Human Rights", "the Observatory"},
      {"Airwaves", "Airwaves"},
  };
  private static final String[] SPEAKERS = {
      "Lynn Maalouf, Middle East research director", "Fabrizio Carboni, regional director",
      "Lise Grande, humanitarian coordinator", "Ole Solvang, deputy emergencies director",
      "Rami Abdulrahman, director", "Dr Ahmad al-Hamid, a spokesperson", "Ursula Mueller, assistant secretary-general",
      "Joanne Mariner, senior crisis adviser", "Karim Khan, field coordinator", "Jan Egeland, secretary general",
  };
  private static final String[] PLACES = {
      "Raqqa", "Mosul", "Aleppo", "Idlib", "Deir ez-Zor", "Hodeidah", "Taiz", "Kunduz", "Sanaa", "Tal Afar",
      "Maarat al-Numan", "Saada", "Hajjah", "Manbij", "Hawija", "Ariha",
  };
  private static final String[] EVENTS = {
      "an air strike on a crowded market", "artillery shelling of a residential district",
      "a car bomb near a checkpoint", "an attack on a hospital", "a strike on a school sheltering displaced families",
      "a barrel bomb dropped on a bakery queue", "mortar fire on a camp for displaced people",
      "an explosion at a water distribution point", "a drone strike on a wedding party",
      "rocket fire on a bus station",
  };
  private static final String[] QUOTES = {
      "Civilians must never be a target, and those responsible must be held to account",
      "Our teams treated the wounded through the night, but many arrived too late",
      "This attack shows a shocking disregard for the lives of ordinary people",
      "Families are still searching the rubble for their relatives",
      "We call for an independent investigation without delay",
      "The hospital ran out of blood within hours",
      "Every party to this conflict is bound by international humanitarian law",
      "Children are paying the heaviest price of this war",
  };
  private static final String[] FOLLOW_UPS = {
      "Local officials said the toll could rise as rescue workers reach collapsed buildings.",
      "The coalition said it was reviewing the report and that it takes all allegations seriously.",
      "Witnesses told researchers that no warning was given before the attack.",
      "Health workers said the nearest functioning hospital is more than two hours away.",
      "The government denied responsibility and blamed armed groups operating in the area.",
      "Residents said the area had no military objective at the time of the strike.",
      "Aid convoys have been unable to reach the district for three weeks.",
      "Satellite images reviewed by researchers show at least four destroyed buildings.",
  };
  private static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
  };

  private PressStatements() {}

  /** Writes {@code count} statements into {@code folder} as {@code statement-0001.txt} and on; returns their paths. */
  static List<Path> write(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "statement-%04d.txt", n));
      Files.writeString(file, statement(n, random), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /** The reference number of statement {@code n}, written in it once and nowhere else. */
  static String reference(int n) {
    return String.format(Locale.ROOT, "PS-2017-%04d", n);
  }

  private static String statement(int n, Random random) {
    String[] issuer = pick(ISSUERS, random);
    String place = pick(PLACES, random);
    String event = pick(EVENTS, random);
    int killed = 3 + random.nextInt(120);
    int children = random.nextInt(Math.max(1, killed / 3));
    int injured = killed + random.nextInt(200);
    int day = 1 + random.nextInt(28);
    String month = pick(MONTHS, random);
    String speaker = pick(SPEAKERS, random);
    return issuer[0] + " statement on " + event.replaceFirst("^an? ", "") + " in " + place + "\n\n"
        + place + ", " + day + " " + month + " 2017 — " + issuer[0] + " is deeply concerned by reports that "
        + event + " in " + place + " killed at least " + killed + " civilians, including " + children
        + " children, and injured " + injured + " others.\n\n"
        + "\"" + pick(QUOTES, random) + ",\" said " + speaker + " at " + issuer[1] + ".\n\n"
        + pick(FOLLOW_UPS, random) + "\n\n"
        + "Reference: " + reference(n) + ".\n";
  }

  private static <T> T pick(T[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}
