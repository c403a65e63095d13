package org.counterclaim.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.counterclaim.extraction.FigureLimits;
import org.counterclaim.index.LuceneDocuments;
import org.counterclaim.index.Schema;

/**
 * Lucene query syntax over the title and text (AND/OR/NOT, "phrases", wildcards, fuzzy~, field:value), with
 * {@code date:[2018-01-01 TO 2018-06-30]} and {@code year:[2017 TO 2018]} as real ranges. A name before a colon
 * that is not a field ("Syria: Flaws") is read as words, not as a field. Errors become
 * {@link InvalidQueryException}s that say what to fix.
 */
final class QueryParsing {

  /** Longest query accepted, in characters. */
  static final int MAX_QUERY_CHARS = 4_000;
  /**
   * Most fuzzy, wildcard, prefix and regular-expression terms in one query. Each is an automaton run over the
   * terms of the index and may expand to 50 terms (fuzzy) or more, and a query may have at most
   * {@link IndexSearcher#getMaxClauseCount()} clauses once expanded: 500 fuzzy terms took 1.7 s to fail.
   */
  static final int MAX_EXPANDING_TERMS = 20;
  /** Longest piece of a query repeated in an error message. */
  private static final int QUOTED_CHARS = 100;

  private final Analyzer analyzer;

  QueryParsing(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query parse(String text) {
    return parseWithPhrases(text).query();
  }

  /**
   * The query with the words each of its phrases was made from: a backend that analyses text itself (SolrCloud,
   * with the same analyzer) is sent the words, and builds the very same phrase, stop-word gaps included.
   *
   * @param phrases the words of each phrase, by the phrase without slop
   */
  record Parsed(Query query, Map<PhraseQuery, String> phrases) {}

  /** Parses as {@link #parse}, keeping the words of each phrase. */
  Parsed parseWithPhrases(String text) {
    if (text == null || text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), Map.of());
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException("query too long",
          "a query may have at most " + MAX_QUERY_CHARS + " characters; this one has " + text.length());
    }
    try {
      Parser parser = new Parser(analyzer);
      return new Parsed(parser.parseChecked(text), Map.copyOf(parser.phrases));
    } catch (ParseException e) {
      throw new InvalidQueryException("query does not parse", QueryErrors.explain(text, e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooBroad();
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("query not accepted", e.getMessage());
    }
  }

  /** A query that expands to more clauses than Lucene runs: when parsing it, or when the searcher rewrites it. */
  static InvalidQueryException tooBroad() {
    return new InvalidQueryException("query too broad", "it expands to more than "
        + IndexSearcher.getMaxClauseCount() + " terms; use fewer fuzzy or wildcard terms, or longer ones");
  }

  /** The phrase with slop 0: the key of its words in {@link Parsed#phrases()}. */
  static PhraseQuery withoutSlop(PhraseQuery phrase) {
    if (phrase.getSlop() == 0) {
      return phrase;
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    for (int i = 0; i < phrase.getTerms().length; i++) {
      builder.add(phrase.getTerms()[i], phrase.getPositions()[i]);
    }
    return builder.build();
  }

  /** The start of a piece of the query, to repeat it in an error message. */
  private static String quoted(String part) {
    return part.length() <= QUOTED_CHARS ? part : part.substring(0, QUOTED_CHARS) + "…";
  }

  private static final class Parser extends MultiFieldQueryParser {

    private static final Map<String, Float> BOOSTS = new HashMap<>(Schema.DEFAULT_SEARCH_FIELDS);

    /** The words of each phrase made, by the phrase without slop. */
    private final Map<PhraseQuery, String> phrases = new HashMap<>();
    /** Expanding terms met so far, counted once per term whatever the number of fields it is looked for in. */
    private int expanding;
    private boolean acrossDefaultFields;

    @FunctionalInterface
    private interface TermQueryMaker {
      Query make() throws ParseException;
    }

    /** The query, unless it has more expanding terms than {@link #MAX_EXPANDING_TERMS}. */
    Query parseChecked(String text) throws ParseException {
      Query query = parse(text);
      if (expanding > MAX_EXPANDING_TERMS) {
        throw new InvalidQueryException("query too complex", "it has " + expanding + " fuzzy, wildcard, prefix or"
            + " regular-expression terms; at most " + MAX_EXPANDING_TERMS + " are allowed");
      }
      return query;
    }

    Parser(Analyzer analyzer) {
      super(BOOSTS.keySet().toArray(new String[0]), analyzer, BOOSTS);
      setDefaultOperator(QueryParser.Operator.AND);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field != null && !Schema.QUERYABLE_FIELDS.contains(field)) {
        // "Syria: Flaws" is two words, not a field named Syria.
        return super.getFieldQuery(null, field + " " + queryText, quoted);
      }
      if (Schema.CATEGORIES.contains(field) && !quoted && queryText.strip().matches("[0-9][0-9,]*")) {
        // killed:23 — documents with a killed figure of exactly 23 (not "at least 23", not 20 to 30)
        long n = count(queryText.strip());
        return FigureFilters.within(field, n, n);
      }
      if (Schema.DATE.equals(field)) {
        // date:2018-07 is the whole of July 2018, whatever precision each document's date has.
        return getRangeQuery(field, queryText, queryText, true, true);
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
        throws ParseException {
      Query query = super.newFieldQuery(analyzer, field, queryText, quoted);
      if (query instanceof PhraseQuery phrase) {
        phrases.put(withoutSlop(phrase), queryText);
      }
      return query;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      checkField(field);
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return expanding(field, () -> super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      checkField(field);
      return expanding(field, () -> super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      checkField(field);
      return expanding(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      checkField(field);
      try {
        return expanding(field, () -> super.getRegexpQuery(field, termStr));
      } catch (TooComplexToDeterminizeException e) {
        throw new InvalidQueryException("query too complex", "the regular expression /" + quoted(termStr)
            + "/ is too complex to run; use fewer alternatives and smaller repeat counts");
      }
    }

    /**
     * Counts a fuzzy, wildcard, prefix or regular-expression term. A term without a field is looked for in each
     * default field (this is then called again for each of them): it counts once, on the call without a field.
     */
    private Query expanding(String field, TermQueryMaker make) throws ParseException {
      if (!acrossDefaultFields) {
        expanding++;
      }
      if (field != null) {
        return make.make();
      }
      acrossDefaultFields = true;
      try {
        return make.make();
      } finally {
        acrossDefaultFields = false;
      }
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
      checkField(field);
      if (Schema.DATE.equals(field) || Schema.YEAR.equals(field)) {
        long lower = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1, false);
        long upper = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2, true);
        lower = startInclusive || lower == Long.MIN_VALUE ? lower : lower + 1;
        upper = endInclusive || upper == Long.MAX_VALUE ? upper : upper - 1;
        return LongPoint.newRangeQuery(Schema.DATE_DAY, lower, upper);
      }
      if (field != null && Schema.CATEGORIES.contains(field)) {
        // killed:[100 TO *] — documents with a killed figure whose lower bound lies in the range
        long lower = part1 == null || part1.equals("*") ? 0 : count(part1) + (startInclusive ? 0 : 1);
        long upper = part2 == null || part2.equals("*") ? Long.MAX_VALUE : count(part2) - (endInclusive ? 0 : 1);
        return LongPoint.newRangeQuery(Schema.FIGURE_MIN_PREFIX + field, lower, upper);
      }
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    /** A count of a figure range: a whole number from 0 to the largest figure read, so that ±1 cannot overflow. */
    private static long count(String value) throws ParseException {
      long count;
      try {
        count = Long.parseLong(value.replace(",", ""));
      } catch (NumberFormatException e) {
        throw new ParseException("'" + quoted(value) + "' is not a whole number");
      }
      if (count < 0 || count > FigureLimits.MAX_COUNT) {
        throw new ParseException("'" + value + "' is not a count from 0 to " + FigureLimits.MAX_COUNT);
      }
      return count;
    }

    private static void checkField(String field) throws ParseException {
      if (field != null && !Schema.QUERYABLE_FIELDS.contains(field)) {
        throw new ParseException("unknown field '" + field + "'; fields are " + String.join(", ", Schema.QUERYABLE_FIELDS));
      }
    }

    /** First (or, for an upper bound, last) epoch day of 2018, 2018-07 or 2018-07-17. */
    private static long day(String value, boolean upper) throws ParseException {
      try {
        long first = LuceneDocuments.epochDay(value)
            .orElseThrow(() -> new ParseException("'" + value + "' is not a date; use 2018, 2018-07 or 2018-07-17"));
        if (!upper) {
          return first;
        }
        LocalDate start = LocalDate.ofEpochDay(first);
        LocalDate end = switch (value.length()) {
          case 4 -> start.plusYears(1).minusDays(1);
          case 7 -> start.plusMonths(1).minusDays(1);
          default -> start;
        };
        return end.toEpochDay();
      } catch (DateTimeParseException e) {
        throw new ParseException("'" + value + "' is not a date; use 2018, 2018-07 or 2018-07-17");
      }
    }
  }
}
