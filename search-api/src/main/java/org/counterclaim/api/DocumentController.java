package org.counterclaim.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.search.Caps;
import org.counterclaim.search.SearchService;
import org.counterclaim.search.TextWindow;

/**
 * {@code GET /api/documents/{id}?offset=0&length=500000}: one document with one window of its text (a text may hold
 * 20 million characters; one response carries at most {@link Caps#TEXT_WINDOW}). An unknown or malformed id is a 404.
 */
final class DocumentController {

  private final SearchService service;

  DocumentController(SearchService service) {
    this.service = service;
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ContentHash.isId(id)) {
      throw new NotFoundResponse("no document with id '" + abbreviate(id) + "'");
    }
    TextWindow window = new TextWindow(
        SearchController.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
        SearchController.intParam(ctx, "length", Caps.TEXT_WINDOW, 1, Caps.TEXT_WINDOW));
    ctx.json(service.document(id, window)
        .orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'")));
  }

  static String abbreviate(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "…" : id;
  }
}
