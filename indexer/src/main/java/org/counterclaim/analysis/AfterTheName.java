package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * A role written after a person's name: "Chris Woods of Airwars", or an appositive — "Sean Ryan, spokesman for
 * the US-led coalition", "Lynn Maalouf, Amnesty International's Middle East Research Director", "Richard Weir, a
 * researcher in the crisis and conflict division at Human Rights Watch", "Martin Griffiths, the UN's humanitarian
 * chief".
 */
final class AfterTheName {

  private static final Pattern OF_ORG = Pattern.compile("(?U)^\\s+(?:of|from|at|with)\\s+(?:the\\s+)?");
  private static final Pattern APPOSITIVE = Pattern.compile("(?U)"
      + "^\\s*,\\s*(?:(?:a|an|the)\\s+)?([^,;:\"“”()\\[\\]]{2,100}?)\\s*(?:,|\\.(?:\\s|$)|;|:|$|\\s+(?:said|says|told|added|stated)\\b)");
  private static final Pattern LINK = Pattern.compile("(?iU)\\s+(?:at|of|for|with|from|in)\\s+(?:the\\s+)?");

  private final TitleWords titles;
  private final Affiliations affiliations;

  AfterTheName(TitleWords titles, Affiliations affiliations) {
    this.titles = titles;
    this.affiliations = affiliations;
  }

  Roles.Role role(String text, Span sentence, EntityMention person, List<EntityMention> orgs) {
    String post = text.substring(person.end(), sentence.end());
    Matcher of = OF_ORG.matcher(post);
    if (of.find()) {
      int at = person.end() + of.end();
      Optional<EntityMention> o = orgs.stream().filter(m -> m.start() >= at - 4 && m.start() <= at).findFirst();
      if (o.isPresent()) {
        return new Roles.Role(null, null, o.get().canonical());
      }
    }
    Matcher appositive = APPOSITIVE.matcher(post);
    if (!appositive.find()) {
      return Roles.Role.NONE;
    }
    return appositive(text, person.end() + appositive.start(1), person.end() + appositive.end(1), orgs);
  }

  /** The role in an appositive's words [start, end): a title, then the organisation it links to, if any. */
  private Roles.Role appositive(String text, int start, int end, List<EntityMention> orgs) {
    List<Integer> linkStarts = new ArrayList<>();
    List<EntityMention> linked = new ArrayList<>();
    Matcher link = LINK.matcher(text).region(start, end);
    while (link.find()) {
      int linkStart = link.start();
      int orgStart = link.end();
      linkStarts.add(linkStart);
      orgs.stream().filter(o -> o.end() <= end && Roles.nameStart(o) > linkStart && Roles.nameStart(o) <= orgStart)
          .findFirst().ifPresent(linked::add);
    }
    // a title without a link ("Amnesty International's Middle East Research Director", "the UN's humanitarian
    // chief", "the former Afghan president"), else the words before the first link ("spokesman for …")
    Optional<Span> title = titles.whole(text, start, end);
    if (title.isEmpty() && !linkStarts.isEmpty()) {
      title = titles.whole(text, start, linkStarts.get(0));
    }
    // "… in the crisis and conflict division at Human Rights Watch": a known organisation, else the last one
    String employer = linked.stream().filter(affiliations::isKnown).findFirst()
        .or(() -> linked.stream().reduce((a, b) -> b)).map(EntityMention::canonical).orElse(null);
    if (title.isEmpty()) {
      // "Jane Doe, Amnesty International, said"; "Jane Doe, a member of Mwatana, said"
      Optional<EntityMention> whole = orgs.stream().filter(o -> Roles.nameStart(o) == start && o.end() == end)
          .findFirst();
      return whole.map(o -> new Roles.Role(null, null, o.canonical()))
          .orElse(linked.size() == 1 ? new Roles.Role(null, null, employer) : Roles.Role.NONE);
    }
    return Roles.Role.of(affiliations.split(text, title.get(), orgs), employer);
  }
}
