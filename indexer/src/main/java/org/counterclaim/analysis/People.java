package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;

/**
 * The people a text names: the NER's PERSON mentions, cleaned (pronouns dropped, photo credits and bylines set
 * apart) and grouped, so that "Rovera" and "Amnesty's Rovera" later in a text resolve to "Donatella Rovera".
 */
final class People {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
      "i", "we", "you", "it", "who", "mr", "mrs", "ms");
  /** "[File: Aboud Hamam/Reuters]", "Photo: …", "(AP Photo/Hussein Malla)", "Credit: …". */
  private static final Pattern CREDIT_BEFORE = Pattern.compile(
      "(?i)(photo|picture|image|file|credit|illustration|video|photograph)\\w*\\s*(by)?\\s*[:/]?\\s*$");
  private static final Pattern CREDIT_AFTER = Pattern.compile("^\\s*/\\s*\\p{Lu}");
  /** "-Galloway" after "Adrian Rankine": the NER cuts a hyphenated surname at its hyphen. */
  private static final Pattern HYPHENATED_TAIL = Pattern.compile("(?U)[-‐]\\p{Lu}[\\p{L}'’]+");
  private static final Pattern BYLINE_BEFORE = Pattern.compile("(?m)^\\s*(By|Reporting by|Written by|Editing by)\\s+$");

  /** One person: the full name and every mention of them. */
  record Person(String name, List<EntityMention> mentions, boolean credit) {
    String lastName() {
      String[] words = name.split("\\s+");
      return words[words.length - 1];
    }
  }

  private final List<Person> people;

  private People(List<Person> people) {
    this.people = people;
  }

  List<Person> all() {
    return people;
  }

  /** Groups the PERSON mentions of a text into people. */
  static People of(String text, List<EntityMention> personMentions) {
    Map<String, Person> byName = new LinkedHashMap<>();
    List<EntityMention> shortOnes = new ArrayList<>();
    for (EntityMention m : joinHyphenated(text, personMentions)) {
      String name = m.text().strip().replaceFirst("^[“\"‘']+", "").replaceFirst("['’]s$", "");
      if (name.isEmpty() || PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      if (name.split("\\s+").length == 1) {
        shortOnes.add(m);
        continue;
      }
      boolean credit = isCredit(text, m);
      Person person = byName.computeIfAbsent(name, n -> new Person(n, new ArrayList<>(), credit));
      person.mentions().add(m);
    }
    for (EntityMention m : shortOnes) {
      String word = m.text().strip().replaceFirst("['’]s$", "");
      byName.values().stream().filter(p -> p.lastName().equals(word) || p.name().startsWith(word + " "))
          .findFirst()
          .ifPresentOrElse(p -> p.mentions().add(m),
              () -> byName.computeIfAbsent(word, n -> new Person(n, new ArrayList<>(), isCredit(text, m)))
                  .mentions().add(m));
    }
    return new People(new ArrayList<>(byName.values()));
  }

  /** The mentions with a hyphenated surname made whole: "Adrian Rankine" + "-Galloway" → "Adrian Rankine-Galloway". */
  static List<EntityMention> joinHyphenated(String text, List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::start));
    List<EntityMention> joined = new ArrayList<>();
    int covered = -1;
    for (EntityMention m : sorted) {
      if (m.start() < covered) {
        continue;
      }
      int end = m.end();
      Matcher tail = HYPHENATED_TAIL.matcher(text);
      while (tail.region(end, text.length()).lookingAt()) {
        end = tail.end();
      }
      covered = end;
      String name = text.substring(m.start(), end);
      joined.add(end == m.end() ? m : new EntityMention(m.type(), name, name, m.start(), end));
    }
    return joined;
  }

  /** A photo credit or a byline names a person who takes no part in what the text reports. */
  static boolean isCredit(String text, EntityMention m) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
    String before = text.substring(Math.max(lineStart, m.start() - 40), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 5));
    return CREDIT_BEFORE.matcher(before).find() || CREDIT_AFTER.matcher(after).find()
        || BYLINE_BEFORE.matcher(text.substring(lineStart, m.start())).matches();
  }
}
