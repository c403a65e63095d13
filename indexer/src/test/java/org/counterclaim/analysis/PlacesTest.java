package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.counterclaim.analysis.Texts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Places typed city, province or country. */
class PlacesTest {

  private static final String[] PLACE_TYPES = {"CITY", "STATE_OR_PROVINCE", "COUNTRY", "REGION", "LOCATION"};

  private static List<String> places(String text) {
    return entities(analyse(text), PLACE_TYPES).stream().map(e -> e.text() + " " + e.type()).toList();
  }

  @Test
  void city_province_and_country_are_typed() {
    assertEquals(List.of("Mosul CITY", "Iraq COUNTRY", "Helmand STATE_OR_PROVINCE", "Afghanistan COUNTRY"),
        places("Residents of Mosul, Iraq, and of villages in Helmand, Afghanistan, said the strikes continued."));
  }

  @Test
  void place_unknown_to_the_gazetteers_stays_a_location() {
    assertEquals(List.of("Lashkar Gah LOCATION"), places("Doctors in Lashkar Gah said 12 wounded had arrived."));
  }

  @Test
  void province_written_with_its_unit_is_a_province_named_after_the_place() {
    assertEquals(List.of(new EntityMention("STATE_OR_PROVINCE", "Hodeidah governorate", "Hodeidah", 16, 36)),
        entities(analyse("Air strikes hit Hodeidah governorate on Tuesday."), PLACE_TYPES));
    assertEquals(List.of(new EntityMention("LOCATION", "Lashkar Gah", "Lashkar Gah", 11, 22),
            new EntityMention("STATE_OR_PROVINCE", "Helmand province", "Helmand", 26, 42)),
        entities(analyse("Doctors in Lashkar Gah in Helmand province said 12 wounded had arrived."), PLACE_TYPES));
  }

  @Test
  void place_the_ner_tags_as_a_person_is_retyped() {
    // the NER tags Saada and Khan Younis PERSON
    String text = "The hospital in Kunduz was hit. Residents of Saada, Marib and Khan Younis fled.";
    assertEquals(List.of("Kunduz CITY", "Saada CITY", "Marib CITY", "Khan Younis CITY"), places(text));
    assertEquals(List.of(), entities(analyse(text), "PERSON"));
  }

  @Test
  void place_the_ner_misses_is_found_in_the_gazetteer() {
    assertEquals(List.of("Mariupol CITY"), places("Russian forces shelled Mariupol on Tuesday."));
  }

  @Test
  void place_offsets_point_at_the_place() {
    String text = "Fighting continued around Taiz, while residents of Bakhmut and El Fasher fled.";
    entities(analyse(text), PLACE_TYPES).forEach(p -> assertEquals(p.text(), text.substring(p.start(), p.end())));
    assertEquals(List.of("Taiz CITY", "Bakhmut CITY", "El Fasher CITY"), places(text));
  }

  private static List<String> canonical(String text) {
    return entities(analyse(text), PLACE_TYPES).stream().map(EntityMention::canonical).toList();
  }

  @Test
  void short_forms_of_a_country_are_one_canonical_place() {
    assertEquals(List.of("United States", "United States", "United States", "United States"),
        canonical("Officials in the US, the U.S., the USA and the United States disagreed."));
  }

  @Test
  void a_dateline_in_capitals_is_the_place_written_as_a_name() {
    assertEquals(List.of("London"), canonical("LONDON - Amnesty said 12 people died in the fighting."));
  }

  @Test
  void a_place_inside_an_organisation_name_is_no_place() {
    assertEquals(List.of("Raqqa"), canonical(
        "Fighters of the Islamic State of Iraq and the Levant withdrew from Raqqa on Tuesday."));
  }
}
