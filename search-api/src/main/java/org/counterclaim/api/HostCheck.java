package org.counterclaim.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Against DNS rebinding: a page on {@code rebind.attacker.example}, a name its owner then points at 127.0.0.1, is
 * same-origin with this server in the browser's eyes and could read the whole API. Its requests carry its own name
 * in the Host header, so the server answers only to {@code localhost}, to IP addresses (an address cannot be
 * rebound: a page served from it is this server's own) and to the names it is configured with; any other Host is a
 * 421 (misdirected request). A request without a Host (HTTP/1.0) comes from no browser and is served.
 */
final class HostCheck {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern PORT = Pattern.compile(":\\d{0,5}$");

  private final Set<String> names;

  private HostCheck(List<String> names) {
    this.names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  static void install(JavalinConfig config, List<String> hostNames) {
    HostCheck check = new HostCheck(hostNames);
    config.routes.before(check::refuseOtherNames);
  }

  private void refuseOtherNames(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isEmpty()) {
      return;
    }
    String name = host.startsWith("[") ? host : PORT.matcher(host).replaceFirst("");
    if (!allowed(name)) {
      throw new HttpResponseException(421, "misdirected request", Map.of("detail", "this server answers to"
          + " localhost, its IP addresses and the names given with serve --allowed-host, not to '"
          + DocumentController.abbreviate(name) + "'"));
    }
  }

  /** True for localhost, an IPv4 or bracketed IPv6 address, or a configured name. */
  boolean allowed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("localhost") || IPV4.matcher(lower).matches() || lower.startsWith("[")
        || names.contains(lower);
  }
}
