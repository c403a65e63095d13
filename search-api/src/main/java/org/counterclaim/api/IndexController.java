package org.counterclaim.api;

import io.javalin.http.Context;

/** {@code GET /api/index}: how re-indexing stands; {@code POST /api/index}: start a run (202) unless busy (409). */
final class IndexController {

  private final IndexService service;

  IndexController(IndexService service) {
    this.service = service;
  }

  void status(Context ctx) {
    ctx.json(service.status());
  }

  void start(Context ctx) {
    IndexService.Start start = service.start();
    if (start instanceof IndexService.Started started) {
      ctx.status(202).json(started.status());
    } else {
      IndexService.Refused refused = (IndexService.Refused) start;
      ErrorMapping.respond(ctx, 409, refused.error(), refused.detail());
    }
  }
}
