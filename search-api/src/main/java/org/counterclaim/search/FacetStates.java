package org.counterclaim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.counterclaim.index.Schema;

/**
 * The facet state of the current reader (built once per reader, which is costly), and the conversion of Lucene's
 * facet results into the API's dimensions.
 */
final class FacetStates {

  private IndexReader stateReader;
  private SortedSetDocValuesReaderState state;

  /** Drill sideways on this searcher, or empty while the index holds no facet values at all. */
  Optional<DrillSideways> drillSideways(IndexSearcher searcher, FacetsConfig config) {
    return state(searcher.getIndexReader()).map(s -> new DrillSideways(searcher, config, s));
  }

  /** Counts over every document. */
  Optional<Facets> allCounts(IndexSearcher searcher) {
    return state(searcher.getIndexReader()).map(s -> {
      try {
        return new SortedSetDocValuesFacetCounts(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private synchronized Optional<SortedSetDocValuesReaderState> state(IndexReader reader) {
    if (reader != stateReader) {
      stateReader = reader;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
      } catch (IllegalArgumentException e) {
        state = null; // no document has a facet value yet
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.ofNullable(state);
  }

  /**
   * The dimensions in the schema's order; years newest first, other values by count. Values longer than
   * {@link Caps#FACET_LABEL_CHARS} are not listed unless selected.
   */
  static List<SearchResponse.FacetDimension> dimensions(Facets facets, Map<String, List<String>> selected, int top) {
    return dimensions(dim -> {
      FacetResult result = facets == null ? null : topChildren(facets, dim, top);
      return result == null ? List.of() : List.of(result.labelValues);
    }, selected);
  }

  /**
   * The dimensions from each one's top values by count (as the backend counted them, ties in label order), in the
   * schema's order; years newest first. Values longer than {@link Caps#FACET_LABEL_CHARS} are not listed unless
   * selected; a selected value without hits is listed with 0.
   */
  static List<SearchResponse.FacetDimension> dimensions(Function<String, List<LabelAndValue>> topValues,
                                                        Map<String, List<String>> selected) {
    List<SearchResponse.FacetDimension> dims = new ArrayList<>();
    for (Schema.Dimension dim : Schema.DIMENSIONS) {
      List<String> chosen = selected.getOrDefault(dim.name(), List.of());
      List<SearchResponse.FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : topValues.apply(dim.name())) {
        if (lv.label.length() > Caps.FACET_LABEL_CHARS && !chosen.contains(lv.label)) {
          continue; // junk from a file's metadata; it can still be searched for, it is not listed
        }
        values.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue(), chosen.contains(lv.label)));
      }
      for (String value : chosen) { // a selected value with no hits still shows, so it can be unselected
        if (values.stream().noneMatch(v -> v.value().equals(value))) {
          values.add(new SearchResponse.FacetValue(value, 0, true));
        }
      }
      if (dim.name().equals(Schema.YEAR)) {
        values.sort(Comparator.comparing(SearchResponse.FacetValue::value).reversed());
      }
      dims.add(new SearchResponse.FacetDimension(dim.name(), dim.label(), values));
    }
    return dims;
  }

  private static FacetResult topChildren(Facets facets, String dim, int top) {
    try {
      return facets.getTopChildren(top, dim);
    } catch (IllegalArgumentException e) {
      return null; // the dimension has no value in this index yet
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
