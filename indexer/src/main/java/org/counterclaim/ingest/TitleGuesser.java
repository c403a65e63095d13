package org.counterclaim.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title of a document: its metadata title unless that is junk ("Microsoft Word - draft3.docx", "untitled"),
 * else the first prose line of its header, cut at a sentence or word boundary, else the file name.
 */
public final class TitleGuesser {

  static final int MAX_LENGTH = 160;
  private static final Pattern JUNK_TITLE = Pattern.compile(
      "(?i)^(untitled|document\\d*|microsoft word - .*|.*\\.(docx?|pdf|odt|rtf|txt|html?)|slide \\d+|title|\\W*)$");

  private TitleGuesser() {}

  public static String guess(Map<String, List<String>> metadata, DocumentHeader header, String fileName) {
    for (String key : List.of("dc:title", "title", "og:title", "dc:subject", "subject")) {
      List<String> values = metadata.get(key);
      if (values != null) {
        for (String value : values) {
          String v = value.strip().replaceAll("\\s+", " ");
          if (!JUNK_TITLE.matcher(v).matches()) {
            return shorten(v);
          }
        }
      }
    }
    return header.firstProse().map(TitleGuesser::shorten).orElse(fileName);
  }

  /** The first sentence of a long line, or its first words, with an ellipsis when cut. */
  static String shorten(String line) {
    if (line.length() <= MAX_LENGTH) {
      return line;
    }
    int sentenceEnd = firstSentenceEnd(line);
    if (sentenceEnd > 20 && sentenceEnd <= MAX_LENGTH) {
      return line.substring(0, sentenceEnd);
    }
    int space = line.lastIndexOf(' ', MAX_LENGTH - 1);
    return line.substring(0, space > 40 ? space : MAX_LENGTH - 1).stripTrailing() + "…";
  }

  private static int firstSentenceEnd(String line) {
    for (int i = 1; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' '
          && Character.isLowerCase(line.charAt(i - 1)) && !isAbbreviation(line, i)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isAbbreviation(String line, int dot) {
    int start = line.lastIndexOf(' ', dot) + 1;
    String word = line.substring(start, dot).toLowerCase(Locale.ROOT);
    return List.of("mr", "mrs", "ms", "dr", "col", "gen", "lt", "st", "no", "vs", "etc").contains(word);
  }
}
