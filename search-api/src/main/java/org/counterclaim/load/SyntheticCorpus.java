package org.counterclaim.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of made-up but realistic press statements, wire reports and NGO letters for the load test:
 * casualty figures with hedges and claimants, officials with titles, places and dates, in varied order, so the
 * index has the facets, figures and text a real one has. Seeded: the same seed gives the same files.
 */
public final class SyntheticCorpus {

  private static final List<String> PLACES = List.of("Raqqa", "Mosul", "Aleppo", "Idlib", "Deir ez-Zor", "Hodeidah",
      "Taiz", "Sanaa", "Marib", "Kandahar", "Helmand", "Kunduz", "Gaza", "Rafah", "Khan Younis", "Kharkiv", "Mariupol",
      "Bakhmut", "El Fasher", "Khartoum", "Nyala", "Mogadishu", "Tripoli", "Benghazi", "Sirte", "Fallujah", "Tikrit",
      "Kobani", "Hama", "Homs");
  private static final List<String> CLAIMANTS = List.of("the Ministry of Health", "the United Nations",
      "Amnesty International", "Human Rights Watch", "the International Committee of the Red Cross",
      "the Syrian Observatory for Human Rights", "Airwars", "the coalition", "the defence ministry",
      "local officials", "Médecins Sans Frontières", "the World Health Organization", "the civil defence",
      "the army", "UNICEF");
  private static final List<String> FIRST = List.of("Sarah", "Ahmed", "Maria", "John", "Fatima", "Oleksandr", "Amina",
      "David", "Leila", "Peter", "Nadia", "Omar", "Elena", "James", "Hassan", "Ruth", "Karim", "Anna");
  private static final List<String> LAST = List.of("Haddad", "Collins", "Petrenko", "Mahmoud", "Okafor", "Schmidt",
      "Rahman", "Novak", "Alvarez", "Brennan", "Yusuf", "Lindqvist", "Tanaka", "Khalil", "Moreau", "Osei");
  private static final List<String> TITLES = List.of("spokesman", "spokeswoman", "director", "senior researcher",
      "deputy minister", "country representative", "head of mission", "military spokesman");
  private static final List<String> ATTACKS = List.of("air strike", "artillery shelling", "drone attack",
      "car bomb", "missile strike", "ground offensive", "rocket attack", "suicide bombing");
  private static final List<String> HEDGES = List.of("", "", "more than ", "at least ", "nearly ", "about ",
      "up to ", "over ");
  private static final List<String> VICTIMS = List.of("civilians", "people", "children", "women and children",
      "fighters", "soldiers", "aid workers", "patients");
  private static final List<String> FILLER = List.of(
      "Residents described streets reduced to rubble and families digging through debris by hand.",
      "Hospitals in the area reported shortages of blood, fuel and anaesthetics.",
      "Access for independent investigators remains restricted, and communications were cut for several days.",
      "The statement called on all parties to respect international humanitarian law and to protect civilians.",
      "Witnesses said the warning came minutes before the strike, leaving little time to flee.",
      "Aid convoys were unable to reach the district because of continued fighting.",
      "The figures could not be independently verified.",
      "Officials promised an investigation into the circumstances of the attack.",
      "Displacement camps on the edge of the city are overcrowded, and winter is approaching.",
      "Satellite imagery reviewed by researchers shows at least a dozen destroyed buildings.");

  private final Random random;

  public SyntheticCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code count} files {@code prefix-00001.txt}… into {@code folder}; returns how many bytes were written. */
  public long write(Path folder, String prefix, int count) throws IOException {
    Files.createDirectories(folder);
    long bytes = 0;
    for (int i = 1; i <= count; i++) {
      byte[] text = document().getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format("%s-%05d.txt", prefix, i)), text);
      bytes += text.length;
    }
    return bytes;
  }

  /** One document: a headline, a dateline and four to eight paragraphs. */
  String document() {
    String place = pick(PLACES);
    LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3650));
    String attack = pick(ATTACKS);
    StringBuilder text = new StringBuilder();
    int killed = figure();
    text.append(headline(place, attack, killed)).append("\n\n");
    text.append(place.toUpperCase()).append(", ").append(date).append(" — ");
    text.append(lead(place, attack, killed, date)).append("\n\n");
    int paragraphs = 3 + random.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      text.append(paragraph(place, killed)).append("\n\n");
    }
    return text.toString();
  }

  private String headline(String place, String attack, int killed) {
    return switch (random.nextInt(3)) {
      case 0 -> killed + " killed in " + attack + " on " + place;
      case 1 -> "Death toll rises after " + attack + " in " + place;
      default -> capitalise(pick(CLAIMANTS)) + " disputes figures for " + place + " " + attack;
    };
  }

  private String lead(String place, String attack, int killed, LocalDate date) {
    return "A " + attack + " on " + place + " on " + date.getDayOfMonth() + " " + month(date) + " killed "
        + pick(HEDGES) + killed + " " + pick(VICTIMS) + " and injured " + pick(HEDGES) + (killed * (2 + random.nextInt(4)))
        + ", " + pick(CLAIMANTS) + " said.";
  }

  private String paragraph(String place, int killed) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        p.append(' ');
      }
      p.append(switch (random.nextInt(5)) {
        case 0 -> quote(place, killed);
        case 1 -> "According to " + pick(CLAIMANTS) + ", " + pick(HEDGES) + other(killed) + " " + pick(VICTIMS)
            + " were killed in " + place + " since the start of the offensive.";
        case 2 -> capitalise(pick(CLAIMANTS)) + " put the toll at " + other(killed) + " dead, including "
            + Math.max(1, killed / (2 + random.nextInt(5))) + " children.";
        default -> pick(FILLER);
      });
    }
    return p.toString();
  }

  private String quote(String place, int killed) {
    String name = pick(FIRST) + " " + pick(LAST);
    return "\u201CWe have documented " + pick(HEDGES) + other(killed) + " deaths in " + place
        + ", and the real number is higher,\u201D said " + name + ", " + pick(TITLES) + " at "
        + stripArticle(pick(CLAIMANTS)) + ".";
  }

  private int figure() {
    int scale = random.nextInt(4);
    return switch (scale) {
      case 0 -> 2 + random.nextInt(20);
      case 1 -> 20 + random.nextInt(180);
      case 2 -> 200 + random.nextInt(1800);
      default -> 2000 + random.nextInt(20000);
    };
  }

  /** Another source's figure for the same event: between half and three times the first. */
  private int other(int killed) {
    return Math.max(1, (int) (killed * (0.5 + random.nextDouble() * 2.5)));
  }

  private String month(LocalDate date) {
    String name = date.getMonth().name();
    return name.charAt(0) + name.substring(1).toLowerCase();
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String stripArticle(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
