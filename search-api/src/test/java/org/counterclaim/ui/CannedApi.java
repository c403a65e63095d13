package org.counterclaim.ui;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.function.Consumer;

/**
 * The real UI (the jar's {@code /ui} files) in front of canned API routes, on 127.0.0.1 and a free port: page tests
 * that need exact answers from the API give their own routes.
 */
final class CannedApi {

  private CannedApi() {}

  static Javalin start(Consumer<JavalinConfig> routes) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/ui";
        files.location = Location.CLASSPATH;
      });
      routes.accept(config);
    }).start("127.0.0.1", 0);
  }
}
