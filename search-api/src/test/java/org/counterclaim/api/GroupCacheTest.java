package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.counterclaim.model.Category;
import org.counterclaim.model.Claim;
import org.counterclaim.model.EventGroup;
import org.counterclaim.model.Qualifier;
import org.counterclaim.model.Stance;
import org.counterclaim.search.DocumentView;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchResponse;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.TextWindow;
import org.junit.jupiter.api.Test;

/** The whole index's groups: computed once per index version, the previous ones served while the next are made. */
class GroupCacheTest {

  /** An index whose version the test sets, whose claims name the version they were read at. */
  private static class FakeIndex implements SearchService {
    final AtomicLong version = new AtomicLong(1);
    final AtomicInteger reads = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public List<Claim> claims(String query) {
      reads.incrementAndGet();
      try {
        assertTrue(gate.await(30, TimeUnit.SECONDS), "the test never opened the gate");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      String place = "Place" + version.get();
      return List.of(new Claim("a.txt", "0123456789abcdef", "A", "2017-06-01", 10, null, Qualifier.EXACT, Category.KILLED,
          "civilians", place, null, "Airwars", null, Stance.REPORTED, "10 killed", 0, 9, "10 killed."));
    }

    @Override
    public long indexVersion() {
      return version.get();
    }

    @Override
    public SearchResponse search(SearchRequest request) {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public Optional<DocumentView> document(String id, TextWindow window) {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public FacetsResponse facets() {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public Optional<OriginalFile> original(String id) {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public Health health() {
      throw new UnsupportedOperationException("not used by the cache");
    }

    @Override
    public void close() {}
  }

  private static String place(List<EventGroup> groups) {
    return groups.get(0).event().location();
  }

  @Test
  void the_first_request_waits_and_later_ones_reuse_the_groups() {
    FakeIndex index = new FakeIndex();
    GroupCache cache = new GroupCache(index);
    GroupCache.Current first = cache.current();
    assertEquals("Place1", place(first.groups()));
    assertFalse(first.updating());
    for (int i = 0; i < 5; i++) {
      assertEquals("Place1", place(cache.current().groups()));
    }
    assertEquals(1, index.reads.get());
  }

  @Test
  void after_a_commit_the_old_groups_are_served_while_the_new_ones_are_computed_once() {
    FakeIndex index = new FakeIndex();
    GroupCache cache = new GroupCache(index);
    cache.current();
    index.gate = new CountDownLatch(1);
    index.version.set(2);
    for (int i = 0; i < 5; i++) {
      GroupCache.Current during = cache.current();
      assertTrue(during.updating());
      assertEquals("Place1", place(during.groups()));
    }
    index.gate.countDown();
    assertEquals("Place2", place(cache.newest()));
    GroupCache.Current after = cache.current();
    assertFalse(after.updating());
    assertEquals("Place2", place(after.groups()));
    assertEquals(2, index.reads.get(), "one read per version, however many requests came meanwhile");
  }

  @Test
  void a_failed_computation_is_the_requests_error_and_is_tried_again() {
    FakeIndex index = new FakeIndex() {
      final AtomicInteger calls = new AtomicInteger();

      @Override
      public List<Claim> claims(String query) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("index closed");
        }
        return super.claims(query);
      }
    };
    GroupCache cache = new GroupCache(index);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, cache::current);
    assertEquals("index closed", e.getMessage());
    assertEquals("Place1", place(cache.current().groups()));
  }
}
