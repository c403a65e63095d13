package org.counterclaim.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.counterclaim.model.Category;

/**
 * The one place that knows the index's field names, how each is analysed, and the facet dimensions. Indexing and
 * searching both use this class, so the {@link FacetsConfig} and the analyzer at search time are the ones used at
 * indexing time.
 */
public final class Schema {

  // Identity and provenance (exact-match keywords, stored).
  public static final String ID = "id";
  public static final String ROOT_ID = "root_id";
  public static final String PARENT_ID = "parent_id";
  /** The path as the user gave it, e.g. {@code corpus/a.txt}, plus {@code !/entry} for embedded documents. */
  public static final String PATH = "path";
  /** The absolute file on disk; the key of incremental bookkeeping. */
  public static final String FILE = "file";
  public static final String SHA256 = "sha256";
  public static final String CONTENT_TYPE = "content_type";

  // Searchable text (analysed). TEXT is stored with offsets for highlighting.
  public static final String TITLE = "title";
  public static final String TEXT = "text";

  // Metadata: stored as given, searchable as analysed text, faceted through the dimension of the same name.
  public static final String PUBLISHER = "publisher";
  public static final String TYPE = "type";
  public static final String LANGUAGE = "language";
  public static final String FORMAT = "format";
  public static final String YEAR = "year";
  /** Document month, {@code 2018-07}. */
  public static final String MONTH = "month";
  /** People named in the text (canonical full names). */
  public static final String PERSON = "person";
  /** Named officials: people with a role or affiliation. */
  public static final String OFFICIAL = "official";
  /** Organisations named in the text (canonical names). */
  public static final String ORGANIZATION = "organization";
  /** Places named in the text. */
  public static final String PLACE = "place";
  /** Casualty figures: category (killed, injured, casualties, missing), claimant, victims, and size bucket. */
  public static final String CATEGORY = "category";
  public static final String CLAIMANT = "claimant";
  public static final String VICTIMS = "victims";
  public static final String FIGURE_RANGE = "figure_range";
  /** Prefix of the point fields holding each figure's lower and upper bound, by category or "any". */
  public static final String FIGURE_MIN_PREFIX = "figure_min_";
  public static final String FIGURE_MAX_PREFIX = "figure_max_";
  /**
   * Each figure's bounds together, as a {@code LongRange} per figure (per category and under "any"): "a figure from
   * 300 to 400" is one within-query, so that a lower and an upper bound apply to the same figure and not to two
   * figures on either side of the range.
   */
  public static final String FIGURE_SPAN_PREFIX = "figure_span_";
  /** The categories a figure can have. */
  public static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::label).toList();

  /** The document date as an ISO string ({@code 2018}, {@code 2018-07} or {@code 2018-07-17}), stored. */
  public static final String DATE = "date";
  /** The document date as an epoch day: a LongPoint for ranges and a doc value for sorting. */
  public static final String DATE_DAY = "date_day";

  public static final String TRUNCATED = "truncated";
  public static final String SIZE_BYTES = "size_bytes";
  public static final String TEXT_LENGTH = "text_length";
  public static final String METADATA_JSON = "metadata_json";
  /** The entity mentions, as JSON, for the document page's highlights. */
  public static final String ENTITIES_JSON = "entities_json";
  /** The officials, as JSON. */
  public static final String OFFICIALS_JSON = "officials_json";
  /** The casualty figures with their attribution, as JSON. */
  public static final String FIGURES_JSON = "figures_json";
  /**
   * The first {@link #FIGURES_HEAD} figures, as JSON, and how many there are: what a search hit lists, so that a page
   * of hits does not read every figure of every hit.
   */
  public static final String FIGURES_HEAD_JSON = "figures_head_json";
  public static final String FIGURE_COUNT = "figure_count";
  public static final int FIGURES_HEAD = 20;
  /**
   * Most entity mentions stored with a document (the first ones in text order) for the document page's highlights;
   * facets count every distinct name. A million characters of "Bob Smith" would otherwise store 100,000 mentions.
   */
  public static final int MAX_STORED_MENTIONS = 20_000;
  /** Longest facet value indexed (longer ones are cut): Lucene refuses a facet path over 8,191 characters. */
  public static final int MAX_FACET_CHARS = 1_000;

  /** Fields that hold exact keywords: queried without analysis ({@code path:corpus/*}, {@code id:…}). */
  public static final List<String> KEYWORD_FIELDS = List.of(ID, ROOT_ID, PARENT_ID, PATH, FILE, SHA256, CONTENT_TYPE, DATE);
  /** Fields a query without a field name searches, with their boosts. */
  public static final Map<String, Float> DEFAULT_SEARCH_FIELDS = Map.of(TITLE, 2.0f, TEXT, 1.0f);
  /** Fields a query may name. */
  public static final List<String> QUERYABLE_FIELDS = List.of(
      TITLE, TEXT, PUBLISHER, TYPE, LANGUAGE, FORMAT, YEAR, MONTH, DATE, PATH, ID, PARENT_ID, ROOT_ID, CONTENT_TYPE,
      PERSON, OFFICIAL, ORGANIZATION, PLACE, CATEGORY, CLAIMANT, VICTIMS, Category.KILLED.label(),
      Category.INJURED.label(), Category.CASUALTIES.label(), Category.MISSING.label());

  /** A facet dimension: its field name (also the query parameter) and its label for people. */
  public record Dimension(String name, String label, boolean multiValued) {}

  /** The facet dimensions, in the order the sidebar shows them. */
  public static final List<Dimension> DIMENSIONS = List.of(
      new Dimension(TYPE, "Type", false),
      new Dimension(PUBLISHER, "Publisher", false),
      new Dimension(YEAR, "Year", false),
      new Dimension(MONTH, "Month", false),
      new Dimension(OFFICIAL, "Officials", true),
      new Dimension(PERSON, "People", true),
      new Dimension(ORGANIZATION, "Organisations", true),
      new Dimension(PLACE, "Places", true),
      new Dimension(CATEGORY, "Figures", true),
      new Dimension(CLAIMANT, "Claimants", true),
      new Dimension(VICTIMS, "Victims", true),
      new Dimension(FIGURE_RANGE, "Figure size", true),
      new Dimension(LANGUAGE, "Language", false),
      new Dimension(FORMAT, "Format", false));

  /** Text stored with positions and offsets, so snippets come from postings without re-analysis. */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  /** The facets configuration, shared by the writer and the searcher. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Dimension dim : DIMENSIONS) {
      config.setMultiValued(dim.name(), dim.multiValued());
    }
    return config;
  }

  /** The size bucket of a figure, by its lower bound: "1–9", "10–99", "100–999", "1,000–9,999", "10,000+". */
  public static String figureRange(long min) {
    if (min < 10) {
      return "1–9";
    } else if (min < 100) {
      return "10–99";
    } else if (min < 1_000) {
      return "100–999";
    } else if (min < 10_000) {
      return "1,000–9,999";
    }
    return "10,000+";
  }

  /** The dimension with this name, if there is one. */
  public static Optional<Dimension> dimension(String name) {
    return DIMENSIONS.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** English stemming for text, exact keywords for identifiers and paths. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    for (String field : KEYWORD_FIELDS) {
      perField.put(field, keyword);
    }
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
