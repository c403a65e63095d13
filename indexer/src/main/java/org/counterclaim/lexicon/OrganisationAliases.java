package org.counterclaim.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the ways texts name an organisation ("the US-led coalition", "CJTF-OIR", "Amnesty's") to one canonical
 * {@link Organisation}. The table is a data file ({@code organisations.tsv}) that users extend with their own.
 *
 * <p>Matching ignores case, accents, a leading article, a trailing possessive, and whether words are joined by a
 * hyphen, a dash or a space; acronyms (all capitals, up to six letters) match only in capitals so that "who" or
 * "ai" in running text are not taken for WHO or AI.
 */
public final class OrganisationAliases {

  private static final String BUILT_IN = "organisations.tsv";
  private static final Pattern ACRONYM = Pattern.compile("[A-Z.&-]{1,6}");
  /** "Kurdish-led Syrian Democratic Forces": a describing word joined by a hyphen, then a capitalised name. */
  private static final Pattern DESCRIBED = Pattern.compile(
      "\\p{L}[\\p{L}.]*[-\u2010\u2011](?:led|backed|based|run|allied|aligned|affiliated|dominated)\\s+(\\p{Lu}.*)");

  private final Map<String, Organisation> byKey = new HashMap<>();
  private final Map<String, Organisation> byAcronym = new HashMap<>();

  private OrganisationAliases() {}

  /** The built-in table. */
  public static OrganisationAliases builtIn() {
    OrganisationAliases aliases = new OrganisationAliases();
    try (InputStream in = OrganisationAliases.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " is missing from the class path");
      }
      aliases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return aliases;
  }

  /**
   * The built-in table overlaid with a user's file in the same format; the user's entries win, and an entry with
   * the canonical name of a built-in organisation replaces that organisation under all its aliases.
   */
  public static OrganisationAliases builtInWith(Path userFile) throws IOException {
    OrganisationAliases aliases = builtIn();
    try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      aliases.load(reader);
    }
    return aliases;
  }

  /** The organisation a name refers to, if it is in the table. */
  public Optional<Organisation> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String trimmed = stripPossessive(stripArticle(tidy(name)));
    Organisation byCase = byAcronym.get(trimmed);
    if (byCase != null) {
      return Optional.of(byCase);
    }
    return Optional.ofNullable(byKey.get(key(trimmed)));
  }

  /**
   * The canonical name for a name, or the name itself (tidied) when it is not in the table. A name with a
   * describing word in front ("Kurdish-led Syrian Democratic Forces", "Iranian-backed Houthis") is the
   * organisation it describes, unless the whole is in the table ("US-led coalition" is the Coalition).
   */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    Optional<Organisation> known = lookup(name);
    if (known.isPresent()) {
      return known.get().name();
    }
    String plain = stripPossessive(stripArticle(tidy(name)));
    Matcher described = DESCRIBED.matcher(plain);
    return described.matches() ? lookup(described.group(1)).map(Organisation::name).orElse(described.group(1)) : plain;
  }

  private void load(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    int lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length < 2 || columns[0].isBlank()) {
        throw new IOException("organisation aliases line " + lineNumber + ": expected name<TAB>kind<TAB>aliases");
      }
      Organisation org = new Organisation(tidy(columns[0]), columns[1].strip().toLowerCase(Locale.ROOT));
      byKey.replaceAll((alias, known) -> known.name().equals(org.name()) ? org : known);
      byAcronym.replaceAll((alias, known) -> known.name().equals(org.name()) ? org : known);
      add(org.name(), org);
      if (columns.length > 2) {
        for (String alias : columns[2].split("\\|")) {
          if (!alias.isBlank()) {
            add(alias.strip(), org);
          }
        }
      }
    }
  }

  private void add(String alias, Organisation org) {
    if (ACRONYM.matcher(alias).matches()) {
      byAcronym.put(alias, org);
    } else {
      byKey.put(key(alias), org);
    }
  }

  private static String key(String name) {
    String plain = Normalizer.normalize(stripArticle(tidy(name)), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[-\u2010-\u2015\\s]+", " ").strip();
  }

  /** Spaces of any kind (a web page's non-breaking ones too) collapsed to one, ends trimmed. */
  private static String tidy(String name) {
    return name.replaceAll("(?U)\\s+", " ").strip();
  }

  private static String stripArticle(String name) {
    return name.replaceFirst("(?i)^the\\s+", "");
  }

  private static String stripPossessive(String name) {
    return name.replaceFirst("['\u2019]s?$", "");
  }
}
