package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * Places the NER did not tag at all ("Russian forces shelled Mariupol"): a run of up to three proper nouns that no
 * entity covers and that the gazetteer names as a city, a province, a country or a region.
 */
final class MissedPlaces {

  private static final int LONGEST = 3;

  private MissedPlaces() {}

  static List<EntityMention> find(String text, List<Sentence> sentences, List<EntityMention> entities,
                                  Places places) {
    List<EntityMention> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
          List<Token> run = tokens.subList(i, i + n);
          int start = run.get(0).start();
          int end = run.get(n - 1).end();
          if (run.stream().allMatch(MissedPlaces::untaggedProperNoun) && free(entities, start, end)) {
            String name = text.substring(start, end);
            if (places.type(name).isPresent()) {
              found.add(places.typed(text, new EntityMention("LOCATION", name, name, start, end)));
              i += n - 1;
              break;
            }
          }
        }
      }
    }
    return found;
  }

  private static boolean untaggedProperNoun(Token t) {
    return !t.isEntity() && t.pos() != null && t.pos().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
  }

  private static boolean free(List<EntityMention> entities, int start, int end) {
    return entities.stream().noneMatch(e -> e.start() < end && start < e.end());
  }
}
