package org.counterclaim.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.counterclaim.search.LuceneSearchService;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of query strings and parameters: random Lucene syntax, huge and negative numbers, odd Unicode,
 * path tricks in ids. No answer may be a 500, and every error must be a JSON {error, detail}.
 */
class QueryFuzzTest {

  private static final String[] PIECES = {"Raqqa", "killed", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^",
      ":", "AND", "OR", "NOT", "&&", "||", "!", "-", "+", "/", "\\", "title:", "date:", "year:", "killed:", "[1 TO *]",
      "{2018 TO 2019}", "date:[x TO y]", "~0.5", "^10", "\u0000", "\u202e", "👩‍👩‍👧", "ﬁ", "\uFFFD", "%", "'", "<script>",
      "a*", "*a", "ra?qa", "/re.*x/", "\"civilian deaths\"~3", "title:(a OR b)", "killed:[100 TO 5]", " ", "\t"};
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static LuceneSearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    TestIndexes.build(work.resolve("index"), TestFiles.corpus());
    service = LuceneSearchService.open(work.resolve("index"));
  }

  @AfterAll
  static void close() {
    service.close();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> paths() {
    Random random = new Random(20261122L);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        q.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      paths.add("/api/search?q=" + encode(q.toString()));
      paths.add("/api/contradictions?q=" + encode(q.toString()));
    }
    for (String number : List.of("0", "-1", "-99999999999", "99999999999999999999", "1e9", "NaN", "", "0x10", "１")) {
      paths.add("/api/search?page=" + encode(number));
      paths.add("/api/search?size=" + encode(number));
      paths.add("/api/search?figure_min=" + encode(number));
      paths.add("/api/search?figure_max=" + encode(number));
    }
    for (String id : List.of("..", "../../etc/passwd", "%2e%2e%2f", "0123456789ABCDEF", "\u0000", "a".repeat(5000), " ")) {
      paths.add("/api/documents/" + encode(id));
      paths.add("/api/contradictions/" + encode(id));
      paths.add("/api/contradictions/" + encode(id) + "/export?format=csv");
    }
    paths.add("/api/search?q=" + "x".repeat(5_000));
    paths.add("/api/search?q=" + "Raqqa+".repeat(17_000)); // a 100 KB query: Jetty refuses the URI, in JSON
    paths.add("/api/search?publisher=" + encode("\u0000") + "&year=" + encode("'; DROP TABLE"));
    paths.add("/api/search?sort=" + encode("newest;oldest"));
    return paths;
  }

  private static boolean isJsonError(String body) {
    try {
      return JSON.readTree(body).has("error");
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void no_input_gets_a_500_and_every_error_is_json() {
    JavalinTest.test(App.create(service), (server, client) -> {
      for (String path : paths()) {
        Response response = client.get(path);
        int status = response.code();
        assertTrue(status < 500, status + " for " + path);
        if (status >= 400) {
          String body = response.body().string();
          assertTrue(isJsonError(body), "not a JSON error for " + path + " (" + status + "): " + body);
        }
      }
    });
  }
}
