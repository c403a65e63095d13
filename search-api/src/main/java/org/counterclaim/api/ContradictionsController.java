package org.counterclaim.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Locale;
import org.counterclaim.contradictions.EventGrouper;
import org.counterclaim.index.Schema;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.model.EventGroup;
import org.counterclaim.search.InvalidQueryException;
import org.counterclaim.search.SearchService;

/** {@code GET /api/contradictions}, {@code /api/contradictions/{id}} and its CSV/JSON export. */
final class ContradictionsController {

  /** A group's id is stable for the same figures; the query that found it need not be repeated to open it. */
  private final SearchService service;
  /** Every group of the index, kept until the index changes: opening a group must not regroup every claim. */
  private volatile Cached all = new Cached(-1, List.of());

  private record Cached(long version, List<EventGroup> groups) {}

  ContradictionsController(SearchService service) {
    this.service = service;
  }

  record Groups(int total, List<EventGroup> groups) {}

  void list(Context ctx) {
    String location = ctx.queryParam("location");
    String category = ctx.queryParam("category");
    if (category != null && !category.isBlank() && !Schema.CATEGORIES.contains(category)) {
      throw new InvalidQueryException("invalid parameter", "category: must be one of " + String.join(", ", Schema.CATEGORIES));
    }
    String q = ctx.queryParam("q");
    List<EventGroup> groups = (q == null || q.isBlank() ? allGroups() : EventGrouper.group(service.claims(q))).stream()
        .filter(g -> location == null || location.isBlank()
            || (g.event().location() != null && g.event().location().toLowerCase(Locale.ROOT).equals(location.strip().toLowerCase(Locale.ROOT))))
        .filter(g -> category == null || category.isBlank() || category.equals(g.event().category()))
        .toList();
    ctx.json(new Groups(groups.size(), groups));
  }

  void get(Context ctx) {
    ctx.json(find(ctx.pathParam("id")));
  }

  void export(Context ctx) {
    EventGroup group = find(ctx.pathParam("id"));
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
    switch (format) {
      case "json" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"contradiction-" + group.id() + ".json\"");
        ctx.json(group);
      }
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"contradiction-" + group.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(GroupCsv.of(group));
      }
      default -> throw new InvalidQueryException("invalid parameter", "format: must be csv or json");
    }
  }

  private List<EventGroup> allGroups() {
    long version = service.indexVersion();
    Cached cached = all;
    if (cached.version() != version) {
      cached = new Cached(version, EventGrouper.group(service.claims("")));
      all = cached;
    }
    return cached.groups();
  }

  private EventGroup find(String id) {
    if (!ContentHash.isId(id)) {
      throw new NotFoundResponse("no contradiction group with id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
    return allGroups().stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("no contradiction group with id '" + id + "'"));
  }
}
