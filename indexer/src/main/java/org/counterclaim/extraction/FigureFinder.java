package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * Decides which numbers of a sentence are casualty figures, with their category and victims.
 *
 * <p>A number counts when the noun phrase it opens is about casualties ("23 civilian deaths", "318 killed",
 * "hundreds of civilian casualties"), or names victims ("70 civilians", "hundreds of children") that a casualty
 * word then or before makes casualties ("… perished", "were killed", "killed more than 1,600 civilians", "the
 * killing of two civilians", "the death toll rose from 23"). A noun phrase about anything else rules the number
 * out: allegations, cases, strikes, rounds, sites, survivors, witnesses, families, months, percentages. Dates and
 * years are never figures.
 */
final class FigureFinder {

  /** A figure before attribution: the quantity, its category and victims, and its span in the document. */
  record Candidate(Quantity quantity, String category, String victims, int start, int end) {}

  private static final int BEFORE = 6;
  private static final int AFTER = 14;
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", "but", "while", "whereas", "although", "though", ":");

  private final CasualtyWords words;

  FigureFinder(CasualtyWords words) {
    this.words = words;
  }

  List<Candidate> find(String text, Sentence sentence, List<EntityMention> dates) {
    List<Candidate> found = new ArrayList<>();
    String sentenceText = sentence.text(text);
    for (Quantity q : QuantityParser.find(sentenceText)) {
      Quantity inText = new Quantity(q.min(), q.max(), q.qualifier(), q.start() + sentence.start(), q.end() + sentence.start());
      if (isDate(inText, dates) || isYear(sentenceText.substring(q.start(), q.end()))) {
        continue;
      }
      judge(sentence.tokens(), inText).ifPresent(found::add);
    }
    return found;
  }

  private Optional<Candidate> judge(List<Token> tokens, Quantity q) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > q.start() && t.start() < q.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    Set<String> categories = new LinkedHashSet<>();
    String victims = null;
    int end = q.end();
    // the noun phrase the number opens
    int i = last + 1;
    boolean nounSeen = false;
    boolean unknownHead = false;
    for (; i < tokens.size() && i <= last + 8; i++) {
      Token t = tokens.get(i);
      if (!inNounPhrase(t) || isSpacedDash(t, tokens.get(i - 1))) {
        break;
      }
      Optional<CasualtyWords.Kind> kind = words.of(t.text());
      if (kind.isPresent() && kind.get().excludes()) {
        return Optional.empty();
      }
      if (isNoun(t)) {
        nounSeen = true;
        unknownHead = kind.isEmpty();
      }
      if (kind.isPresent()) {
        unknownHead = false;
        if (kind.get().category() != null) {
          categories.add(kind.get().category());
        }
        victims = victims == null ? kind.get().victims() : victims;
        end = t.end();
      }
    }
    if (nounSeen && unknownHead && categories.isEmpty()) {
      return Optional.empty(); // "12 provinces", "three villages": the number counts something else
    }
    boolean victimsOnly = categories.isEmpty() && victims != null;
    if (categories.isEmpty()) {
      // "318 killed", "five dead": a casualty word right after the number
      if (!victimsOnly && i < tokens.size() && i == last + 1) {
        words.of(tokens.get(i).text()).map(CasualtyWords.Kind::category).ifPresent(categories::add);
      }
      // "70 civilians, including …, perished", "hundreds of civilians were killed"
      if (victimsOnly) {
        for (int j = i; j < tokens.size() && j < i + AFTER; j++) {
          String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
          if (CLAUSE_BREAKS.contains(w)) {
            break;
          }
          Optional<CasualtyWords.Kind> kind = words.of(w);
          if (kind.isPresent() && kind.get().category() != null && isVerbOrAdjective(tokens.get(j))) {
            categories.add(kind.get().category());
            break;
          }
        }
      }
    }
    // "killed more than 1,600 civilians", "the killing of two civilians", "death toll … from 23"
    for (int j = first - 1; j >= 0 && j >= first - BEFORE && categories.isEmpty(); j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (CLAUSE_BREAKS.contains(w) || w.equals(".")) {
        break;
      }
      Optional<CasualtyWords.Kind> kind = words.of(w);
      if (kind.isPresent() && kind.get().category() != null) {
        categories.add(kind.get().category());
        for (int k = j - 1; k >= 0 && k >= j - 2 && victims == null; k--) {
          victims = words.of(tokens.get(k).text()).map(CasualtyWords.Kind::victims).orElse(null);
        }
      }
    }
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    String category = categories.size() == 1 ? categories.iterator().next()
        : categories.contains("killed") && categories.contains("injured") ? "casualties" : categories.iterator().next();
    return Optional.of(new Candidate(q, category, victims, q.start(), end));
  }

  private static boolean inNounPhrase(Token t) {
    String pos = t.pos() == null ? "" : t.pos();
    String w = t.text().toLowerCase(Locale.ROOT);
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("POS")
        || pos.equals("HYPH") || w.equals("of") || pos.equals("VBN") && isNounLikeParticiple(w);
  }

  /** "killed" in "318 killed" ends the phrase as its head; other participles ("closed cases") are adjectives. */
  private static boolean isNounLikeParticiple(String w) {
    return !w.equals("killed") && !w.equals("injured") && !w.equals("wounded");
  }

  /** " - " between words is a dash that ends the phrase; "-" inside a word ("air-strike") is not. */
  private static boolean isSpacedDash(Token t, Token previous) {
    return t.text().matches("[-–—]+") && t.start() > previous.end();
  }

  private static boolean isNoun(Token t) {
    return t.pos() != null && t.pos().startsWith("NN");
  }

  private static boolean isVerbOrAdjective(Token t) {
    String pos = t.pos() == null ? "" : t.pos();
    return pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("NN");
  }

  private static boolean isDate(Quantity q, List<EntityMention> dates) {
    return dates.stream().anyMatch(d -> d.start() < q.end() && q.start() < d.end());
  }

  private static boolean isYear(String written) {
    return written.matches("(?:19|20)\\d\\d");
  }
}
