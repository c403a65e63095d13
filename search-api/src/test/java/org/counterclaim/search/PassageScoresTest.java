package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our passage scoring gives exactly Lucene's scores. */
class PassageScoresTest {

  @Test
  void scores_passages_exactly_as_lucene_does() {
    Random random = new Random(5);
    String[] words = {"killed", "civilians", "raqqa", "strike", "children"};
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    for (int round = 0; round < 2_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 300 + random.nextInt(400)); // room for the matches below
      int matches = random.nextInt(8);
      int offset = start;
      for (int i = 0; i < matches; i++) {
        String word = words[random.nextInt(words.length)];
        passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.length() % 3);
        offset += word.length() + 1 + random.nextInt(30);
      }
      int contentLength = passage.getEndOffset() + random.nextInt(10_000);
      assertEquals(lucene.score(passage, contentLength), ours.score(passage, contentLength), "round " + round);
    }
  }
}
