package org.counterclaim.analysis;

import static org.counterclaim.analysis.Texts.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.counterclaim.model.Official;
import org.junit.jupiter.api.Test;

/** Officials whose role is written before their name, as wire copy and press releases write it. */
class OfficialsBeforeTheNameTest {

  private static List<Official> officials(String text) {
    return analyse(text).officials();
  }

  @Test
  void title_and_country_before_the_name_make_an_official() {
    assertEquals(List.of(new Official("Khaled al-Obeidi", "Defence Minister", "Iraq", 1)),
        officials("Iraqi Defence Minister Khaled al-Obeidi said the operation to retake Mosul had killed hundreds."));
  }

  @Test
  void country_abbreviation_before_the_title_is_the_country() {
    assertEquals(List.of(new Official("James Mattis", "Defense Secretary", "United States", 1)),
        officials("US Defense Secretary James Mattis told reporters that civilian deaths in Mosul were regrettable."));
  }

  @Test
  void nationality_that_the_ner_runs_into_an_organisation_is_still_the_country() {
    // the NER tags "British Defence" as an organisation; it is a nationality and a title word
    assertEquals(List.of(new Official("Michael Fallon", "Defence Secretary", "United Kingdom", 1)),
        officials("British Defence Secretary Michael Fallon said the RAF had killed no civilians in Mosul."));
  }

  @Test
  void country_possessive_before_the_title_is_the_affiliation() {
    assertEquals(List.of(new Official("Dmytro Kuleba", "Foreign Minister", "Ukraine", 1)),
        officials("Ukraine's Foreign Minister Dmytro Kuleba said Russian forces had shelled Kharkiv overnight."));
  }

  @Test
  void a_known_force_before_the_title_is_the_affiliation() {
    // "Sudan's army" is in the organisation table (Sudanese Armed Forces): it is the affiliation, "chief" the title
    assertEquals(List.of(new Official("Abdel Fattah al-Burhan", "chief", "Sudanese Armed Forces", 1)),
        officials("Sudan's army chief Abdel Fattah al-Burhan said the paramilitaries had attacked civilians in Darfur."));
  }

  @Test
  void possessive_of_a_group_unknown_to_the_table_is_the_affiliation() {
    assertEquals(List.of(new Official("Zabihullah Mujahid", "spokesman", "Taliban", 1)),
        officials("The Taliban's spokesman Zabihullah Mujahid said 14 people died in Kunduz."));
  }

  @Test
  void organisation_then_title_before_the_name_make_an_official() {
    assertEquals(List.of(new Official("Radhya al-Mutawakel", "chairwoman", "Mwatana for Human Rights", 1)),
        officials("Mwatana for Human Rights chairwoman Radhya al-Mutawakel said the strike killed 40 children in Saada."));
  }

  @Test
  void acronym_of_a_known_organisation_then_title_make_an_official() {
    assertEquals(List.of(new Official("Daniel Hagari", "spokesman", "Israel Defense Forces", 1)),
        officials("IDF spokesman Daniel Hagari said the target in Rafah was a Hamas commander."));
  }

  @Test
  void place_before_a_comma_is_not_part_of_the_title() {
    assertEquals(List.of(new Official("Dylan White", "spokesman", "NATO", 1)),
        officials("Speaking to reporters in Kabul, NATO spokesman Dylan White said the alliance regretted the deaths."));
  }

  @Test
  void un_title_with_its_portfolio_before_the_name() {
    assertEquals(List.of(new Official("Volker Türk", "High Commissioner for Human Rights", "United Nations", 1)),
        officials("UN High Commissioner for Human Rights Volker Türk said the attacks on El Fasher may be war crimes."));
  }

  @Test
  void un_title_of_human_rights_before_the_name() {
    assertEquals(List.of(new Official("Volker Türk", "human rights chief", "United Nations", 1)),
        officials("UN human rights chief Volker Türk said the strikes on Taiz must stop."));
  }

  @Test
  void head_of_organisation_then_comma_before_the_name() {
    assertEquals(List.of(new Official("Tirana Hassan", "head", "Human Rights Watch", 1)),
        officials("The head of Human Rights Watch, Tirana Hassan, called for an inquiry into the Gaza strikes."));
  }

  @Test
  void rank_before_the_name_is_the_title() {
    assertEquals(List.of(new Official("Ryan Dillon", "Col.", null, 1)),
        officials("Col. Ryan Dillon said the strikes near Mosul were under review."));
  }

  @Test
  void two_word_ranks_are_read_whole() {
    assertEquals(List.of(new Official("Stephen Townsend", "Lt. Gen.", null, 1)),
        officials("Lt. Gen. Stephen Townsend said the coalition takes every allegation seriously."));
    assertEquals(List.of(new Official("Andrew Croft", "Brig. Gen.", null, 1)),
        officials("Brig. Gen. Andrew Croft told reporters the strike hit a weapons cache in Helmand."));
  }

  @Test
  void short_ranks_gen_maj_and_capt_are_titles() {
    assertEquals(List.of(new Official("Joseph Votel", "Gen.", null, 1)),
        officials("Gen. Joseph Votel said the coalition had probably played a role in the Mosul deaths."));
    assertEquals(List.of(new Official("Bill Urban", "Capt.", null, 1)),
        officials("Capt. Bill Urban said the investigation into the Helmand raid was continuing."));
  }

  @Test
  void hyphenated_surname_after_a_rank_is_one_name() {
    assertEquals(List.of(new Official("Adrian Rankine-Galloway", "Maj.", null, 1)),
        officials("Maj. Adrian Rankine-Galloway said the Marines were investigating the strike in Helmand."));
  }

  @Test
  void organisation_and_title_before_a_rank_give_the_rank_its_organisation() {
    assertEquals(List.of(new Official("Ryan Dillon", "Col.", "Coalition", 1)),
        officials("Coalition spokesman Col. Ryan Dillon said the strikes near Mosul were under review."));
  }

  @Test
  void organisation_possessive_before_the_name_is_the_affiliation() {
    assertEquals(List.of(new Official("Belkis Wille", null, "Human Rights Watch", 1)),
        officials("\"Hospitals were hit,\" said Human Rights Watch's Belkis Wille."));
  }

  @Test
  void possessive_apostrophe_after_a_final_s_is_the_affiliation() {
    assertEquals(List.of(new Official("Susannah Sirkin", null, "Physicians for Human Rights", 1)),
        officials("\"The children were asleep,\" said Physicians for Human Rights' Susannah Sirkin."));
  }

  @Test
  void title_at_organisation_then_comma_before_the_name() {
    assertEquals(List.of(new Official("Belkis Wille", "senior researcher", "Human Rights Watch", 1)),
        officials("\"Hospitals were hit,\" said a senior researcher at Human Rights Watch, Belkis Wille."));
  }
}
