package org.counterclaim.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.counterclaim.contradictions.EventGrouper;
import org.counterclaim.model.EventGroup;
import org.counterclaim.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contradiction groups of the whole index, computed once per index version on one background thread. Grouping
 * every claim of a large index takes seconds (about 3 s for 10,000 statements and 140,000 figures on 2 busy cores),
 * and an index run commits every few seconds: so while the groups of a new version are computed, requests get
 * those of the previous one, marked as updating, instead of waiting or computing them again each. Only the very
 * first request, and looking up a group that only the new version has, wait for it.
 */
final class GroupCache {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCache.class);

  /** The groups of one index version. */
  record Snapshot(long version, List<EventGroup> groups) {}

  /** Groups as served: {@code updating} when newer ones are being computed. */
  record Current(List<EventGroup> groups, boolean updating) {}

  private final SearchService service;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "contradiction-groups");
    t.setDaemon(true);
    return t;
  });
  private final Object lock = new Object();
  private volatile Snapshot latest;
  /** The computation running or last run; guarded by {@link #lock}. */
  private CompletableFuture<Snapshot> pending;

  GroupCache(SearchService service) {
    this.service = service;
  }

  /** The newest groups there are, without waiting unless there are none yet. */
  Current current() {
    long version = service.indexVersion();
    Snapshot known = latest;
    if (known != null && known.version() == version) {
      return new Current(known.groups(), false);
    }
    CompletableFuture<Snapshot> refresh = refresh(version);
    if (known == null) {
      return new Current(await(refresh).groups(), false);
    }
    return new Current(known.groups(), true);
  }

  /** The groups of the index as it is now, waiting for them if needed. */
  List<EventGroup> newest() {
    long version = service.indexVersion();
    Snapshot known = latest;
    if (known != null && known.version() == version) {
      return known.groups();
    }
    return await(refresh(version)).groups();
  }

  /** Starts computing the groups of {@code version}, unless that is already under way or done. */
  private CompletableFuture<Snapshot> refresh(long version) {
    synchronized (lock) {
      if (pending != null && (!pending.isDone() || (!pending.isCompletedExceptionally() && pending.join().version() >= version))) {
        return pending;
      }
      pending = CompletableFuture.supplyAsync(this::compute, refresher);
      // a refresh nobody waits for would otherwise fail unseen; the next request tries again
      pending.whenComplete((snapshot, failure) -> {
        if (failure != null) {
          LOG.warn("computing the contradiction groups of index version {} failed", version, failure);
        }
      });
      return pending;
    }
  }

  private Snapshot compute() {
    long started = System.nanoTime();
    long version = service.indexVersion();
    Snapshot snapshot = new Snapshot(version, EventGrouper.group(service.claims("")));
    latest = snapshot;
    LOG.debug("{} contradiction groups of index version {} in {} ms", snapshot.groups().size(), version,
        (System.nanoTime() - started) / 1_000_000);
    return snapshot;
  }

  /** The computation's result; its failure as it was thrown (a RuntimeException), not wrapped. */
  private static Snapshot await(CompletableFuture<Snapshot> refresh) {
    try {
      return refresh.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
