package org.counterclaim.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may do what: without a write token the API only reads; with one, a write needs it as a bearer token.
 * Other web sites may read the API from a browser only when their origin is listed (CORS is off otherwise).
 *
 * @param writeToken  the token writes need, or null for a read-only server; at least {@link #MIN_TOKEN_CHARS}
 *                    visible ASCII characters
 * @param corsOrigins origins ({@code https://newsroom.example}) whose pages may read the API
 */
public record AccessPolicy(String writeToken, List<String> corsOrigins) {

  public static final int MIN_TOKEN_CHARS = 16;
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");
  private static final Pattern ORIGIN =
      Pattern.compile("https?://([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
          + "|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

  public AccessPolicy {
    if (writeToken != null && (writeToken.length() < MIN_TOKEN_CHARS || !TOKEN.matcher(writeToken).matches())) {
      throw new IllegalArgumentException("the write token must be at least " + MIN_TOKEN_CHARS
          + " characters, letters, digits and punctuation only (no spaces)");
    }
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException("'" + origin + "' is not an origin: give scheme and host, and a port"
            + " if not the default, e.g. https://newsroom.example or http://localhost:8080 (no path, no *)");
      }
    }
  }

  /** Reads only, from this origin only: the default. */
  public static AccessPolicy readOnly() {
    return new AccessPolicy(null, List.of());
  }

  public boolean writable() {
    return writeToken != null;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "AccessPolicy[writes " + (writable() ? "with a token" : "off") + ", CORS origins " + corsOrigins + "]";
  }
}
