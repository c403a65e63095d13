package org.counterclaim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.model.Span;

/**
 * The parts of a page that are not what it reports: bylines ("By our Middle East correspondent John Doe"), photo
 * credits and captions ("(AP Photo/Hussein Malla)", "Image caption …", "[File: …]"), lists of related stories
 * ("Read more: …", "Related:" and the headlines under it), navigation and sharing ("Skip to main content", "Share
 * this", "Follow us"), comment and subscription boilerplate, copyright lines. They stay in the text, searchable;
 * analysis sees blanks in their place, so they give no people, officials, titles or figures.
 */
public final class Boilerplate {

  /** A line that is boilerplate by its opening words. */
  private static final Pattern LINE = Pattern.compile("(?i)^\\s*(?:read more|read also|see also|related(?: articles| "
      + "stories| topics| content| coverage| news)?\\s*:|more on this (?:story|topic)|you may also like|recommended"
      + "(?: for you| stories)?\\s*:?\\s*$|most (?:read|popular|viewed)|watch\\s*:|listen\\s*:|sign up|subscribe\\b"
      + "|follow us|share (?:this|on|via)|skip to|advertisement\\s*$|image (?:caption|copyright|source)|photo\\s*:"
      + "|picture\\s*:|caption\\s*:|credit\\s*:|file photo|\\d+\\s+comments?\\s*$|comments\\s*$|leave a comment"
      + "|log in to comment|join the conversation|copyright\\b|©|all rights reserved|top of page\\s*$"
      + "|bottom of page\\s*$|jump to (?:navigation|search)|print this|email this)");
  /** "By John Doe", "By our Middle East correspondent John Doe", "By JOHN DOE - UPI 8/1/2002 |". */
  private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY|Written by|Reporting by|Editing by)\\s+"
      + "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
      + "|October|November|December|The\\b|Then\\b|Now\\b|Late\\b|Early\\b|Last\\b|Midday|Noon|Evening|Morning|Dawn"
      + "|Nightfall|Mid-)(?:our\\s+[\\p{L} ]{0,40}?(?:correspondent|editor|reporter)\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}"
      + "(?:\\s*(?:[-|,;]|and|in|for)\\s*.{0,60})?$");
  /** Credits inside a line: "(AP Photo/Hussein Malla)", "[File: Aboud Hamam/Reuters]", "(Photo: X / @LocalFocus1)". */
  private static final Pattern CREDIT = Pattern.compile("(?i)[(\\[]\\s*(?:[\\p{L} ]{0,20}photo\\b|file\\s*:|photo\\s*:"
      + "|picture\\s*:|image\\s*:|credit\\s*:|getty images|reuters/|afp/)[^)\\]\\n]{0,120}[)\\]]");
  /** Headlines listed under a "Related" line: short, without a closing full stop. */
  private static final int LISTED_HEADLINE = 120;
  private static final int LIST_LENGTH = 8;
  private static final int LONGEST_LINE = 200;

  private Boilerplate() {}

  /** The spans of a text that are boilerplate, in order. */
  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int listLeft = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end);
      boolean blank = line.isBlank();
      if (!blank && line.length() <= LONGEST_LINE && (LINE.matcher(line).find() || BYLINE.matcher(line).matches())) {
        spans.add(new Span(start, end));
        listLeft = isListHeader(line) ? LIST_LENGTH : 0;
      } else if (!blank && listLeft > 0 && line.strip().length() <= LISTED_HEADLINE && !line.strip().endsWith(".")) {
        spans.add(new Span(start, end)); // a headline in the list under "Related:"
        listLeft--;
      } else {
        listLeft = blank ? listLeft : 0;
        Matcher credit = CREDIT.matcher(line);
        while (credit.find()) {
          spans.add(new Span(start + credit.start(), start + credit.end()));
        }
      }
      start = end + 1;
    }
    return spans;
  }

  /** The text with every boilerplate span blanked out, character for character, so offsets still hold. */
  public static String blanked(String text) {
    List<Span> spans = find(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (Span s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        if (!Character.isWhitespace(out.charAt(i))) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  private static boolean isListHeader(String line) {
    return line.strip().matches("(?i)^(?:related(?: articles| stories| topics| content| coverage| news)?|more on this "
        + "(?:story|topic)|you may also like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|read more)"
        + "\\s*:?\\s*$");
  }
}
