package org.counterclaim.extraction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which nouns denote people, from WordNet 3.1 (through extJWNL): "teachers", "militiamen", "farmers", "villagers",
 * "bystanders" are people because the most frequent sense of the noun has {@code person.n.01} among its hypernyms.
 * Which people is an open class; the casualty lexicon keeps only what is special (fighters, civilians, children,
 * staff). Only the first sense counts, so "bodies" (a structure), "heads" and "hands" (body parts) are not people.
 * Plurals and irregular forms ("militiamen", "people") go through WordNet's own morphology, and any base form
 * counts ("judges" is a book of the Bible, "judge" a person). Answers are cached;
 * the dictionary is loaded once per process, on first use. Thread-safe.
 */
final class PersonNouns {

  private static final Logger LOG = LoggerFactory.getLogger(PersonNouns.class);
  /** How far up the hypernym graph to look: person.n.01 is within 12 steps of every noun below it. */
  private static final int MAX_DEPTH = 16;
  private static final PersonNouns SHARED = new PersonNouns();

  private final Map<String, Boolean> cache = new ConcurrentHashMap<>();
  private volatile Dictionary dictionary;
  private volatile long personOffset = -1;
  private volatile boolean unavailable;

  private PersonNouns() {}

  static PersonNouns shared() {
    return SHARED;
  }

  /** True when the noun (any inflection) names a kind of person in its most frequent sense. */
  boolean isPerson(String noun) {
    String key = noun.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (key.length() < 3 || !key.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
      return false;
    }
    return cache.computeIfAbsent(key, this::lookUp);
  }

  private boolean lookUp(String noun) {
    Dictionary d = dictionary();
    if (d == null) {
      return false;
    }
    try {
      // every base form: "judges" is also a book of the Bible, but its base form "judge" is a person
      for (String form : d.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, noun)) {
        IndexWord word = d.getIndexWord(POS.NOUN, form);
        if (word != null && !word.getSenses().isEmpty() && reachesPerson(word.getSenses().get(0))) {
          return true;
        }
      }
      return false;
    } catch (JWNLException e) {
      LOG.warn("WordNet could not look up \"{}\": {}", noun, e.getMessage());
      return false;
    }
  }

  private boolean reachesPerson(Synset sense) {
    Deque<Synset> todo = new ArrayDeque<>();
    Deque<Integer> depth = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    todo.add(sense);
    depth.add(0);
    while (!todo.isEmpty()) {
      Synset s = todo.poll();
      int level = depth.poll();
      if (s.getOffset() == personOffset) {
        return true;
      }
      if (level >= MAX_DEPTH || !seen.add(s.getOffset())) {
        continue;
      }
      for (Pointer p : s.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
          try {
            todo.add(p.getTargetSynset());
            depth.add(level + 1);
          } catch (JWNLException e) {
            LOG.warn("WordNet pointer could not be read: {}", e.getMessage());
          }
        }
      }
    }
    return false;
  }

  private Dictionary dictionary() {
    if (dictionary == null && !unavailable) {
      synchronized (this) {
        if (dictionary == null && !unavailable) {
          long started = System.nanoTime();
          try {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            personOffset = d.getIndexWord(POS.NOUN, "person").getSenses().get(0).getOffset();
            dictionary = d;
            LOG.debug("WordNet loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
          } catch (JWNLException | RuntimeException e) {
            unavailable = true;
            LOG.error("WordNet could not be loaded; victims are read from the casualty lexicon only: {}",
                e.getMessage());
          }
        }
      }
    }
    return dictionary;
  }
}
