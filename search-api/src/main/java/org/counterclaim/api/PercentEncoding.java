package org.counterclaim.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.counterclaim.search.InvalidQueryException;

/**
 * A query string with a broken escape ({@code q=Raqqa%zz}) is a 400. The server's decoding drops such a parameter
 * without a word, so {@code q} went missing and the search answered every document instead of an error.
 */
final class PercentEncoding {

  private PercentEncoding() {}

  static void install(JavalinConfig config) {
    config.routes.before(PercentEncoding::refuseMalformed);
  }

  private static void refuseMalformed(Context ctx) {
    String query = ctx.queryString();
    if (query != null && !wellFormed(query)) {
      throw new InvalidQueryException("invalid parameter", "the query string is not valid percent-encoding: '%'"
          + " must be followed by two hexadecimal digits");
    }
  }

  /** True when every '%' is followed by two hexadecimal digits. */
  static boolean wellFormed(String raw) {
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
      if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
