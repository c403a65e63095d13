package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.counterclaim.index.Schema;
import org.junit.jupiter.api.Test;

/** A query that does not parse is explained in words, pointing at the place. */
class QueryErrorsTest {

  private static final QueryParsing PARSING = new QueryParsing(Schema.analyzer());

  private static String why(String query) {
    try {
      PARSING.parseWithPhrases(query);
      return "parsed";
    } catch (InvalidQueryException e) {
      return e.detail();
    }
  }

  @Test
  void an_unclosed_quote_says_where_it_opens() {
    assertEquals("the quote at character 7 (“Raqqa \"civilian casualties”) is not closed: add a closing \" after the phrase",
        why("Raqqa \"civilian casualties"));
  }

  @Test
  void brackets_that_do_not_match_say_which() {
    assertEquals("the bracket ( at character 1 (“(raqqa OR mosul”) is not closed: add a ) after what it groups",
        why("(raqqa OR mosul"));
    assertEquals("the bracket ) at character 6 (“raqqa) OR mosul”) closes nothing: remove it or add a ( before it",
        why("raqqa) OR mosul"));
  }

  @Test
  void a_long_query_is_quoted_around_the_place() {
    assertEquals("the bracket ( at character 81 (“…a a a a a (raqqa”) is not closed: add a ) after what it groups",
        why("a ".repeat(40) + "(raqqa"));
  }

  @Test
  void an_operator_with_nothing_after_it_is_named() {
    assertEquals("the query ends with AND: add the words it should join, or remove it", why("raqqa AND"));
  }

  @Test
  void a_leading_wildcard_is_named() {
    assertEquals("a word cannot start with * or ? (*aqqa): put letters before the wildcard", why("*aqqa"));
  }

  @Test
  void our_own_reasons_lose_the_parsers_wrapping() {
    assertEquals("'lots' is not a whole number", why("killed:[lots TO *]"));
  }
}
