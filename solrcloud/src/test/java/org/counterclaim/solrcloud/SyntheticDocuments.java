package org.counterclaim.solrcloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.Category;
import org.counterclaim.model.DocumentType;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.SourceDocument;
import org.counterclaim.model.Stance;

/**
 * Analysed documents made up from a seed, without CoreNLP: texts with people, organisations and places at known
 * offsets, casualty figures with claimants, dates, publishers, types, and attachments, so that both backends can be
 * filled with the same thousand documents in seconds. Skewed choices give facet values of many different counts.
 */
final class SyntheticDocuments {

  private static final List<String> WORDS = List.of("strike", "strikes", "killed", "civilians", "hospital",
      "school", "market", "convoy", "shelling", "investigation", "report", "reported", "statement", "officials",
      "denied", "confirmed", "residents", "village", "district", "airstrike", "artillery", "drone", "attack",
      "attacks", "wounded", "injured", "missing", "families", "children", "women", "soldiers", "fighters", "bodies",
      "rubble", "ministry", "health", "coalition", "forces", "rebels", "militia", "ceasefire", "talks", "aid",
      "water", "fuel", "medical", "supplies", "evacuation", "border", "crossing", "checkpoint", "night", "morning",
      "witnesses", "said", "claimed", "according", "toll", "death", "rose", "estimate", "figures", "verified",
      "independent", "journalists", "access", "restricted", "camp", "displaced", "refugees", "winter", "bombing",
      "raqqa", "raqa", "mosul", "strikes", "striking", "kills", "killing", "protest", "curfew", "bridge");
  private static final List<String> STOP = List.of("the", "of", "in", "and", "a", "to", "was", "by", "on", "at");
  private static final List<String> PEOPLE = names("Person", 60);
  private static final List<String> ORGS = names("Organisation", 40);
  private static final List<String> PLACES = List.of("Raqqa", "Mosul", "Aleppo", "Idlib", "Hodeidah", "Taiz",
      "Sanaa", "Marib", "Kandahar", "Helmand", "Kunduz", "Gaza", "Rafah", "Kharkiv", "Mariupol", "Bakhmut",
      "Khartoum", "Nyala", "Mogadishu", "Tripoli", "Benghazi", "Sirte", "Fallujah", "Tikrit", "Kobani", "Hama",
      "Homs", "Deir", "Manbij", "Afrin");
  private static final List<String> PUBLISHERS = names("Publisher", 15);
  private static final List<String> CATEGORIES = List.of("killed", "injured", "casualties", "missing");
  private static final List<String> VICTIMS = List.of("civilians", "children", "fighters", "soldiers", "people");

  private final Random random;

  SyntheticDocuments(long seed) {
    this.random = new Random(seed);
  }

  /** {@code files} files; about one in six has one or two attachments. Each list is one file's documents. */
  List<List<AnalysedDocument>> files(int files) {
    List<List<AnalysedDocument>> all = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      String rootId = ContentHash.idOf(ContentHash.sha256("synthetic-" + i));
      String path = "synthetic/doc-" + i + ".txt";
      List<AnalysedDocument> family = new ArrayList<>();
      family.add(document(rootId, rootId, null, path));
      if (random.nextInt(6) == 0) {
        for (int c = 0; c <= random.nextInt(2); c++) {
          String childPath = path + "!/attachment-" + c + ".txt";
          family.add(document(ContentHash.embeddedId(rootId, childPath), rootId, rootId, childPath));
        }
      }
      all.add(family);
    }
    return all;
  }

  private AnalysedDocument document(String id, String rootId, String parentId, String path) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    List<CasualtyFigure> figures = new ArrayList<>();
    List<Official> officials = new ArrayList<>();
    int sentences = 2 + random.nextInt(10);
    for (int s = 0; s < sentences; s++) {
      int start = text.length();
      int words = 5 + random.nextInt(15);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append(random.nextInt(4) == 0 ? pick(STOP) : skewed(WORDS));
      }
      int kind = random.nextInt(5);
      if (kind == 0) {
        mention(text, entities, "PERSON", skewed(PEOPLE));
      } else if (kind == 1) {
        mention(text, entities, "ORGANIZATION", skewed(ORGS));
      } else if (kind == 2) {
        mention(text, entities, pick(List.of("CITY", "COUNTRY")), skewed(PLACES));
      } else if (kind == 3 && figures.size() < 4) {
        figures.add(figure(text));
      }
      text.append(". ");
      if (random.nextInt(20) == 0) {
        text.append("\n\n");
      }
      if (kind == 0 && random.nextInt(3) == 0) {
        officials.add(new Official(entities.get(entities.size() - 1).canonical(), "spokesperson", skewed(ORGS), 1));
      }
      assert start <= text.length();
    }
    String date = random.nextInt(8) == 0 ? null : date();
    SourceDocument source = new SourceDocument(id, rootId, parentId, path, ContentHash.sha256(path), "text/plain",
        random.nextInt(3) == 0 ? "pdf" : "txt", title(), date, random.nextInt(10) == 0 ? null : skewed(PUBLISHERS),
        DocumentType.values()[random.nextInt(DocumentType.values().length)], random.nextInt(5) == 0 ? "fr" : "en",
        text.toString(), false, text.length(), Map.of("author", List.of(skewed(PEOPLE))));
    return new AnalysedDocument(source, date, List.of(), entities, officials, figures);
  }

  private void mention(StringBuilder text, List<EntityMention> entities, String type, String name) {
    text.append(" ").append(pick(STOP)).append(" ");
    int start = text.length();
    text.append(name);
    entities.add(new EntityMention(type, name, name, start, text.length()));
  }

  private CasualtyFigure figure(StringBuilder text) {
    long min = (long) Math.pow(10, random.nextInt(5)) * (1 + random.nextInt(9));
    Long max = random.nextInt(3) == 0 ? null : min + random.nextInt(50);
    String category = skewed(CATEGORIES);
    String victims = random.nextInt(4) == 0 ? null : pick(VICTIMS);
    String words = min + " " + (victims == null ? "people" : victims) + " " + category;
    text.append(" with ");
    int start = text.length();
    text.append(words);
    String claimant = random.nextInt(5) == 0 ? null : skewed(ORGS);
    return new CasualtyFigure(min, max, max == null ? Qualifier.AT_LEAST : Qualifier.RANGE, Category.of(category),
        victims, skewed(PLACES), null, claimant, null, "said", Stance.CLAIMED, words, start, text.length(), words);
  }

  private String title() {
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < 3 + random.nextInt(6); w++) {
      title.append(w == 0 ? "" : " ").append(skewed(WORDS));
    }
    return title.toString();
  }

  private String date() {
    int year = 2014 + random.nextInt(7);
    return switch (random.nextInt(4)) {
      case 0 -> Integer.toString(year);
      case 1 -> year + "-" + two(1 + random.nextInt(12));
      default -> year + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
    };
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Early entries far more often than late ones. */
  private <T> T skewed(List<T> list) {
    double u = random.nextDouble();
    return list.get((int) (u * u * list.size()));
  }

  private static List<String> names(String kind, int count) {
    List<String> names = new ArrayList<>();
    String[] letters = {"Alpha", "Bravo", "Carter", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"};
    for (int i = 0; i < count; i++) {
      names.add(letters[i % letters.length] + " " + kind + " " + (char) ('A' + i / letters.length));
    }
    return names;
  }
}
