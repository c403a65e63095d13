package org.counterclaim.analysis;

import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Span;

/**
 * Whether a mention of a person speaks in the text: the subject of a verb of saying ("Kamyshin said", "X, head of
 * the railway, told reporters", "X wrote on Telegram"), named after one ("…,” said Col. X"), cited ("according to
 * X") or introducing a quotation ("X: “…”"). An official is someone who speaks for an organisation; a president or
 * a general merely named ("President Bashar al-Assad's forces") is a person, not a source, and neither is a
 * correspondent whose byline or sign-off names them.
 */
final class Speakers {

  private static final String VERBS = "said|says|say|told|tells|added|adds|stated|states|announced|announces|wrote"
      + "|writes|tweeted|posted|confirmed|confirms|reported|reports|noted|notes|explained|explains|claimed|claims"
      + "|estimated|estimates|insisted|insists|warned|warns|described|describes|declared|declares|acknowledged"
      + "|admitted|denied|denies|disputed|recalled|recounted|urged|urges|called|calls|briefed|testified|asked"
      + "|replied|responded|commented|conceded|argued|cautioned|stressed|emphasised|emphasized|indicated|revealed"
      + "|blamed|accused|condemned|concluded|found|put|gave|gives|quoted|speaking|saying|telling|branded|dismissed"
      + "|dismissing|rejected|rejecting|criticised|criticized|welcomed|defended|promised|vowed|pledged";
  /**
   * After the name: an optional affiliation ("of Human Rights Watch") or appositive between commas, adverbs or
   * auxiliaries, then the verb.
   */
  private static final Pattern AFTER = Pattern.compile("(?is)^(?:['’]s\\s+(?:office|ministry|spokes\\w+)\\s+)?"
      + "(?:\\s*\\([^)]{0,80}\\))?(?:\\s+(?:of|from|at|with)\\s+[^,.;:\\n]{1,80}?)?(?:\\s*,[^;\\n]{1,220}?,|\\s*,)?"
      + "\\s*(?:[-–—]\\s*)?(?:\\w+ly\\s+|has\\s+|had\\s+|have\\s+|was\\s+|is\\s+"
      + "|also\\s+|later\\s+|then\\s+|further\\s+)*(?:" + VERBS + ")\\b");
  /** Before the name: "said X", "according to X", "told by X", with a title between ("said Col. X"). */
  private static final Pattern BEFORE = Pattern.compile("(?is)(?:[,”\"’]\\s*(?:said|says|added|adds|wrote|writes|told"
      + "|tells|explained|noted|stated|recalled|insisted|warned)|\\baccording\\s+to|\\bquoting|\\bquoted)"
      + "\\s+(?:the\\s+|a\\s+|an\\s+)?[^;:\\n“”\"]{0,80}$");
  /** "the government of President X", "forces loyal to X": the name completes another noun, it is no subject. */
  private static final Pattern COMPLEMENT = Pattern.compile("(?i)\\b(?:of|to|by|under|against|with)\\s+"
      + "(?:(?:\\p{Lu}[\\p{L}.’'-]*|the|former|late)\\s+){0,4}$");
  private static final Pattern REPORTING_FROM = Pattern.compile("(?i)^\\s*,?\\s*(?:who\\s+is\\s+)?reporting\\s+from\\b");
  private static final Pattern QUOTE_AFTER = Pattern.compile("(?s)^\\s*:\\s*[“\"]");
  private static final Set<String> PRESS = Set.of("correspondent", "reporter", "journalist", "editor",
      "photographer", "producer", "anchor", "columnist", "reporting", "writer", "author", "professor", "lecturer",
      "analyst", "scholar", "historian", "commentator");

  private Speakers() {}

  /** True when this mention speaks, within its sentence. */
  static boolean speaks(String text, Span sentence, EntityMention mention) {
    String after = text.substring(mention.end(), Math.min(sentence.end(), mention.end() + 220));
    String before = text.substring(Math.max(sentence.start(), mention.start() - 90), mention.start());
    if (REPORTING_FROM.matcher(after).find()) {
      return false; // "Al Jazeera's Rob McBride, reporting from Lviv": a correspondent
    }
    boolean subject = !COMPLEMENT.matcher(before).find();
    return subject && (AFTER.matcher(after).find() || QUOTE_AFTER.matcher(after).find())
        || BEFORE.matcher(before).find() && !before.contains("\n");
  }

  /** True when the title is the press's or academia's: "Middle East correspondent", "a professor at …". */
  static boolean isPress(String title) {
    if (title == null) {
      return false;
    }
    for (String word : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (PRESS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
