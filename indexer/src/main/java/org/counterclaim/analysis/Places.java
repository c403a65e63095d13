package org.counterclaim.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.model.EntityMention;

/**
 * Types a place mention from the gazetteer: CITY, STATE_OR_PROVINCE, COUNTRY, REGION, or LOCATION when unknown.
 * A province written with its unit ("Helmand province", "Hodeidah governorate", "Kharkiv oblast") is a province
 * named after the place, whether or not the NER included the unit word in the mention.
 */
final class Places {

  private static final String UNIT = "province|governorate|oblast";
  private static final Pattern WITH_UNIT = Pattern.compile("(.+?)\\s+(?:" + UNIT + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?:" + UNIT + ")\\b", Pattern.CASE_INSENSITIVE);

  private final Gazetteer gazetteer;

  Places(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place a location mention names, typed, with a unit word after it taken in. */
  EntityMention typed(String text, EntityMention m) {
    String name = OrganisationFinder.trimmed(m.text());
    Optional<String> type = gazetteer.placeType(name);
    Matcher withUnit = WITH_UNIT.matcher(name);
    if (type.isEmpty() && withUnit.matches() && gazetteer.placeType(withUnit.group(1)).isPresent()) {
      return new EntityMention("STATE_OR_PROVINCE", m.text(), withUnit.group(1), m.start(), m.end());
    }
    Matcher after = UNIT_AFTER.matcher(text).region(m.end(), text.length());
    if (type.isPresent() && after.lookingAt()) {
      return new EntityMention("STATE_OR_PROVINCE", text.substring(m.start(), after.end()),
          gazetteer.canonicalPlace(name), m.start(),
          after.end());
    }
    String canonical = gazetteer.canonicalPlace(name);
    String resolvedType = type.orElse(canonical.equals(name) ? "LOCATION"
        : gazetteer.placeType(canonical).orElse("LOCATION"));
    return new EntityMention(resolvedType, m.text(), canonical, m.start(), m.end());
  }

  /** The gazetteer's type for a name, if it is a place. */
  Optional<String> type(String name) {
    return gazetteer.placeType(name);
  }
}
