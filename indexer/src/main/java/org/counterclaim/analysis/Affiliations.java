package org.counterclaim.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * Splits a title as written into the role and the organisation or country it is held for: "UK Defence
 * Secretary" → Defence Secretary for United Kingdom, "Iraqi Defence Minister" → Defence Minister for Iraq,
 * "Ukraine's Foreign Minister", "Airwars director", "UN High Commissioner for Human Rights",
 * "head of Human Rights Watch".
 */
final class Affiliations {

  /**
   * A role, its span, and the organisation (canonical) it is held for, or null; {@code inferred} when that is only
   * the country a nationality inside the title names ("former Afghan president"), which an organisation written
   * next to the title overrides.
   */
  record Split(String title, Span titleSpan, String organisation, boolean inferred) {}

  private static final Pattern POSSESSOR = Pattern.compile("(?U)(?:['’]s|s['’])(?=\\s)");
  private static final Pattern PORTFOLIO_LINK = Pattern.compile("(?U)\\s+(?:of|for|at)\\s+$");
  private static final Pattern ARTICLE = Pattern.compile("(?i)^the\\s+");

  private final Gazetteer gazetteer;
  private final OrganisationFinder organisations;

  Affiliations(Gazetteer gazetteer, OrganisationFinder organisations) {
    this.gazetteer = gazetteer;
    this.organisations = organisations;
  }

  /** The role and affiliation in a title span; {@code orgs} are the document's organisation mentions. */
  Split split(String text, Span title, List<EntityMention> orgs) {
    // "head of Human Rights Watch", "Secretary-General of Amnesty International": the portfolio is the employer
    Optional<EntityMention> portfolio = orgs.stream().filter(o -> o.end() == title.end() && o.start() > title.start()
        && PORTFOLIO_LINK.matcher(text.substring(title.start(), o.start())).find()).findFirst();
    if (portfolio.isPresent()) {
      Matcher link = PORTFOLIO_LINK.matcher(text.substring(title.start(), portfolio.get().start()));
      link.find();
      Span role = new Span(title.start(), title.start() + link.start());
      Split inner = split(text, role, orgs);
      return new Split(inner.title(), inner.titleSpan(), portfolio.get().canonical(), false);
    }
    // "Airwars director", "Amnesty International's Middle East Research Director", "UN Special Envoy for Yemen"
    Optional<EntityMention> opener = orgs.stream().filter(o -> o.start() <= title.start() && o.end() > title.start()
        && o.end() < title.end() && isOrganisation(o)).findFirst();
    if (opener.isPresent()) {
      return rest(text, opener.get().end(), title.end(), opener.get().canonical());
    }
    // "Ukraine's Foreign Minister", "the Taliban's spokesman": the possessor holds the role
    Matcher possessor = POSSESSOR.matcher(text).region(title.start(), title.end());
    if (possessor.find()) {
      String owner = ARTICLE.matcher(text.substring(title.start(), possessor.start())).replaceFirst("").strip();
      String org = country(owner).orElseGet(() -> organisations.canonical(owner, Map.of()));
      return rest(text, possessor.end(), title.end(), org);
    }
    // "Iraqi Defence Minister", "US Defense Secretary", "British Defence Secretary"
    String[] words = text.substring(title.start(), title.end()).split("\\s+");
    for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
      Optional<String> country = country(String.join(" ", Arrays.copyOfRange(words, 0, n)));
      if (country.isPresent()) {
        int after = title.start() + String.join(" ", Arrays.copyOfRange(words, 0, n)).length();
        return rest(text, after, title.end(), country.get());
      }
    }
    // "former Afghan president": the role as written, held for the country it names
    String org = Arrays.stream(words).map(TitleWords::clean).map(this::country).flatMap(Optional::stream)
        .findFirst().orElse(null);
    return new Split(text.substring(title.start(), title.end()), title, org, true);
  }

  /** The country a name or a nationality stands for, as the organisation table names it when it knows it. */
  Optional<String> country(String nameOrNationality) {
    if (nameOrNationality.isBlank()) {
      return Optional.empty();
    }
    return gazetteer.country(nameOrNationality).map(c -> organisations.known(c).map(o -> o.name()).orElse(c));
  }

  /** An organisation in the table, or one whose acronym the text defines. */
  boolean isKnown(EntityMention org) {
    return organisations.known(org.text()).isPresent()
        || !org.canonical().equals(OrganisationFinder.trimmed(org.text()));
  }

  /**
   * An organisation mention that names an organisation rather than words of a title: the NER tags "British
   * Defence" or "Defence" in "British Defence Secretary" as an organisation, but those are a nationality and
   * title words.
   */
  private boolean isOrganisation(EntityMention org) {
    if (isKnown(org)) {
      return true;
    }
    String[] words = OrganisationFinder.trimmed(org.text()).split("\\s+");
    int from = country(words[0]).isPresent() ? 1 : 0;
    return !Arrays.stream(words, from, words.length).allMatch(TitleWords::isModifierWord);
  }

  /** The title after its holder's name ("director" in "Airwars director"), held for {@code org}. */
  private static Split rest(String text, int from, int end, String org) {
    int start = from;
    while (start < end && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    if (text.startsWith("s ", start) && start > 0 && "'’".indexOf(text.charAt(start - 1)) >= 0) {
      start += 2;
    }
    Span span = new Span(start, end);
    return new Split(text.substring(start, end), span, org, false);
  }
}
