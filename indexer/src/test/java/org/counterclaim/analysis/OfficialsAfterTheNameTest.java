package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.Official;
import org.junit.jupiter.api.Test;

/** Officials whose role follows their name: appositives and "of ORG", as statements and UN reports write them. */
class OfficialsAfterTheNameTest {

  private static List<Official> officials(String text) {
    return analyse(text).officials();
  }

  @Test
  void name_then_title_for_organisation_make_an_official() {
    assertEquals(List.of(new Official("John Thomas", "spokesman", "US Central Command", 1)),
        officials("\"We have no evidence of civilian harm,\" said John Thomas, spokesman for US Central Command."));
  }

  @Test
  void name_then_a_title_for_the_us_led_coalition_is_the_coalition() {
    assertEquals(List.of(new Official("Ryan Dillon", "Col.", "Coalition", 1)),
        officials("Col. Ryan Dillon, a spokesman for the US-led coalition, said the strikes near Mosul were under review."));
  }

  @Test
  void name_then_title_of_the_organisation_make_an_official() {
    assertEquals(List.of(new Official("Mohammed al-Hakim", "director", "Yemen Data Project", 1)),
        officials("\"The figures are too low,\" said Mohammed al-Hakim, director of the Yemen Data Project."));
  }

  @Test
  void name_then_organisation_possessive_title_make_an_official() {
    assertEquals(List.of(new Official("Ivan Ivanov", "senior Ukraine researcher", "Human Rights Watch", 1)),
        officials("\"No one was warned,\" said Ivan Ivanov, Human Rights Watch's senior Ukraine researcher."));
  }

  @Test
  void organisation_possessive_with_an_article_in_the_appositive() {
    assertEquals(List.of(new Official("Martin Griffiths", "humanitarian chief", "United Nations", 1)),
        officials("Martin Griffiths, the UN's humanitarian chief, said Sudan faced famine."));
  }

  @Test
  void un_office_alias_after_for_is_canonical() {
    assertEquals(List.of(new Official("Liz Throssell", "spokesperson",
            "Office of the UN High Commissioner for Human Rights", 1)),
        officials("Liz Throssell, a spokesperson for the UN human rights office, said 40 civilians were killed in Taiz."));
  }

  @Test
  void head_of_a_un_mission_named_with_a_place() {
    assertEquals(List.of(new Official("Matilda Bogner", "head", "UN Human Rights Monitoring Mission in Ukraine", 1)),
        officials("Matilda Bogner, head of the UN Human Rights Monitoring Mission in Ukraine, said the figures were an undercount."));
  }

  @Test
  void division_inside_an_organisation_does_not_hide_the_organisation() {
    assertEquals(List.of(new Official("Richard Weir", "researcher", "Human Rights Watch", 1)),
        officials("\"This is a war crime,\" said Richard Weir, a researcher in the crisis and conflict division at Human Rights Watch."));
  }

  @Test
  void known_organisation_wins_over_a_unit_named_before_it() {
    assertEquals(List.of(new Official("Ramesh Rajasingham", "Director",
            "UN Office for the Coordination of Humanitarian Affairs", 1)),
        officials("Ramesh Rajasingham, Director of the Coordination Division at OCHA, briefed the Security Council on Sudan."));
  }

  @Test
  void nationality_in_an_appositive_title_gives_the_country() {
    assertEquals(List.of(new Official("Hamid Karzai", "former Afghan president", "Afghanistan", 1)),
        officials("Hamid Karzai, the former Afghan president, condemned the night raid in Helmand."));
  }

  @Test
  void name_of_organisation_make_an_official_without_a_title() {
    assertEquals(List.of(new Official("Belkis Wille", null, "Human Rights Watch", 1)),
        officials("Belkis Wille of Human Rights Watch said the investigation into the Mosul strikes had been inadequate."));
  }

  @Test
  void organisation_alone_in_an_appositive_is_the_affiliation() {
    assertEquals(List.of(new Official("Radhya al-Mutawakel", null, "Mwatana for Human Rights", 1)),
        officials("Radhya al-Mutawakel, Mwatana for Human Rights, said the coalition had bombed a school bus in Saada."));
  }

  @Test
  void name_with_no_role_is_not_an_official() {
    assertEquals(List.of(),
        officials("Ahmed Hassan, 43, said his brothers were killed when the building in Mosul collapsed."));
  }

  @Test
  void title_written_before_the_name_wins_over_one_written_after() {
    assertEquals(List.of(new Official("Bill Urban", "Capt.", "US Central Command", 1)),
        officials("Capt. Bill Urban, a spokesman for US Central Command, said the investigation was continuing."));
  }

  @Test
  void an_organisation_before_a_title_is_the_affiliation_not_part_of_the_title() {
    assertEquals(List.of(new Official("Jane Roe", "Head of Delegation", "International Committee of the Red Cross", 1)),
        officials("Dr Jane Roe, ICRC Head of Delegation, said the hospital had received the bodies of 29 children."));
  }

  @Test
  void a_person_merely_named_with_a_title_is_no_official() {
    assertEquals(List.of(), officials("The government of President Bashar al-Assad has denied carrying out the "
        + "attack and blames rebel forces."));
  }

  @Test
  void a_correspondent_reporting_from_a_city_is_no_official() {
    assertEquals(List.of(), officials("\u201cThe mayor says it was deliberate,\u201d said Al Jazeera's Rob McBride, "
        + "reporting from Lviv."));
  }
}
