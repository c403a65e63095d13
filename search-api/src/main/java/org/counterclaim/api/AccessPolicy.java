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
 * @param hostNames    names besides localhost the server answers to in the Host header (its IP addresses are always
 *                     accepted); any other name is refused, against DNS rebinding ({@link HostCheck})
 */
public record AccessPolicy(String writeToken, List<String> corsOrigins, List<String> hostNames) {

  public static final int MIN_TOKEN_CHARS = 16;
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");
  private static final Pattern ORIGIN =
      Pattern.compile("https?://([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
          + "|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");
  private static final Pattern HOST_NAME =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

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
    hostNames = List.copyOf(hostNames);
    for (String name : hostNames) {
      if (!HOST_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("'" + name + "' is not a host name: give the name alone, e.g."
            + " newsroom.internal (no scheme, port or path)");
      }
    }
  }

  /** Writes and CORS as given; the server answers to localhost and its IP addresses only. */
  public AccessPolicy(String writeToken, List<String> corsOrigins) {
    this(writeToken, corsOrigins, List.of());
  }

  /** The same policy, answering to these names too. */
  public AccessPolicy withHostNames(List<String> names) {
    return new AccessPolicy(writeToken, corsOrigins, names);
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
    return "AccessPolicy[writes " + (writable() ? "with a token" : "off") + ", CORS origins " + corsOrigins
        + (hostNames.isEmpty() ? "" : ", host names " + hostNames) + "]";
  }
}
