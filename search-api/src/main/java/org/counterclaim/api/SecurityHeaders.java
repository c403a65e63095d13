package org.counterclaim.api;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * Defence in depth against script injection, on every response (pages, API, static files, errors): the UI builds
 * its pages with text nodes only, and should a hole ever open, the browser still runs no script, style or image
 * that is not a file of this site, lets no other site frame the pages, never guesses a content type, and sends
 * the pages' addresses (which hold the searches) to no other site.
 */
final class SecurityHeaders {

  /**
   * Only the site's own files: scripts (the UI's ES modules), styles (app.css), images and fetches (/api); no
   * inline script, event-handler attribute, inline style, plugin, base URL or framing.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";

  /**
   * The headers. The referrer goes to no other origin, but to our own pages: the document page's "Back to
   * search" finds the search it came from in it.
   */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}

  /** Adds the headers to every response, before any handler runs (a handler may still replace one). */
  static void install(JavalinConfig config) {
    config.jetty.modifyHttpConfiguration(http -> http.addCustomizer((request, responseHeaders) -> {
      addTo(responseHeaders);
      return request;
    }));
  }

  /** For responses Jetty writes before a request is handled (a request it cannot parse). */
  static void addTo(HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
  }
}
