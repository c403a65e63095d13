package org.counterclaim.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Token;

/**
 * The organisation a document speaks for when the file says nothing of its type: an appeal or statement written
 * as "we" ("Our staff are telling us …", "we have been reaching out to victims") whose organisation acts in it by
 * name ("Save the Children condemns …", "Human Rights Watch is calling on …"). News copy writes "we" only inside
 * quotations, which do not count, so a wire story has no such voice.
 */
final class SelfVoice {

  /** "we", "our", "us" outside quotations, at least this often: a text in an organisation's own voice. */
  static final int FIRST_PERSON_MIN = 3;
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"\\n]*\"");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

  private SelfVoice() {}

  /** The organisation a first-person text acts as, by name, most often; empty for any other text. */
  static Optional<String> of(AnalysedDocument doc, List<EntityMention> organisations, Predicate<String> isNewsOutlet) {
    Matcher m = FIRST_PERSON.matcher(QUOTED.matcher(doc.source().text()).replaceAll(" "));
    int firstPerson = 0;
    while (m.find() && firstPerson < FIRST_PERSON_MIN) {
      firstPerson++;
    }
    if (firstPerson < FIRST_PERSON_MIN) {
      return Optional.empty();
    }
    Map<String, Integer> acts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (EntityMention org : organisations) {
      if (!isNewsOutlet.test(org.canonical()) && isSubject(doc.sentences(), org)) {
        acts.merge(org.canonical(), 1, Integer::sum);
        first.putIfAbsent(org.canonical(), org.start());
      }
    }
    return acts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -first.get(e.getKey())))
        .map(Map.Entry::getKey);
  }

  /** True when a finite verb follows the mention, adverbs aside: "Save the Children condemns", "X is calling". */
  private static boolean isSubject(List<Sentence> sentences, EntityMention org) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) { // the sentence the mention ends in: sentences are in text order
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= org.end()) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    List<Token> tokens = sentences.isEmpty() ? List.of() : sentences.get(lo).tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < org.end()) {
      i++;
    }
    while (i < tokens.size() && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("RB")) {
      i++;
    }
    return i < tokens.size() && FINITE.contains(tokens.get(i).pos());
  }
}
