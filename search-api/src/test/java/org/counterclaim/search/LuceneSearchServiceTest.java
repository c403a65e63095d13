package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over an index of the five seed documents, built once for the class. */
class LuceneSearchServiceTest {

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    TestIndexes.build(work.resolve("index"), TestFiles.corpus());
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static SearchResponse search(String q) {
    return search(q, Map.of(), SortOrder.RELEVANCE);
  }

  private static SearchResponse search(String q, Map<String, List<String>> filters, SortOrder sort) {
    return service.search(new SearchRequest(q, filters, 1, 10, sort));
  }

  private static List<String> files(SearchResponse response) {
    return response.hits().stream().map(h -> Path.of(h.path()).getFileName().toString().substring(0, 3)).sorted().toList();
  }

  private static Map<String, Long> counts(SearchResponse response, String dim) {
    Map<String, Long> counts = new LinkedHashMap<>();
    response.facets().stream().filter(f -> f.dim().equals(dim)).findFirst().orElseThrow()
        .values().forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  @Test
  void raqqa_finds_every_seed_document_with_snippets_that_point_into_the_text() {
    SearchResponse response = search("Raqqa");
    assertEquals(5, response.total());
    assertEquals(List.of("000", "001", "002", "003", "004"), files(response));
    for (SearchResponse.Hit hit : response.hits()) {
      String text = service.document(hit.id()).orElseThrow().text();
      assertTrue(!hit.snippets().isEmpty(), hit.path());
      for (SearchResponse.Snippet snippet : hit.snippets()) {
        assertEquals(text.substring(snippet.start(), snippet.end()), snippet.text());
        for (SearchResponse.Span h : snippet.highlights()) {
          assertEquals("raqqa", text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
  }

  @Test
  void facets_count_type_publisher_and_year() {
    SearchResponse response = search("Raqqa");
    assertEquals(Map.of("news article", 3L, "press statement", 2L), counts(response, "type"));
    assertEquals(Map.of("Amnesty International", 2L, "Al Jazeera", 1L, "Voice of America", 1L), counts(response, "publisher"));
    assertEquals(List.of("2019", "2018"), new ArrayList<>(counts(response, "year").keySet()));
    assertEquals(Map.of("2019", 1L, "2018", 2L), counts(response, "year"));
  }

  @Test
  void a_selected_facet_keeps_its_siblings_counts() {
    SearchResponse response = search("Raqqa", Map.of("publisher", List.of("Amnesty International")), SortOrder.RELEVANCE);
    assertEquals(2, response.total());
    assertEquals(Map.of("Amnesty International", 2L, "Al Jazeera", 1L, "Voice of America", 1L), counts(response, "publisher"));
    assertEquals(Map.of("press statement", 2L), counts(response, "type"));
    assertTrue(response.facets().get(1).values().stream().filter(SearchResponse.FacetValue::selected)
        .allMatch(v -> v.value().equals("Amnesty International")));
  }

  @Test
  void values_of_one_dimension_are_ored_and_dimensions_anded() {
    assertEquals(List.of("001", "002"),
        files(search("", Map.of("publisher", List.of("Al Jazeera", "Voice of America")), SortOrder.RELEVANCE)));
    assertEquals(List.of("003"), files(search("", Map.of("publisher", List.of("Amnesty International"),
        "year", List.of("2018")), SortOrder.RELEVANCE)));
  }

  @Test
  void newest_first_puts_undated_documents_last() {
    SearchResponse response = search("Raqqa", Map.of(), SortOrder.NEWEST);
    assertEquals(List.of("2019-01", "2018-07-18", "2018-07-17"),
        response.hits().subList(0, 3).stream().map(SearchResponse.Hit::date).toList());
    assertEquals(List.of("2018-07-17", "2018-07-18", "2019-01"),
        search("Raqqa", Map.of(), SortOrder.OLDEST).hits().subList(0, 3).stream().map(SearchResponse.Hit::date).toList());
  }

  @Test
  void query_syntax_works_as_lucene_users_expect() {
    assertEquals(List.of("004"), files(search("\"deliberate withdrawal\"")));
    assertEquals(List.of("002"), files(search("Raqqa AND Airwars NOT Guardian AND \"1,600\"")));
    assertEquals(5, search("raq*").total());
    assertEquals(5, search("Raqa~").total());
    assertEquals(List.of("003"), files(search("title:flaws")));
    assertEquals(List.of("002"), files(search("publisher:\"voice of america\"")));
    assertEquals(List.of("000", "003"), files(search("date:[2018-07-01 TO 2018-07-31]")));
    assertEquals(List.of("004"), files(search("year:[2019 TO 2019]")));
    assertEquals(List.of("004"), files(search("date:2019")));
  }

  @Test
  void a_word_before_a_colon_that_is_no_field_is_searched_as_a_word() {
    assertEquals(List.of("003"), files(search("Syria: Flaws")));
  }

  @Test
  void malformed_queries_are_invalid_with_a_reason() {
    InvalidQueryException unbalanced = assertThrows(InvalidQueryException.class, () -> search("\"unbalanced"));
    assertEquals("query does not parse", unbalanced.getMessage());
    assertEquals("the quote at character 1 (“\"unbalanced”) is not closed: add a closing \" after the phrase",
        unbalanced.detail());
    assertEquals("query does not parse", assertThrows(InvalidQueryException.class, () -> search("*raqqa")).getMessage());
    assertEquals("query does not parse", assertThrows(InvalidQueryException.class, () -> search("nosuchfield:ra*")).getMessage());
    assertEquals("query too long", assertThrows(InvalidQueryException.class, () -> search("a ".repeat(3000))).getMessage());
    assertEquals("query does not parse", assertThrows(InvalidQueryException.class, () -> search("date:[yesterday TO now]")).getMessage());
  }

  @Test
  void empty_query_lists_every_document_with_its_opening() {
    SearchResponse response = search("");
    assertEquals(5, response.total());
    response.hits().forEach(h -> assertEquals(1, h.snippets().size(), h.path()));
    response.hits().forEach(h -> assertEquals(0, h.snippets().get(0).start(), h.path()));
  }

  @Test
  void pages_slice_the_hits_and_deep_pages_are_refused() {
    SearchResponse third = service.search(new SearchRequest("Raqqa", Map.of(), 3, 2, SortOrder.OLDEST));
    assertEquals(1, third.hits().size());
    assertEquals(5, third.total());
    assertThrows(InvalidQueryException.class,
        () -> service.search(new SearchRequest("Raqqa", Map.of(), 200, 100, SortOrder.RELEVANCE)));
  }

  @Test
  void document_has_text_and_metadata_and_unknown_id_is_empty() throws IOException {
    SearchResponse.Hit hit = search("title:flaws").hits().get(0);
    DocumentView doc = service.document(hit.id()).orElseThrow();
    assertEquals("Syria: Flaws in the US-led Coalition's reporting on civilian casualties in Raqqa", doc.title());
    assertEquals("2018-07-17", doc.date());
    assertEquals("press statement", doc.type());
    assertEquals("Amnesty International", doc.publisher());
    assertEquals("text/plain", doc.contentType());
    assertEquals(java.nio.file.Files.readString(TestFiles.corpus().resolve("003_9b047ec938dd0195.txt")).strip(), doc.text());
    assertEquals(doc.text().length(), doc.textLength());
    assertEquals(null, doc.parent());
    assertEquals(List.of(), doc.children());
    assertTrue(service.document("0000000000000000").isEmpty());
  }

  @Test
  void facets_and_health_cover_the_whole_index() {
    assertEquals(5, service.facets().total());
    assertEquals(Map.of("en", 5L), service.facets().facets().stream().filter(f -> f.dim().equals("language"))
        .findFirst().orElseThrow().values().stream()
        .collect(java.util.stream.Collectors.toMap(SearchResponse.FacetValue::value, SearchResponse.FacetValue::count)));
    assertEquals(new SearchService.Health("ok", 5, work.resolve("index").toAbsolutePath().normalize().toString()),
        service.health());
  }
}
