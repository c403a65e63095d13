package org.counterclaim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search keeps answering while an index run adds documents, and sees them once they are committed. */
class LiveIndexTest {

  @TempDir
  Path work;

  private long total(LuceneSearchService service) {
    return service.search(new SearchRequest("Raqqa", Map.of(), 1, 10, SortOrder.RELEVANCE)).total();
  }

  @Test
  void documents_indexed_while_serving_become_searchable_without_a_restart() throws Exception {
    Path index = work.resolve("index");
    Path first = Files.createDirectories(work.resolve("first"));
    Files.copy(TestFiles.corpus().resolve("000_29af3096213c5464.txt"), first.resolve("a.txt"));
    TestIndexes.build(index, first);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertEquals(1, total(service));
      TestIndexes.build(index, TestFiles.corpus());
      long deadline = System.nanoTime() + 15_000_000_000L;
      long seen = total(service);
      while (seen < 5 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        seen = total(service);
      }
      assertEquals(5, seen); // a.txt has the same content as the seed 000, so it counts once
    }
  }

  @Test
  void an_empty_index_is_created_and_answers() throws IOException {
    try (LuceneSearchService service = LuceneSearchService.open(work.resolve("new-index"))) {
      SearchResponse response = service.search(new SearchRequest("", Map.of(), 1, 10, SortOrder.NEWEST));
      assertEquals(0, response.total());
      assertEquals(14, response.facets().size());
    }
  }
}
