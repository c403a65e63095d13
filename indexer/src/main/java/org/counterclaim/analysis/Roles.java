package org.counterclaim.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * Reads the role and affiliation written around a person's name, in the ways news and statements write them:
 * before the name ("UK Defence Secretary Gavin Williamson", "Col. Scott Rawlinson", "Amnesty International's
 * Donatella Rovera", "Airwars director Chris Woods", "a senior adviser at Amnesty International, Donatella
 * Rovera") and after it ("Sean Ryan, spokesman for the US-led coalition", "Lynn Maalouf, Amnesty International's
 * Middle East Research Director", "Chris Woods of Airwars").
 */
final class Roles {

  /** What was found: a title with its span in the text, and an organisation (canonical); either may be empty. */
  record Role(String title, Span titleSpan, String organisation) {
    boolean isEmpty() {
      return title == null && organisation == null;
    }

    Role withOrganisation(String org) {
      return new Role(title, titleSpan, org);
    }
  }

  private static final Role NONE = new Role(null, null, null);
  private static final Pattern RANK = Pattern.compile(
      "(?:^|\\s)((?:Lt\\.?\\s+|Lieutenant\\s+|Brig\\.?\\s+|Brigadier\\s+|Maj\\.?\\s+|Major\\s+)?"
          + "(?:Col|Gen|Maj|Capt|Cpt|Lt|Brig|Sgt|Adm|Cmdr|Cdr|Col\\.|Colonel|General|Major|Captain|Lieutenant"
          + "|Admiral|Commander|Sergeant|Commodore)\\.?)\\s+$");
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?U)['’]s\\s+$");
  private static final Pattern LINK = Pattern.compile("(?U)\\s+(?:at|of|for|with|from|in)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern APPOSITIVE = Pattern.compile("(?U)"
      + "^\\s*,\\s*(?:(?:a|an|the)\\s+)?([^,;:\"“”()\\[\\]]{2,100}?)\\s*(?:,|\\.(?:\\s|$)|;|:|$|\\s+(?:said|says|told|added|stated)\\b)");
  private static final Pattern OF_ORG = Pattern.compile("(?U)^\\s+(?:of|from|at|with)\\s+(?:the\\s+)?");
  private static final Set<String> MODIFIERS = Set.of("senior", "deputy", "chief", "acting", "former", "regional",
      "general", "legal", "political", "military", "press", "crisis", "research", "country", "executive",
      "emergency", "humanitarian", "foreign", "defence", "defense", "interior", "public", "media", "lead", "joint",
      "principal", "assistant", "associate", "special", "vice", "under", "permanent", "national", "international",
      "communications", "affairs", "information", "programme", "program", "field", "health", "top");

  private final Gazetteer gazetteer;

  Roles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The role written around one mention of a person, within its sentence. */
  Role around(String text, Span sentence, EntityMention person, List<EntityMention> organisations) {
    Role after = after(text, sentence, person, organisations);
    Role before = before(text, sentence, person, organisations);
    return new Role(
        before.title() != null ? before.title() : after.title(),
        before.title() != null ? before.titleSpan() : after.titleSpan(),
        before.organisation() != null ? before.organisation() : after.organisation());
  }

  private Role before(String text, Span sentence, EntityMention person, List<EntityMention> orgs) {
    String pre = text.substring(sentence.start(), person.start());
    Matcher rank = RANK.matcher(pre);
    String org = null;
    Optional<EntityMention> possessor = orgEndingAt(orgs, person.start(), text);
    if (possessor.isPresent() && POSSESSIVE_END.matcher(pre).find()) {
      org = possessor.get().canonical();
    }
    if (rank.find()) {
      int start = sentence.start() + rank.start(1);
      return new Role(rank.group(1).strip(), new Span(start, start + rank.group(1).strip().length()), org);
    }
    Optional<Span> title = titleEndingAt(text, sentence.start(), person.start());
    if (title.isPresent()) {
      Span t = title.get();
      // "UK Defence Secretary", "Airwars director": an organisation that opens the run is the affiliation.
      Optional<EntityMention> opening = orgs.stream()
          .filter(o -> o.start() <= t.start() && o.end() > t.start() && o.end() < t.end()).findFirst();
      if (opening.isPresent()) {
        int titleStart = opening.get().end();
        while (titleStart < t.end() && !Character.isLetter(text.charAt(titleStart))) {
          titleStart++;
        }
        if (text.startsWith("s ", titleStart) && titleStart > 0 && "'’".indexOf(text.charAt(titleStart - 1)) >= 0) {
          titleStart += 2;
        }
        Span rest = new Span(titleStart, t.end());
        return new Role(text.substring(rest.start(), rest.end()), rest, opening.get().canonical());
      }
      String titleOrg = orgs.stream().filter(o -> o.start() >= sentence.start() && o.end() <= t.start()
          && text.substring(o.end(), t.start()).matches("(?:['’]s)?\\s*")).map(EntityMention::canonical)
          .findFirst().orElse(org);
      return new Role(text.substring(t.start(), t.end()), t, titleOrg);
    }
    // "a senior adviser at Amnesty International, Donatella Rovera"
    Matcher comma = Pattern.compile(",\\s*$").matcher(pre);
    if (comma.find()) {
      int orgEnd = sentence.start() + comma.start();
      Optional<EntityMention> o = orgs.stream().filter(m -> m.end() == orgEnd).findFirst();
      if (o.isPresent()) {
        String between = text.substring(sentence.start(), o.get().start());
        Matcher link = Pattern.compile("(?i)\\s+(?:at|of|for|with)\\s+(?:the\\s+)?$").matcher(between);
        if (link.find()) {
          Optional<Span> t = titleEndingAt(text, sentence.start(), sentence.start() + link.start());
          if (t.isPresent()) {
            return new Role(text.substring(t.get().start(), t.get().end()), t.get(), o.get().canonical());
          }
        }
      }
    }
    return new Role(null, null, org);
  }

  private Role after(String text, Span sentence, EntityMention person, List<EntityMention> orgs) {
    String post = text.substring(person.end(), sentence.end());
    Matcher of = OF_ORG.matcher(post);
    if (of.find()) {
      int at = person.end() + of.end();
      Optional<EntityMention> o = orgs.stream().filter(m -> m.start() >= at - 4 && m.start() <= at).findFirst();
      if (o.isPresent()) {
        return new Role(null, null, o.get().canonical());
      }
    }
    Matcher appositive = APPOSITIVE.matcher(post);
    if (!appositive.find()) {
      return NONE;
    }
    int bodyStart = person.end() + appositive.start(1);
    int bodyEnd = person.end() + appositive.end(1);
    List<EntityMention> inside = orgs.stream().filter(o -> o.start() >= bodyStart && o.end() <= bodyEnd).toList();
    Optional<Span> title;
    String org = null;
    if (!inside.isEmpty() && inside.get(0).start() == bodyStart) {
      // "Amnesty International's Middle East Research Director", "Amnesty International Senior Crisis Response Adviser"
      EntityMention o = inside.get(0);
      org = o.canonical();
      int titleStart = o.end();
      while (titleStart < bodyEnd && !Character.isLetter(text.charAt(titleStart))) {
        titleStart++;
      }
      if (text.startsWith("s ", titleStart) && (text.charAt(titleStart - 1) == '\'' || text.charAt(titleStart - 1) == '’')) {
        titleStart += 2;
      }
      title = titleSpan(text, titleStart, bodyEnd);
    } else {
      // "spokesman for the US-led coalition", "Middle East Researcher at Amnesty International"
      Matcher link = LINK.matcher(text.substring(bodyStart, bodyEnd));
      int titleEnd = bodyEnd;
      if (link.find()) {
        int orgStart = bodyStart + link.end();
        titleEnd = bodyStart + link.start();
        int linkStart = bodyStart + link.start();
        org = inside.stream().filter(o -> o.start() > linkStart && o.start() <= orgStart)
            .map(EntityMention::canonical).findFirst().orElse(null);
      }
      title = titleSpan(text, bodyStart, titleEnd);
    }
    if (title.isEmpty() && org == null) {
      return NONE;
    }
    return title.map(t -> new Role(text.substring(t.start(), t.end()), t, null)).orElse(NONE)
        .withOrganisation(org);
  }

  /** The text in [start, end) when it is a title: words ending in a title word, the others capitalised or modifiers. */
  private Optional<Span> titleSpan(String text, int start, int end) {
    String candidate = text.substring(start, end).strip();
    if (candidate.isEmpty()) {
      return Optional.empty();
    }
    String[] words = candidate.split("\\s+");
    if (words.length > 7 || !gazetteer.isTitleWord(clean(words[words.length - 1]))) {
      return Optional.empty();
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!isTitleModifier(words[i])) {
        return Optional.empty();
      }
    }
    int s = text.indexOf(candidate, start);
    return Optional.of(new Span(s, s + candidate.length()));
  }

  /** The longest run of title words that ends right before {@code end} ("UK Defence Secretary ", "director "). */
  private Optional<Span> titleEndingAt(String text, int floor, int end) {
    String pre = text.substring(floor, end);
    if (!pre.endsWith(" ")) {
      return Optional.empty();
    }
    String[] words = pre.strip().split("\\s+");
    if (words.length == 0 || !gazetteer.isTitleWord(clean(words[words.length - 1]))) {
      return Optional.empty();
    }
    int first = words.length - 1;
    while (first > 0 && words.length - first < 6 && isTitleModifier(words[first - 1])) {
      first--;
    }
    String title = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    int s = text.lastIndexOf(title, end);
    return s < floor ? Optional.empty() : Optional.of(new Span(s, s + title.length()));
  }

  private boolean isTitleModifier(String word) {
    String w = clean(word);
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || MODIFIERS.contains(w.toLowerCase(Locale.ROOT))
        || gazetteer.isTitleWord(w));
  }

  private static String clean(String word) {
    return word.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
  }

  private static Optional<EntityMention> orgEndingAt(List<EntityMention> orgs, int personStart, String text) {
    return orgs.stream().filter(o -> o.end() <= personStart && o.end() >= personStart - 4
        && text.substring(o.end(), personStart).matches("(?U)(?:['’]s?)?\\s+")).findFirst();
  }
}
