package org.counterclaim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.counterclaim.search.SearchService;

/**
 * Builds the web application from its dependencies: the JSON API under {@code /api} and the UI (src/ui, packed
 * into this jar) at the root. No statics: a test builds it with a small index and drives it with JavalinTest.
 */
public final class App {

  /** Largest request body accepted: only a batch search's list of terms is a body, and that is small. */
  private static final long MAX_REQUEST_BYTES = 64 * 1024;

  private App() {}

  /** A read-only app that cannot re-index: the default. */
  public static Javalin create(SearchService service) {
    return create(service, IndexService.NONE, AccessPolicy.readOnly());
  }

  /** The app with re-indexing behind the access policy (writes need its token; CORS for its origins only). */
  public static Javalin create(SearchService service, IndexService indexing, AccessPolicy access) {
    SearchController search = new SearchController(service);
    ExportController export = new ExportController(service);
    BatchController batch = new BatchController(service);
    OriginalFileController originals = new OriginalFileController(service);
    DocumentController documents = new DocumentController(service);
    ContradictionsController contradictions = new ContradictionsController(service);
    IndexController index = new IndexController(indexing);
    WriteGuard guard = new WriteGuard(access);
    byte[] openApi = openApi();
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json(), false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.prefer405over404 = true;
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      SecurityHeaders.install(config);
      HostCheck.install(config, access.hostNames());
      PercentEncoding.install(config);
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/ui";
        files.location = Location.CLASSPATH;
      });
      config.routes.get("/api/search", search::search);
      config.routes.get("/api/search/export", export::export);
      config.routes.post("/api/batch", batch::run);
      config.routes.get("/api/facets", search::facets);
      config.routes.get("/api/health", search::health);
      config.routes.get("/api/documents/{id}", documents::get);
      config.routes.get("/api/documents/{id}/file", originals::download);
      config.routes.get("/api/contradictions", contradictions::list);
      config.routes.get("/api/contradictions/{id}", contradictions::get);
      config.routes.get("/api/contradictions/{id}/export", contradictions::export);
      config.routes.get("/api/index", index::status);
      config.routes.post("/api/index", guard.protect(index::start));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      CrossOrigin.install(config, access.corsOrigins());
      ErrorMapping.install(config);
    });
  }

  /** The JSON mapper of the API: records as objects, snake_case names, nulls kept so fields are always there. */
  public static ObjectMapper json() {
    return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  private static byte[] openApi() {
    try (InputStream in = App.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
