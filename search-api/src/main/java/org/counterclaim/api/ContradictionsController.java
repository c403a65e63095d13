package org.counterclaim.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterclaim.contradictions.EventGrouper;
import org.counterclaim.index.Schema;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.model.EventGroup;
import org.counterclaim.search.Caps;
import org.counterclaim.search.InvalidQueryException;
import org.counterclaim.search.SearchService;

/**
 * {@code GET /api/contradictions} (a page of groups, each with its first claims), {@code /api/contradictions/{id}}
 * and its CSV/JSON export, each cut to {@link Caps}.
 */
final class ContradictionsController {

  /** A group's id is stable for the same figures; the query that found it need not be repeated to open it. */
  private final SearchService service;
  /** Every group of the index, kept until the index changes: opening a group must not regroup every claim. */
  private final GroupCache all;

  ContradictionsController(SearchService service) {
    this.service = service;
    this.all = new GroupCache(service);
  }

  /**
   * One page of groups; {@code total} counts them all. {@code updating}: the index changed and its groups are being
   * computed; these are the groups of the index as it was a moment ago.
   */
  record Groups(int total, int page, int size, boolean updating, List<GroupView> groups) {}

  void list(Context ctx) {
    String location = ctx.queryParam("location");
    String category = ctx.queryParam("category");
    if (category != null && !category.isBlank() && !Schema.CATEGORIES.contains(category)) {
      throw new InvalidQueryException("invalid parameter", "category: must be one of " + String.join(", ", Schema.CATEGORIES));
    }
    int page = SearchController.intParam(ctx, "page", 1, 1, Caps.PAGE);
    int size = SearchController.intParam(ctx, "size", Caps.GROUPS_PER_PAGE, 1, Caps.GROUPS_PER_PAGE);
    String q = ctx.queryParam("q");
    GroupCache.Current found = q == null || q.isBlank() ? all.current()
        : new GroupCache.Current(EventGrouper.group(service.claims(q)), false);
    List<EventGroup> groups = found.groups().stream()
        .filter(g -> location == null || location.isBlank()
            || (g.event().location() != null && g.event().location().toLowerCase(Locale.ROOT).equals(location.strip().toLowerCase(Locale.ROOT))))
        .filter(g -> category == null || category.isBlank() || category.equals(String.valueOf(g.event().category())))
        .toList();
    ctx.json(new Groups(groups.size(), page, size, found.updating(), groups.stream().skip((long) (page - 1) * size).limit(size)
        .map(g -> GroupView.of(g, Caps.CLAIMS_IN_LIST)).toList()));
  }

  void get(Context ctx) {
    ctx.json(GroupView.of(find(ctx.pathParam("id")), Caps.CLAIMS_IN_GROUP));
  }

  void export(Context ctx) {
    GroupView group = GroupView.of(find(ctx.pathParam("id")), Caps.CLAIMS_IN_EXPORT);
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

  private EventGroup find(String id) {
    if (!ContentHash.isId(id)) {
      throw new NotFoundResponse("no contradiction group with id '" + DocumentController.abbreviate(id) + "'");
    }
    GroupCache.Current current = all.current();
    return current.groups().stream().filter(g -> g.id().equals(id)).findFirst()
        .or(() -> current.updating() ? all.newest().stream().filter(g -> g.id().equals(id)).findFirst() : Optional.empty())
        .orElseThrow(() -> new NotFoundResponse("no contradiction group with id '" + id + "'"));
  }
}
