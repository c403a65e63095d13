package org.counterclaim.search;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes a query that {@link QueryParsing} built into Solr's standard query syntax, so that Solr builds the same
 * Lucene query: parsing, its rules ({@code date:} and figure ranges, names before a colon that are no field) and
 * its errors stay in one place, and a SolrCloud search matches and scores as the embedded index does.
 * <ul>
 *   <li>terms (already analysed) go as {@code {!term}} with the value in a parameter of its own, so Solr neither
 *       analyses nor parses them again;</li>
 *   <li>a phrase goes as the words it was made from, which Solr analyses with the same analyzer into the same
 *       terms at the same positions (stop-word gaps included);</li>
 *   <li>prefix, wildcard, fuzzy, regular-expression and range terms (already normalised) go in Solr's own
 *       syntax: Solr's normalisation of them for an analyzer given by class is none;</li>
 *   <li>a boolean query with no positive clause matches nothing, as in Lucene (Solr would add {@code *:*}).</li>
 * </ul>
 */
final class SolrQuerySyntax {

  private static final String NOTHING = "(*:* -*:*)";

  private final Map<PhraseQuery, String> phrases;
  private final ModifiableSolrParams params;
  private final String prefix;
  private int next;

  /**
   * @param params where term values go, as {@code prefix0}, {@code prefix1}…
   */
  SolrQuerySyntax(Map<PhraseQuery, String> phrases, ModifiableSolrParams params, String prefix) {
    this.phrases = phrases;
    this.params = params;
    this.prefix = prefix;
  }

  /** The query in Solr's syntax (for {@code defType=lucene} with {@code q.op=OR}). */
  String write(Query query) {
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    } else if (query instanceof BoostQuery boost) {
      return "(" + write(boost.getQuery()) + ")^" + new BigDecimal(Float.toString(boost.getBoost())).toPlainString();
    } else if (query instanceof TermQuery term) {
      return "{!term f=" + term.getTerm().field() + " v=$" + param(term.getTerm().text()) + "}";
    } else if (query instanceof PhraseQuery phrase) {
      return phrase(phrase);
    } else if (query instanceof PrefixQuery prefixQuery) {
      return "{!prefix f=" + prefixQuery.getField() + " v=$" + param(prefixQuery.getPrefix().text()) + "}";
    } else if (query instanceof WildcardQuery wildcard) {
      return wildcard.getField() + ":" + wildcard.getTerm().text();
    } else if (query instanceof FuzzyQuery fuzzy) {
      return fuzzy.getField() + ":" + escape(fuzzy.getTerm().text()) + "~" + fuzzy.getMaxEdits();
    } else if (query instanceof RegexpQuery regexp) {
      return regexp.getField() + ":/" + regexp.getRegexp().text() + "/";
    } else if (query instanceof TermRangeQuery range) {
      return range.getField() + ":" + (range.includesLower() ? "[" : "{")
          + (range.getLowerTerm() == null ? "*" : quoted(range.getLowerTerm().utf8ToString())) + " TO "
          + (range.getUpperTerm() == null ? "*" : quoted(range.getUpperTerm().utf8ToString()))
          + (range.includesUpper() ? "]" : "}");
    } else if (query instanceof PointRangeQuery points && points.getNumDims() == 1 && points.getBytesPerDim() == 8) {
      long lower = LongPoint.decodeDimension(points.getLowerPoint(), 0);
      long upper = LongPoint.decodeDimension(points.getUpperPoint(), 0);
      return points.getField() + ":[" + (lower == Long.MIN_VALUE ? "*" : Long.toString(lower)) + " TO "
          + (upper == Long.MAX_VALUE ? "*" : Long.toString(upper)) + "]";
    } else if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    } else if (query instanceof MatchNoDocsQuery) {
      return NOTHING;
    }
    throw new IllegalStateException("no Solr form for " + query.getClass().getSimpleName() + ": " + query);
  }

  private String bool(BooleanQuery bool) {
    if (bool.getMinimumNumberShouldMatch() > 0) {
      throw new IllegalStateException("no Solr form for minimum-should-match: " + bool);
    }
    boolean positive = bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT);
    if (!positive) {
      return NOTHING;
    }
    StringBuilder out = new StringBuilder("(");
    for (BooleanClause clause : bool.clauses()) {
      if (out.length() > 1) {
        out.append(' ');
      }
      String inner = write(clause.getQuery());
      switch (clause.getOccur()) {
        case MUST -> out.append('+').append(inner);
        case MUST_NOT -> out.append('-').append(inner);
        case SHOULD -> out.append(inner);
        case FILTER -> out.append("+filter(").append(inner).append(')');
        default -> throw new IllegalStateException("unknown occur " + clause.getOccur());
      }
    }
    return out.append(')').toString();
  }

  private String phrase(PhraseQuery phrase) {
    String words = phrases.get(QueryParsing.withoutSlop(phrase));
    if (words == null) {
      throw new IllegalStateException("a phrase without its words: " + phrase);
    }
    return phrase.getField() + ":" + quoted(words) + (phrase.getSlop() > 0 ? "~" + phrase.getSlop() : "");
  }

  private String param(String value) {
    String name = prefix + next++;
    params.set(name, value);
    return name;
  }

  /** Between double quotes, with {@code "} and {@code \} escaped. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A term with every character the query syntax gives a meaning escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
