package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * Organisation mentions with canonical names: the NER's ORGANIZATION mentions, the aliases of the organisation
 * table found in the text ("the US-led coalition", "CJTF-OIR"), and acronyms the text defines ("Syrian Democratic
 * Forces (SDF)"). Possessives and articles are dropped; overlapping mentions keep the longest.
 */
public final class OrganisationFinder {

  /** "Syrian Democratic Forces (SDF)": a capitalised name, then its acronym in brackets. */
  private static final Pattern DEFINED_ACRONYM = Pattern.compile(
      "((?:[\\p{Lu}][\\p{L}’'.&-]*|of|for|the|and|on)(?:\\s+(?:[\\p{Lu}][\\p{L}’'.&-]*|of|for|the|and|on)){0,9})"
          + "\\s+\\((\\p{Lu}[\\p{Lu}\\p{Ll}0-9&.-]{1,11})\\)");
  private static final int LONGEST_ALIAS_TOKENS = 8;
  private static final Pattern SPEAKS_FOR = Pattern.compile("spokes(man|woman|person|people)|officials?|commanders?");

  private final OrganisationAliases aliases;

  public OrganisationFinder(OrganisationAliases aliases) {
    this.aliases = aliases;
  }

  /** Canonical names of the acronyms a text defines, e.g. SDF → Syrian Democratic Forces. */
  public Map<String, String> definedAcronyms(String text) {
    Map<String, String> defined = new HashMap<>();
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(2);
      expansion(m.group(1), acronym).ifPresent(name -> defined.putIfAbsent(acronym, aliases.canonical(name)));
    }
    return defined;
  }

  /** The organisation mentions of a text. */
  public List<EntityMention> find(String text, List<Sentence> sentences, List<EntityMention> nerMentions) {
    Map<String, String> acronyms = definedAcronyms(text);
    List<EntityMention> found = new ArrayList<>();
    for (EntityMention m : nerMentions) {
      if (m.type().equals("ORGANIZATION")) {
        String name = trimmed(m.text());
        if (name.length() > 1) {
          found.add(new EntityMention("ORGANIZATION", m.text(), canonical(name, acronyms), m.start(), m.end()));
        }
      }
    }
    for (Sentence sentence : sentences) {
      scanAliases(text, sentence.tokens(), acronyms, found);
    }
    return longestFirst(found);
  }

  /** The canonical name of an organisation as written: a defined acronym, a known alias, or the tidied name. */
  public String canonical(String name, Map<String, String> acronyms) {
    String tidy = trimmed(name);
    String defined = acronyms.get(tidy);
    return defined != null ? defined : aliases.canonical(tidy);
  }

  /** The organisation, if a name is in the table. */
  public Optional<Organisation> known(String name) {
    return aliases.lookup(trimmed(name));
  }

  private void scanAliases(String text, List<Token> tokens, Map<String, String> acronyms, List<EntityMention> found) {
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(LONGEST_ALIAS_TOKENS, tokens.size() - i); n >= 1; n--) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + n - 1);
        if (last.text().matches("[-–—]+")) {
          continue; // "Houthi-" in "Houthi-led" is "Houthi"
        }
        String candidate = text.substring(first.start(), last.end());
        boolean known = acronyms.containsKey(candidate) || aliases.lookup(candidate).isPresent();
        if (known && acceptable(tokens, i, n, candidate)) {
          found.add(new EntityMention("ORGANIZATION", candidate, canonical(candidate, acronyms), first.start(), last.end()));
          i += n - 1;
          break;
        }
      }
    }
  }

  /**
   * A one-word alias in lower case ("coalition") counts only after "the" or before a word for who speaks for it
   * ("a coalition spokesman"): "a coalition of NGOs" is no name.
   */
  private static boolean acceptable(List<Token> tokens, int i, int n, String candidate) {
    if (n > 1 || !Character.isLowerCase(candidate.charAt(0))) {
      return true;
    }
    boolean speaks = i + 1 < tokens.size()
        && SPEAKS_FOR.matcher(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)).matches();
    return speaks || i > 0 && tokens.get(i - 1).text().toLowerCase(Locale.ROOT).equals("the");
  }

  /** Drops a leading article and a trailing possessive: "the Coalition's" → "Coalition". */
  static String trimmed(String name) {
    return name.strip().replaceFirst("(?i)^the\\s+", "").replaceFirst("['’]s?$", "").strip();
  }

  /** The words of a capitalised run that spell an acronym: the shortest tail whose initials give its letters. */
  private static Optional<String> expansion(String run, String acronym) {
    String[] words = run.split("\\s+");
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    for (int from = words.length - 1; from >= 0; from--) {
      StringBuilder initials = new StringBuilder();
      for (int w = from; w < words.length; w++) {
        String word = words[w];
        if (Character.isUpperCase(word.charAt(0))) {
          for (String part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
              initials.append(part.charAt(0));
            }
          }
        }
      }
      if (initials.toString().equals(letters) && Character.isUpperCase(words[from].charAt(0))) {
        return Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
      }
    }
    return Optional.empty();
  }

  /** Resolves overlaps: the longest mention wins, then the earliest. */
  static List<EntityMention> longestFirst(List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((EntityMention m) -> m.end() - m.start()).reversed()
        .thenComparingInt(EntityMention::start));
    List<EntityMention> kept = new ArrayList<>();
    for (EntityMention m : sorted) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(EntityMention::start));
    return kept;
  }
}
