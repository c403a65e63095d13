package org.counterclaim.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.search.SearchService;

/** {@code GET /api/documents/{id}}: one document with its text; an unknown or malformed id is a 404. */
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
    ctx.json(service.document(id)
        .orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'")));
  }

  private static String abbreviate(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "…" : id;
  }
}
