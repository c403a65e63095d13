package org.counterclaim.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a document: its metadata title unless that is junk ("Microsoft Word - draft3.docx", "untitled"),
 * else the subject line of a letter or e-mail in its header ("Re: …"), else the first prose line of its header, cut
 * at a sentence or word boundary, else the file name.
 */
public final class TitleGuesser {

  static final int MAX_LENGTH = 160;
  private static final Pattern JUNK_TITLE = Pattern.compile(
      "(?i)^(untitled(?: document)?(?:[- ]?\\d+)?|document\\d*|microsoft (?:word|powerpoint|excel) - .*"
          + "|.*\\.(docx?|pptx?|xlsx?|pdf|odt|rtf|txt|html?|indd)|slide \\d+|layout \\d+|title|\\W*)$");
  private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:re|subject)\\s*:\\s*(\\S.*)$");
  /** Words that end with a full stop without ending a sentence: titles, ranks, "No.", "approx.". */
  private static final List<String> ABBREVIATIONS = List.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "vs",
      "etc", "approx", "lt", "col", "gen", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "cdr",
      "gov", "sen", "rep", "rev", "hon", "jr", "sr", "dept", "govt", "inc", "ltd", "co", "corp");

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
    return subjectLine(header).or(header::firstProse).map(TitleGuesser::shorten).orElse(fileName);
  }

  /** The value of a "Re:" or "Subject:" line in the header. */
  private static Optional<String> subjectLine(DocumentHeader header) {
    for (DocumentHeader.Line line : header.lines()) {
      Matcher m = SUBJECT.matcher(line.text());
      if (line.kind() == DocumentHeader.Kind.LABEL && m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
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

  /**
   * The end of the first sentence longer than 20 characters: a full stop, "!" or "?" followed by a space and a
   * capital or a quote, after a word that is not an abbreviation ("Gen."), an initial ("F.") or dotted ("U.S.").
   */
  private static int firstSentenceEnd(String line) {
    for (int i = 20; i < line.length() - 2; i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ' && startsSentence(line.charAt(i + 2))
          && (c != '.' || endsSentence(line, i))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || "\"'\u201c\u2018".indexOf(c) >= 0;
  }

  private static boolean endsSentence(String line, int dot) {
    String word = line.substring(line.lastIndexOf(' ', dot) + 1, dot).replaceAll("^\\W+", "");
    return word.length() >= 2 && !word.contains(".") && Character.isLetterOrDigit(word.charAt(word.length() - 1))
        && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
