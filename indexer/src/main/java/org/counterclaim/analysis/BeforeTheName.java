package org.counterclaim.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * A role written before a person's name: a rank ("Col.", "Lt. Gen."), a title with its organisation or country
 * ("UK Defence Secretary", "Airwars director", "Ukraine's Foreign Minister", "UN Special Envoy for Yemen"), an
 * organisation's possessive ("Amnesty International's Donatella Rovera"), or a title and organisation set off by a
 * comma ("a senior adviser at Amnesty International, Donatella Rovera").
 */
final class BeforeTheName {

  private static final Pattern RANK = Pattern.compile(
      "(?:^|\\s)((?:Lt\\.?\\s+|Lieutenant\\s+|Brig\\.?\\s+|Brigadier\\s+|Maj\\.?\\s+|Major\\s+)?"
          + "(?:Col|Gen|Maj|Capt|Cpt|Lt|Brig|Sgt|Adm|Cmdr|Cdr|Col\\.|Colonel|General|Major|Captain|Lieutenant"
          + "|Admiral|Commander|Sergeant|Commodore)\\.?)\\s+$");
  /** "Amnesty International's ", "Physicians for Human Rights' ". */
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?U)(?:['’]s|s['’])\\s+$");
  private static final Pattern COMMA_END = Pattern.compile(",\\s*$");
  private static final Pattern LINK_END = Pattern.compile("(?i)\\s+(?:at|of|for|with|from)\\s+(?:the\\s+)?$");

  private final TitleWords titles;
  private final Affiliations affiliations;

  BeforeTheName(TitleWords titles, Affiliations affiliations) {
    this.titles = titles;
    this.affiliations = affiliations;
  }

  Roles.Role role(String text, Span sentence, EntityMention person, List<EntityMention> orgs) {
    String pre = text.substring(sentence.start(), person.start());
    String possessor = orgEndingAt(orgs, person.start(), text)
        .filter(o -> POSSESSIVE_END.matcher(pre).find()).map(EntityMention::canonical).orElse(null);
    Matcher rank = RANK.matcher(pre);
    if (rank.find()) {
      // "Col. Scott Rawlinson"; "Coalition spokesman Col. Ryan Dillon" adds the organisation
      int start = sentence.start() + rank.start(1);
      String title = rank.group(1).strip();
      String org = possessor != null ? possessor : titleBefore(text, sentence, start, orgs)
          .map(Roles.Role::organisation).orElse(null);
      return new Roles.Role(title, new Span(start, start + title.length()), org);
    }
    if (!pre.isEmpty() && Character.isWhitespace(pre.charAt(pre.length() - 1))) {
      Optional<Roles.Role> title = titleBefore(text, sentence, person.start(), orgs);
      if (title.isPresent()) {
        return title.get().organisation() == null ? title.get().withOrganisation(possessor) : title.get();
      }
    }
    return titleAndOrganisationThenComma(text, sentence, pre, orgs).orElse(new Roles.Role(null, null, possessor));
  }

  /** A title that ends right before {@code end}, with its organisation (in it, or just before it). */
  private Optional<Roles.Role> titleBefore(String text, Span sentence, int end, List<EntityMention> orgs) {
    return titles.endingAt(text, sentence.start(), end).map(t -> {
      // "the US-led coalition spokesman": the organisation written just before the title
      String before = orgs.stream().filter(o -> o.start() >= sentence.start() && o.end() <= t.start()
          && text.substring(o.end(), t.start()).matches("(?U)(?:['’]s)?\\s*")).map(EntityMention::canonical)
          .findFirst().orElse(null);
      return Roles.Role.of(affiliations.split(text, t, orgs), before);
    });
  }

  /** "a senior adviser at Amnesty International, Donatella Rovera". */
  private Optional<Roles.Role> titleAndOrganisationThenComma(String text, Span sentence, String pre,
                                                            List<EntityMention> orgs) {
    Matcher comma = COMMA_END.matcher(pre);
    if (!comma.find()) {
      return Optional.empty();
    }
    int orgEnd = sentence.start() + comma.start();
    Optional<EntityMention> org = orgs.stream().filter(m -> m.end() == orgEnd).findFirst();
    if (org.isEmpty()) {
      return Optional.empty();
    }
    Matcher link = LINK_END.matcher(text.substring(sentence.start(), org.get().start()));
    if (!link.find()) {
      return Optional.empty();
    }
    return titles.endingAt(text, sentence.start(), sentence.start() + link.start())
        .map(t -> new Roles.Role(text.substring(t.start(), t.end()), t, org.get().canonical()));
  }

  /** The organisation whose name (or possessive) ends right before a person's name. */
  private static Optional<EntityMention> orgEndingAt(List<EntityMention> orgs, int personStart, String text) {
    return orgs.stream().filter(o -> o.end() <= personStart && o.end() >= personStart - 4
        && text.substring(o.end(), personStart).matches("(?U)(?:['’]s?)?\\s+")).findFirst();
  }
}
