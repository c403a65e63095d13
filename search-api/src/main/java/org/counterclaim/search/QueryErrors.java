package org.counterclaim.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words where a query broke, instead of the parser's message ("Cannot parse '\"x': Lexical error at line 1,
 * column 3. Encountered: &lt;EOF&gt; after : ..."): an unclosed quote or bracket, a bracket that closes nothing, an
 * operator with nothing after it, a wildcard at the start of a word. Our own reasons (an unknown field, a count out
 * of range) are kept, without the parser's "Cannot parse" around them.
 */
final class QueryErrors {

  private static final Pattern CANNOT_PARSE = Pattern.compile("(?s)^Cannot parse '.*?': (.*)$");
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern DANGLING = Pattern.compile("(?i)(?:^|\\s)(AND|OR|NOT|&&|\\|\\|)\\s*$");
  private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(AND|OR|&&|\\|\\|)(?:\\s|$)");
  private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:])([*?]\\S*)");

  /** A query up to this long is repeated whole in the message. */
  private static final int WHOLE_QUERY_CHARS = 80;

  private QueryErrors() {}

  /** One sentence for a query that did not parse, with the parser's message for what it does not recognise. */
  static String explain(String query, String parserMessage) {
    String message = parserMessage == null ? "" : parserMessage.replaceAll("\\s+", " ").strip();
    Matcher cannot = CANNOT_PARSE.matcher(message);
    String reason = cannot.matches() ? cannot.group(1) : message;
    boolean parsers = reason.isEmpty() || reason.startsWith("Lexical error") || reason.startsWith("Encountered")
        || reason.contains("not allowed as first character");
    if (!parsers) {
      return clip(reason); // a reason of ours: unknown field, not a date, not a count
    }
    int quote = unclosedQuote(query);
    if (quote >= 0) {
      return "the quote at character " + (quote + 1) + " (" + around(query, quote) + ") is not closed: add a"
          + " closing \" after the phrase";
    }
    String brackets = brackets(query);
    if (brackets != null) {
      return brackets;
    }
    Matcher dangling = DANGLING.matcher(query);
    if (dangling.find()) {
      return "the query ends with " + dangling.group(1).toUpperCase(Locale.ROOT) + ": add the words it should join,"
          + " or remove it";
    }
    Matcher leading = LEADING.matcher(query);
    if (leading.find()) {
      return "the query starts with " + leading.group(1).toUpperCase(Locale.ROOT) + ": put words before it, or"
          + " remove it";
    }
    Matcher wildcard = LEADING_WILDCARD.matcher(query);
    if (wildcard.find()) {
      return "a word cannot start with * or ? (" + clip(wildcard.group(1)) + "): put letters before the wildcard";
    }
    Matcher column = COLUMN.matcher(reason);
    return column.find()
        ? "the query cannot be read at character " + column.group(1) + " (" + around(query,
            Math.max(0, Integer.parseInt(column.group(1)) - 1)) + "); check quotes, brackets, colons and operators"
        : "the query cannot be read; check quotes, brackets, colons and operators";
  }

  /** The offset of a quote that opens a phrase never closed, or -1. Escaped quotes (\") do not count. */
  private static int unclosedQuote(String query) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** Why the brackets do not match, or null when they do. Brackets inside a phrase do not count. */
  private static String brackets(String query) {
    int depth = 0;
    int lastOpen = -1;
    boolean inPhrase = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        inPhrase = !inPhrase;
      } else if (!inPhrase && c == '(') {
        depth++;
        lastOpen = i;
      } else if (!inPhrase && c == ')') {
        if (depth == 0) {
          return "the bracket ) at character " + (i + 1) + " (" + around(query, i) + ") closes nothing: remove it or"
              + " add a ( before it";
        }
        depth--;
      }
    }
    return depth > 0 ? "the bracket ( at character " + (lastOpen + 1) + " (" + around(query, lastOpen) + ") is not"
        + " closed: add a ) after what it groups" : null;
  }

  /** The query when it is short, else a few characters of it around an offset, to point at the place. */
  private static String around(String query, int at) {
    if (query.length() <= WHOLE_QUERY_CHARS) {
      return "“" + query + "”";
    }
    int from = Math.max(0, at - 10);
    int to = Math.min(query.length(), at + 15);
    return "“" + (from > 0 ? "…" : "") + query.substring(from, to) + (to < query.length() ? "…" : "") + "”";
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
