package org.counterclaim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "compare claims" page (src/ui/contradictions.html) in headless Chromium, against a tiny Javalin server that
 * serves the UI from the class path and canned JSON following docs/api.md (GET /api/contradictions…), so the
 * page is tested without the real API or an index. The browser is the shared {@link Browser} (skipped with a
 * message when Debian's chromium and chromium-driver are missing).
 */
class ContradictionsPageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String GROUP_ID = "9c41d2e07f3b5a18";
  private static final String MINISTRY = "Ministry of Health";
  private static final String NGO = "Humanitarian Monitoring Group";
  private static final String LABEL = "killed in Mariupol, 2022-03-09 – 2022-03-12";
  private static final String REASON = MINISTRY + " says 23 to up to 300; " + NGO
      + " says 200 to more than 1,600: their midpoints differ by more than a factor of 2";
  private static final String XSS = "<img src=x onerror=alert(1)>";

  /** Documents of the canned group: id → {date, text, figure words, sentence}. */
  private static final Map<String, String[]> DOCS = new LinkedHashMap<>();

  static {
    doc("a1b2c3d4e5f60001", "2022-03-09", "23 civilians",
        "The Ministry of Health said 23 civilians were killed in Mariupol on Tuesday.");
    doc("a1b2c3d4e5f60002", "2022-03-10", "Hundreds of civilians",
        "Hundreds of civilians have been killed in Mariupol, the Humanitarian Monitoring Group reported.");
    doc("a1b2c3d4e5f60003", "2022-03-10", "about 40 people",
        "The ministry later said about 40 people had been killed in the city.");
    doc("a1b2c3d4e5f60004", "2022-03-12", "more than 1,600 civilians",
        "The group said it had verified the deaths of more than 1,600 civilians in Mariupol.");
    doc("a1b2c3d4e5f60005", "2022-03-11", "up to 300 civilians",
        "Health Minister Olena Kovalenko said up to 300 civilians may have died since the shelling began.");
    doc("a1b2c3d4e5f60006", null, "at least 1,000 dead",
        "A leaked field report " + XSS + " lists at least 1,000 dead in Mariupol.");
  }

  private static void doc(String id, String date, String figure, String sentence) {
    DOCS.put(id, new String[] {date, "PRESS STATEMENT\n\n" + sentence + "\n\nEnds.", figure, sentence});
  }

  private static Javalin app;
  private static Browser browser;
  private static WebDriver driver;
  private static String base;
  private static final List<Map<String, List<String>>> listRequests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start(@TempDir Path profile) {
    browser = Browser.start(profile);
    driver = browser.driver();
    app = CannedApi.start(config -> {
      config.routes.get("/api/contradictions/{id}", ContradictionsPageTest::group);
      config.routes.get("/api/contradictions", ContradictionsPageTest::groups);
      config.routes.get("/api/documents/{id}", ContradictionsPageTest::document);
      config.routes.get("/api/search", ctx -> json(ctx, JSON.createObjectNode().put("total", 0)
          .put("took_ms", 1).<ObjectNode>set("hits", JSON.createArrayNode()).set("facets", JSON.createArrayNode())));
    });
    base = "http://127.0.0.1:" + app.port() + "/";
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.stop();
    }
  }

  // ---- canned API ------------------------------------------------------------------

  private static void json(Context ctx, Object body) {
    ctx.contentType("application/json").result(body.toString());
  }

  private static void error(Context ctx, int status, String error, String detail) {
    ctx.status(status);
    json(ctx, JSON.createObjectNode().put("error", error).put("detail", detail));
  }

  private static ObjectNode claim(String docId, long min, Long max, String qualifier, String claimant,
      String speaker, String stance) {
    String[] d = DOCS.get(docId);
    int start = d[1].indexOf(d[2]);
    ObjectNode c = JSON.createObjectNode();
    c.put("file", "corpus/" + docId + ".txt").put("doc_id", docId).put("title", "Statement " + docId.substring(12))
        .put("min", min).put("max", max).put("qualifier", qualifier).put("category", "killed")
        .put("victims", "civilians").put("location", "Mariupol").put("claimant", claimant).put("speaker", speaker)
        .put("stance", stance).put("date", d[0]).put("text", d[2]).put("start", start)
        .put("end", start + d[2].length()).put("sentence", d[3]);
    return c;
  }

  private static ObjectNode side(String claimant, long low, Long high, int... claims) {
    ObjectNode s = JSON.createObjectNode().put("claimant", claimant).put("low", low).put("high", high);
    ArrayNode idx = s.putArray("claims");
    for (int i : claims) {
      idx.add(i);
    }
    return s;
  }

  /** A ministry raising its toll over three days, an NGO counting far more; claims interleaved on purpose. */
  static ObjectNode mariupol() {
    ObjectNode g = JSON.createObjectNode().put("id", GROUP_ID);
    ObjectNode event = g.putObject("event").put("label", LABEL).put("location", "Mariupol").put("category", "killed")
        .put("victims", "civilians");
    event.putObject("period").put("from", "2022-03-09").put("to", "2022-03-12");
    g.put("contradiction", true).put("reason", REASON);
    g.putObject("spread").put("low", 23).put("high", 1601);
    g.putArray("sides").add(side(MINISTRY, 23, 300L, 0, 2, 4)).add(side(NGO, 200, null, 1, 3, 5));
    g.putArray("disputes").addObject().put("claim", 0).put("by", NGO)
        .put("text", "The group called the ministry’s figure of 23 “a fraction of the true toll”.");
    g.putArray("claims")
        .add(claim("a1b2c3d4e5f60001", 23, 23L, "exact", MINISTRY, null, "reported"))
        .add(claim("a1b2c3d4e5f60002", 200, 999L, "vague", NGO, null, "reported"))
        .add(claim("a1b2c3d4e5f60003", 40, 40L, "about", MINISTRY, null, "admitted"))
        .add(claim("a1b2c3d4e5f60004", 1601, null, "more_than", NGO, null, "verified"))
        .add(claim("a1b2c3d4e5f60005", 0, 300L, "up_to", MINISTRY, "Olena Kovalenko", "claimed"))
        .add(claim("a1b2c3d4e5f60006", 1000, null, "at_least", NGO, null, "reported"));
    return g;
  }

  static ObjectNode kharkiv() {
    ObjectNode g = JSON.createObjectNode().put("id", "0d5e8a7b6c4f3e21");
    g.putObject("event").put("label", "injured in Kharkiv, 2022-03").put("location", "Kharkiv")
        .put("category", "injured").putObject("period").put("from", "2022-03").put("to", "2022-03");
    g.put("contradiction", false).put("reason", "Both say about 60");
    g.putObject("spread").put("low", 55).put("high", 60);
    g.putArray("sides").add(side("Kharkiv Regional Administration", 55, 55L, 0)).add(side("Red Cross", 60, 60L, 1));
    g.putArray("disputes");
    g.putArray("claims");
    return g;
  }

  private static void group(Context ctx) {
    if (GROUP_ID.equals(ctx.pathParam("id"))) {
      json(ctx, mariupol());
    } else {
      error(ctx, 404, "Not found", "No group " + ctx.pathParam("id"));
    }
  }

  private static void groups(Context ctx) {
    listRequests.add(ctx.queryParamMap());
    String q = ctx.queryParam("q");
    if (q != null && q.contains("(")) {
      error(ctx, 400, "Invalid query", "Cannot parse '" + q + "': unbalanced parenthesis");
      return;
    }
    ObjectNode body = JSON.createObjectNode().put("total", 2);
    body.putArray("groups").add(mariupol()).add(kharkiv());
    json(ctx, body);
  }

  private static void document(Context ctx) {
    String id = ctx.pathParam("id");
    String[] d = DOCS.get(id);
    if (d == null) {
      error(ctx, 404, "Not found", "No document " + id);
      return;
    }
    ObjectNode doc = JSON.createObjectNode().put("id", id).put("title", "Statement " + id).put("date", d[0])
        .put("type", "press statement").put("text", d[1]);
    doc.putArray("figures").addObject().put("text", d[2]).put("start", d[1].indexOf(d[2]));
    doc.putArray("annotations");
    doc.putArray("children");
    json(ctx, doc);
  }

  // ---- helpers -------------------------------------------------------------------------

  private static WebDriverWait waiting() {
    return browser.waiting();
  }

  private static List<String> texts(WebElement root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  // ---- tests ------------------------------------------------------------------------------

  @Test
  void group_page_shows_one_column_per_side_a_chart_and_links() throws IOException {
    driver.get(base + "contradictions.html?id=" + GROUP_ID);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side[data-claimant] .claim")));

    assertFalse(driver.findElement(By.id("error")).isDisplayed(), "no error shown");
    assertTrue(driver.findElement(By.id("group-title")).getText().startsWith(LABEL));
    assertEquals(REASON, driver.findElement(By.id("reason")).getText());

    List<WebElement> sides = driver.findElements(By.cssSelector(".side[data-claimant]"));
    assertEquals(List.of(MINISTRY, NGO), sides.stream().map(s -> s.getDomAttribute("data-claimant")).toList());
    assertEquals(List.of(MINISTRY, NGO), sides.stream().map(s -> s.findElement(By.tagName("h2")).getText()).toList());
    assertEquals(3, sides.get(0).findElements(By.cssSelector(".claim")).size());
    assertEquals(3, sides.get(1).findElements(By.cssSelector(".claim")).size());
    assertEquals(List.of("23", "about 40", "up to 300"), texts(sides.get(0), ".claim-amount"));
    assertEquals(List.of("200–999", "more than 1,600", "at least 1,000"), texts(sides.get(1), ".claim-amount"));
    assertEquals("23 to 300 · 3 claims", sides.get(0).findElement(By.cssSelector(".side-range")).getText());
    assertEquals("200 to more than 1,600 · 3 claims", sides.get(1).findElement(By.cssSelector(".side-range")).getText());

    WebElement first = sides.get(0).findElements(By.cssSelector(".claim")).get(0);
    assertEquals("23 civilians", first.findElement(By.cssSelector(".claim-quote mark")).getText());
    assertTrue(first.findElement(By.cssSelector(".claim-dispute")).getText().startsWith("Disputed by " + NGO + ":"));
    assertEquals("2022-03-09", first.findElement(By.cssSelector(".claim-date")).getText());
    WebElement third = sides.get(0).findElements(By.cssSelector(".claim")).get(2);
    assertTrue(third.findElement(By.cssSelector(".claim-meta")).getText().contains("Olena Kovalenko"));
    assertEquals("claimed", third.findElement(By.cssSelector(".stance")).getText().toLowerCase());

    // Untrusted text stays text: the sentence with an <img onerror> tag is shown, no element is made from it.
    WebElement leaked = sides.get(1).findElements(By.cssSelector(".claim")).get(2);
    assertTrue(leaked.findElement(By.cssSelector(".claim-quote")).getText().contains(XSS));
    assertEquals("undated", leaked.findElement(By.cssSelector(".claim-date")).getText());
    assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "no <img> element may come from claim data");

    WebElement chart = driver.findElement(By.id("chart"));
    List<WebElement> series = chart.findElements(By.cssSelector("svg g.series[data-claimant]"));
    assertEquals(List.of(MINISTRY, NGO), series.stream().map(s -> s.getDomAttribute("data-claimant")).toList());
    assertEquals(3, series.get(0).findElements(By.cssSelector("circle.point-dot")).size());
    assertEquals(2, series.get(1).findElements(By.cssSelector("circle.point-dot")).size(), "the undated claim is left out");
    assertEquals(1, series.get(0).findElements(By.cssSelector("path.point-open")).size(), "▼ on up to 300");
    assertEquals(1, series.get(1).findElements(By.cssSelector("path.point-open")).size(), "▲ on more than 1,600");
    assertEquals(List.of(MINISTRY, NGO), texts(chart, ".chart-legend li"));
    assertTrue(chart.findElement(By.cssSelector(".chart-note")).getText().contains("1 undated claim is not in the chart."));

    WebElement csv = driver.findElement(By.id("export-csv"));
    WebElement json = driver.findElement(By.id("export-json"));
    assertEquals("/api/contradictions/" + GROUP_ID + "/export?format=csv", csv.getDomAttribute("href"));
    assertEquals("/api/contradictions/" + GROUP_ID + "/export?format=json", json.getDomAttribute("href"));
    assertNotNull(csv.getDomAttribute("download"));
    assertNotNull(json.getDomAttribute("download"));

    browser.screenshot("contradictions-page.png", 1280, "#chart svg g.series");
    browser.screenshot("contradictions-page-narrow.png", 420, "#chart svg g.series");

    String[] doc = DOCS.get("a1b2c3d4e5f60001");
    int start = doc[1].indexOf(doc[2]);
    String passage = "document.html?id=a1b2c3d4e5f60001#" + start + "-" + (start + doc[2].length());
    WebElement link = driver.findElements(By.cssSelector(".side[data-claimant] .claim-link")).get(0);
    assertEquals("open in document", link.getText());
    assertEquals(passage, link.getDomAttribute("href"));
    link.click();
    waiting().until(ExpectedConditions.urlContains("document.html"));
    assertEquals(base + passage, driver.getCurrentUrl());
    WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.passage")));
    assertEquals("23 civilians", mark.getText());
    assertEquals("contradictions.html?q=id%3Aa1b2c3d4e5f60001",
        driver.findElement(By.id("compare-claims")).getDomAttribute("href"));
  }

  @Test
  void list_page_shows_the_groups_of_a_search_and_links_to_each() throws IOException {
    listRequests.clear();
    driver.get(base + "contradictions.html?q=Mariupol&category=killed");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups .group-link")));

    assertEquals(1, listRequests.size());
    assertEquals(List.of("Mariupol"), listRequests.get(0).get("q"));
    assertEquals(List.of("killed"), listRequests.get(0).get("category"));
    assertFalse(listRequests.get(0).containsKey("location"), "empty parameters are not sent");
    assertEquals("Mariupol", driver.findElement(By.id("f-q")).getDomProperty("value"));
    assertEquals("killed", driver.findElement(By.id("f-category")).getDomProperty("value"));

    List<WebElement> links = driver.findElements(By.cssSelector("#groups .group-link"));
    assertEquals(List.of(LABEL, "injured in Kharkiv, 2022-03"), links.stream().map(WebElement::getText).toList());
    assertEquals("contradictions.html?id=" + GROUP_ID, links.get(0).getDomAttribute("href"));
    assertEquals("contradictions.html?id=0d5e8a7b6c4f3e21", links.get(1).getDomAttribute("href"));
    List<WebElement> groups = driver.findElements(By.cssSelector("#groups .group"));
    assertEquals(1, groups.get(0).findElements(By.cssSelector(".badge-contradiction")).size());
    assertEquals(0, groups.get(1).findElements(By.cssSelector(".badge-contradiction")).size());
    assertTrue(groups.get(0).getText().contains(MINISTRY + " (3 claims) vs " + NGO + " (3 claims)"));
    assertTrue(groups.get(0).getText().contains("Spread: 23 – 1,601"));
    assertEquals("2 groups, 1 with a contradiction", driver.findElement(By.id("total")).getText());
    browser.screenshot("contradictions-list.png", 1280, "#groups .group-link");
    links = driver.findElements(By.cssSelector("#groups .group-link"));

    links.get(0).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side[data-claimant]")));
    assertTrue(driver.findElement(By.id("group-title")).getText().startsWith(LABEL));

    // The search page links to this page with its own query.
    driver.get(base + "?q=Mariupol");
    waiting().until(ExpectedConditions.attributeContains(By.id("compare-claims"), "href", "q=Mariupol"));
    assertEquals("contradictions.html?q=Mariupol", driver.findElement(By.id("compare-claims")).getDomAttribute("href"));
  }

  @Test
  void unknown_group_and_api_errors_are_shown() {
    driver.get(base + "contradictions.html?id=nope");
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().startsWith("No such group"), error.getText());
    assertFalse(driver.findElement(By.id("group-view")).isDisplayed());

    driver.get(base + "contradictions.html?q=" + java.net.URLEncoder.encode("(raqqa", java.nio.charset.StandardCharsets.UTF_8));
    error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("Invalid query"), error.getText());
    assertTrue(error.getText().contains("Cannot parse '(raqqa': unbalanced parenthesis"), error.getText());
  }
}
