package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Path;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that does not exist is an HTML 404 page for a browser; an API path that does not exist stays JSON. */
class NotFoundPageTest {

  @TempDir
  Path work;

  @Test
  void an_unknown_page_is_an_html_404_and_an_unknown_api_path_a_json_one() throws IOException {
    ExportIndex.write(work.resolve("index"));
    try (LuceneSearchService service = LuceneSearchService.open(work.resolve("index"))) {
      JavalinTest.test(App.create(service), (server, client) -> {
        Response page = client.get("/no-such-page.html");
        assertEquals(404, page.code());
        assertTrue(page.headers().get("Content-Type").get(0).startsWith("text/html"));
        assertTrue(page.body().string().contains("<h1>Page not found</h1>"));
        Response api = client.get("/api/no-such-thing");
        assertEquals(404, api.code());
        assertTrue(api.headers().get("Content-Type").get(0).startsWith("application/json"));
      });
    }
  }
}
