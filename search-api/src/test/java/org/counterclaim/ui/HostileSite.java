package org.counterclaim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterclaim.api.App;
import org.counterclaim.index.RunSummary;
import org.counterclaim.search.DocumentView;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.search.SearchRequest;
import org.counterclaim.search.SearchResponse;
import org.counterclaim.search.SortOrder;
import org.counterclaim.testing.TestIndexes;

/** The {@link HostileCorpus} indexed and served by the real app (API, UI and its response headers). */
final class HostileSite implements AutoCloseable {

  private final LuceneSearchService service;
  private final Javalin app;
  /** Document id by file name. */
  private final Map<String, String> ids;

  private HostileSite(LuceneSearchService service, Javalin app, Map<String, String> ids) {
    this.service = service;
    this.app = app;
    this.ids = ids;
  }

  /** Writes the corpus under {@code work}, indexes it and serves it on a free port of 127.0.0.1. */
  static HostileSite start(Path work) throws IOException {
    RunSummary run = TestIndexes.build(work.resolve("index"), HostileCorpus.write(work.resolve("docs")));
    assertEquals(8, run.indexed(), "every hostile file is indexed: " + run);

    LuceneSearchService service = LuceneSearchService.open(work.resolve("index"));
    SearchResponse all = service.search(new SearchRequest("", Map.of(), 1, 50, SortOrder.RELEVANCE));
    Map<String, String> ids = all.hits().stream().collect(Collectors.toMap(
        h -> Path.of(h.path()).getFileName().toString(), SearchResponse.Hit::id));
    return new HostileSite(service, App.create(service).start("127.0.0.1", 0), ids);
  }

  /** The address of a page, e.g. {@code url("document.html?id=…")}. */
  String url(String page) {
    return "http://127.0.0.1:" + app.port() + "/" + page;
  }

  String id(String fileName) {
    return ids.get(fileName);
  }

  DocumentView document(String fileName) {
    return service.document(id(fileName)).orElseThrow();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public void close() {
    app.stop();
    service.close();
  }
}
