package org.counterclaim.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.counterclaim.search.InvalidQueryException;
import org.counterclaim.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure, once, to a JSON {@link ApiError}: bad input is a 400 that says what is wrong, a write
 * without its token a 401 or 403, an unknown document a 404, another method than an endpoint takes a 405, a
 * SolrCloud cluster that does not answer a 503, and
 * anything unexpected a 500 with no stack trace in the body (it goes to the log).
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  /** What a browser shows for a page that does not exist: a page of the site, not a bare status. */
  private static final String NOT_FOUND_PAGE = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Page not found · Counterclaim</title>
      <link rel="stylesheet" href="/app.css"></head>
      <body><header class="topbar"><a class="brand" href="/">Counterclaim</a></header>
      <main class="cc-page"><h1>Page not found</h1>
      <p>There is no page at this address. <a href="/">Search the documents</a> or
      <a href="/contradictions.html">compare claims</a>.</p></main></body></html>
      """;

  private ErrorMapping() {}

  static void install(JavalinConfig config) {
    config.routes.exception(InvalidQueryException.class,
        (e, ctx) -> respond(ctx, 400, e.getMessage(), e.detail()));
    config.routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, 400, "invalid parameter",
        e.getErrors().entrySet().stream()
            .map(entry -> entry.getKey() + ": " + entry.getValue().stream()
                .map(ErrorMapping::describe).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "))));
    config.routes.exception(SearchUnavailableException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      respond(ctx, 503, "search unavailable", "the index cannot be read at the moment; try again shortly");
    });
    config.routes.exception(HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage(), e.getDetails().getOrDefault("detail", null)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error", "the error was logged on the server");
    });
    config.routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        respond(ctx, 404, "not found", "no API endpoint at " + ctx.path() + "; see /api/openapi.json");
      } else if (!ctx.path().startsWith("/api/")) {
        ctx.status(404).contentType("text/html; charset=utf-8").result(NOT_FOUND_PAGE);
      }
    });
    config.routes.error(405, ctx -> respond(ctx, 405, "method not allowed",
        "this endpoint does not take " + ctx.method() + "; see /api/openapi.json for the methods each one takes"));
  }

  private static String describe(ValidationError<Object> error) {
    return "TYPE_CONVERSION_FAILED".equals(error.getMessage())
        ? "'" + error.value + "' is not a whole number"
        : error.getMessage();
  }

  static void respond(Context ctx, int status, String error, String detail) {
    ctx.status(status).json(new ApiError(error, detail));
  }
}
