package org.counterclaim.api;

import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.plugin.Plugin;
import io.javalin.plugin.PluginPriority;
import java.util.List;
import java.util.Map;

/**
 * CORS, off unless origins are configured: then those origins (and only they) may read the API from a browser,
 * with Javalin's CORS plugin. A preflight for anything but GET is refused, so a page elsewhere can never send a
 * write with a token. The plugin marks a request from another origin 400 and lets it run on; here it is a
 * 403 JSON error instead (or passes, when the "other" origin is this server's own: the UI's requests).
 */
final class CrossOrigin {

  private CrossOrigin() {}

  static void install(JavalinConfig config, List<String> origins) {
    if (origins.isEmpty()) {
      return;
    }
    config.bundledPlugins.enableCors(cors -> cors.addRule(rule ->
        rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new))));
    config.routes.before(CrossOrigin::refuseWritePreflight);
    config.registerPlugin(new AfterCors());
  }

  /** A preflight for anything but a read: refused before the plugin can grant it. */
  private static void refuseWritePreflight(Context ctx) {
    String wanted = ctx.header("Access-Control-Request-Method");
    if (ctx.method() == HandlerType.OPTIONS && wanted != null && !"GET".equals(wanted) && !"HEAD".equals(wanted)) {
      throw new ForbiddenResponse("cross-origin request refused", Map.of("detail",
          "pages on other origins may only read (GET) from this API"));
    }
  }

  /** Runs its check after the CORS plugin's handler, which is added when plugins start: hence a late plugin. */
  private static final class AfterCors extends Plugin<Void> {
    @Override
    public PluginPriority priority() {
      return PluginPriority.LATE;
    }

    @Override
    public void onStart(JavalinState state) {
      state.routes.before(CrossOrigin::refuseOtherOrigins);
    }
  }

  /** An origin the plugin refused (it marks the request 400): a 403 JSON error, unless it is this server itself. */
  private static void refuseOtherOrigins(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    if (ctx.status() == HttpStatus.BAD_REQUEST) { // set by the plugin: an origin it does not allow
      if (!sameOrigin(ctx, origin)) {
        throw new ForbiddenResponse("origin not allowed", Map.of("detail",
            "pages on other sites may not read this API; the server lets only its configured origins do so"));
      }
      ctx.status(HttpStatus.OK);
    }
  }

  /** True when the origin is this server's own (scheme, host and port of the request). */
  private static boolean sameOrigin(Context ctx, String origin) {
    return origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.host());
  }
}
