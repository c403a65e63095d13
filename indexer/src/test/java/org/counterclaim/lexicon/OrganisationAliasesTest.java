package org.counterclaim.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationAliasesTest {

  private static final OrganisationAliases ALIASES = OrganisationAliases.builtIn();

  @TempDir
  Path dir;

  private static Optional<String> nameOf(String alias) {
    return ALIASES.lookup(alias).map(Organisation::name);
  }

  private OrganisationAliases withUserFile(String content) throws IOException {
    Path file = dir.resolve("aliases.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return OrganisationAliases.builtInWith(file);
  }

  @Test
  void canonical_name_and_alias_match_whatever_their_case() {
    assertEquals(Optional.of(new Organisation("Human Rights Watch", "ngo")), ALIASES.lookup("human rights WATCH"));
    assertEquals(Optional.of("Médecins Sans Frontières"), nameOf("doctors without borders"));
  }

  @Test
  void a_described_organisation_is_the_organisation() {
    assertEquals("Syrian Democratic Forces", ALIASES.canonical("Kurdish-led Syrian Democratic Forces"));
    assertEquals("Houthis", ALIASES.canonical("Iranian-backed Houthi rebels"));
    assertEquals("Coalition", ALIASES.canonical("the US-led coalition")); // the whole is an alias
    assertEquals("Kurdish-led forces", ALIASES.canonical("Kurdish-led forces")); // no name after the description
  }

  @Test
  void leading_article_and_possessive_are_ignored() {
    assertEquals(Optional.of("Associated Press"), nameOf("the Associated Press"));
    assertEquals(Optional.of("Amnesty International"), nameOf("Amnesty's"));
    assertEquals(Optional.of("Amnesty International"), nameOf("Amnesty’s"));
    assertEquals(Optional.of("World Health Organization"), nameOf("the WHO's"));
  }

  @Test
  void acronym_matches_only_in_capitals() {
    assertEquals(Optional.of("World Health Organization"), nameOf("WHO"));
    assertEquals(Optional.empty(), nameOf("who"));
    assertEquals(Optional.empty(), nameOf("Who"));
    assertEquals(Optional.of("Islamic State"), nameOf("IS"));
    assertEquals(Optional.empty(), nameOf("is"));
    assertEquals(Optional.of("United Nations"), nameOf("U.N."));
    assertEquals(Optional.empty(), nameOf("u.n."));
  }

  @Test
  void long_acronym_and_hyphenated_code_match_in_any_case() {
    assertEquals(Optional.of("Coalition"), nameOf("CJTF-OIR"));
    assertEquals(Optional.of("US Central Command"), nameOf("Centcom"));
  }

  @Test
  void dash_and_spacing_variants_of_a_name_match() {
    assertEquals(Optional.of("Coalition"), nameOf("Combined Joint Task Force – Operation Inherent Resolve"));
    assertEquals(Optional.of("Coalition"), nameOf("Combined Joint Task Force-Operation Inherent Resolve"));
    assertEquals(Optional.of("Coalition"), nameOf("US – led   coalition"));
  }

  @Test
  void non_breaking_space_from_a_web_page_matches_like_a_space() {
    assertEquals(Optional.of("Amnesty International"), nameOf("Amnesty\u00a0International"));
  }

  @Test
  void accents_are_ignored_and_decomposed_accents_match_composed_ones() {
    assertEquals(Optional.of("Médecins Sans Frontières"), nameOf("Me\u0301decins Sans Frontie\u0300res"));
    assertEquals(Optional.of("Agence France-Presse"), nameOf("Agence France Presse"));
  }

  @Test
  void saudi_led_coalition_is_not_the_us_led_coalition() {
    assertEquals(Optional.of(new Organisation("Saudi-led coalition", "military")),
        ALIASES.lookup("the Saudi-led coalition"));
    assertEquals(Optional.of("Saudi-led coalition"), nameOf("Arab coalition"));
  }

  @Test
  void well_known_agencies_monitors_and_un_bodies_are_in_the_table() {
    assertEquals(Optional.of(new Organisation("Anadolu Agency", "news")), ALIASES.lookup("Anadolu"));
    assertEquals(Optional.of(new Organisation("UN Refugee Agency", "un")), ALIASES.lookup("UNHCR"));
    assertEquals(Optional.of(new Organisation("Armed Conflict Location & Event Data Project", "ngo")),
        ALIASES.lookup("ACLED"));
    assertEquals(Optional.of(new Organisation("UN Human Rights Monitoring Mission in Ukraine", "un")),
        ALIASES.lookup("HRMMU"));
  }

  @Test
  void canonical_gives_the_table_name_or_the_tidied_name_when_unknown() {
    assertEquals("Voice of America", ALIASES.canonical("VOA"));
    assertEquals("Mosul Eye", ALIASES.canonical("  the  Mosul   Eye's "));
    assertEquals(null, ALIASES.canonical(null));
    assertEquals(Optional.empty(), ALIASES.lookup("  "));
    assertEquals(Optional.empty(), ALIASES.lookup(null));
  }

  @Test
  void user_file_adds_organisations_with_comments_and_blank_lines_skipped() throws IOException {
    OrganisationAliases aliases = withUserFile("""
        # local monitors
        
        Hodeidah Civic Monitoring Group\tNGO\tHCMG|Hodeidah Monitors
        """);
    assertEquals(Optional.of(new Organisation("Hodeidah Civic Monitoring Group", "ngo")),
        aliases.lookup("hodeidah monitors"));
    assertEquals(Optional.of("Hodeidah Civic Monitoring Group"), aliases.lookup("HCMG").map(Organisation::name));
    assertEquals(Optional.of("Reuters"), aliases.lookup("Thomson Reuters").map(Organisation::name));
  }

  @Test
  void user_entry_wins_over_the_built_in_alias() throws IOException {
    OrganisationAliases aliases = withUserFile("Global Coalition Against Daesh\tmilitary\tGlobal Coalition\n");
    assertEquals(Optional.of("Global Coalition Against Daesh"),
        aliases.lookup("Global Coalition").map(Organisation::name));
    assertEquals(Optional.of("Coalition"), aliases.lookup("CJTF-OIR").map(Organisation::name));
  }

  @Test
  void user_entry_for_a_built_in_organisation_changes_its_kind_under_every_alias() throws IOException {
    OrganisationAliases aliases = withUserFile("Voice of America\tgovernment\t\n");
    assertEquals(Optional.of(new Organisation("Voice of America", "government")), aliases.lookup("VOA"));
    assertEquals(Optional.of(new Organisation("Voice of America", "government")),
        aliases.lookup("Voice of America"));
  }

  @Test
  void user_line_without_a_kind_column_is_rejected_with_its_line_number() {
    IOException error = assertThrows(IOException.class,
        () -> withUserFile("# header\nAl-Haq ngo\n"));
    assertEquals("organisation aliases line 2: expected name<TAB>kind<TAB>aliases", error.getMessage());
  }
}
