package org.counterclaim.analysis;

import java.util.List;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * Reads the role and affiliation written around a person's name, in the ways news and statements write them:
 * before the name ({@link BeforeTheName}: "UK Defence Secretary Gavin Williamson", "Col. Scott Rawlinson") and
 * after it ({@link AfterTheName}: "Sean Ryan, spokesman for the US-led coalition", "Chris Woods of Airwars").
 * What is written before the name wins.
 */
final class Roles {

  /** What was found: a title with its span in the text, and an organisation (canonical); either may be empty. */
  record Role(String title, Span titleSpan, String organisation) {

    static final Role NONE = new Role(null, null, null);

    /** The split's role; {@code written}, an organisation written next to the title, wins over an inferred one. */
    static Role of(Affiliations.Split split, String written) {
      String org = split.organisation() == null || split.inferred() && written != null ? written : split.organisation();
      return split.title() == null || split.title().isBlank()
          ? new Role(null, null, org)
          : new Role(split.title(), split.titleSpan(), org);
    }

    Role withOrganisation(String org) {
      return new Role(title, titleSpan, org);
    }
  }

  private final BeforeTheName before;
  private final AfterTheName after;

  Roles(Gazetteer gazetteer, OrganisationFinder organisations) {
    TitleWords titles = new TitleWords(gazetteer);
    Affiliations affiliations = new Affiliations(gazetteer, organisations);
    this.before = new BeforeTheName(titles, affiliations);
    this.after = new AfterTheName(titles, affiliations);
  }

  /** The role written around one mention of a person, within its sentence. */
  Role around(String text, Span sentence, EntityMention person, List<EntityMention> organisations) {
    Role pre = before.role(text, sentence, person, organisations);
    Role post = after.role(text, sentence, person, organisations);
    return new Role(
        pre.title() != null ? pre.title() : post.title(),
        pre.title() != null ? pre.titleSpan() : post.titleSpan(),
        pre.organisation() != null ? pre.organisation() : post.organisation());
  }

  /** Where an organisation's name starts, after a leading "the" that the mention may include. */
  static int nameStart(EntityMention org) {
    return org.start() + org.text().length() - org.text().replaceFirst("(?i)^the\\s+", "").length();
  }
}
