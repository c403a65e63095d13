package org.counterclaim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The document page (src/ui/document.html) on a text longer than one window of the API, in headless Chromium,
 * against a canned {@code /api/documents/{id}} that serves text windows as docs/api.md says: a linked passage
 * far into the text opens the window that holds it, marked at the right characters, with links to the other parts.
 */
class DocumentPageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG_ID = "0123456789abcdef";
  private static final String SHORT_ID = "fedcba9876543210";
  private static final int LENGTH = 1_200_000;
  private static final int WINDOW = 500_000;
  private static final int PASSAGE = 900_000;
  private static final String PHRASE = "TARGET PHRASE";
  private static final String LONG_TEXT = longText();

  private static Javalin app;
  private static Browser browser;
  private static WebDriver driver;
  private static String base;
  private static final List<Integer> offsets = new CopyOnWriteArrayList<>();

  private static String longText() {
    StringBuilder text = new StringBuilder(LENGTH);
    while (text.length() < LENGTH) {
      text.append("lorem ipsum dolor sit amet ");
    }
    text.setLength(LENGTH);
    return text.replace(PASSAGE, PASSAGE + PHRASE.length(), PHRASE).toString();
  }

  @BeforeAll
  static void start(@TempDir Path profile) {
    browser = Browser.start(profile);
    driver = browser.driver();
    app = CannedApi.start(config -> {
      config.routes.get("/api/documents/{id}", DocumentPageTest::document);
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

  /** The API's windows: {@code offset} and {@code length} (at most {@value #WINDOW}), offsets into the whole text. */
  private static void document(Context ctx) {
    String text = LONG_ID.equals(ctx.pathParam("id")) ? LONG_TEXT : "A short statement.";
    int offset = Integer.parseInt(ctx.queryParamAsClass("offset", String.class).getOrDefault("0"));
    int length = Integer.parseInt(ctx.queryParamAsClass("length", String.class).getOrDefault(String.valueOf(WINDOW)));
    offsets.add(offset);
    int start = Math.min(offset, text.length());
    int end = Math.min(text.length(), start + Math.min(length, WINDOW));
    ObjectNode doc = JSON.createObjectNode().put("id", ctx.pathParam("id")).put("title", "A long report")
        .put("text_length", text.length()).put("text_start", start).put("text_end", end)
        .put("text", text.substring(start, end));
    doc.putArray("annotations").addObject().put("type", "FIGURE").put("text", PHRASE).put("start", PASSAGE)
        .put("end", PASSAGE + PHRASE.length()).put("label", "killed: 12");
    doc.putArray("figures");
    doc.putArray("children");
    ctx.contentType("application/json").result(doc.toString());
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @Test
  void a_passage_past_the_first_window_opens_the_window_that_holds_it() {
    offsets.clear();
    driver.get(base + "document.html?id=" + LONG_ID + "#" + PASSAGE + "-" + (PASSAGE + PHRASE.length()));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.passage")));
    assertEquals(List.of(PASSAGE - WINDOW / 2), offsets);
    assertEquals(PHRASE, driver.findElement(By.cssSelector("#doc-text mark.passage")).getText());
    assertTrue(driver.findElement(By.cssSelector("#doc-text mark.passage")).getAttribute("class").contains("ann-figure"));
    assertEquals("Characters 650,001–1,150,000 of 1,200,000. ← Previous part · Next part →",
        driver.findElement(By.id("doc-parts")).getText());

    driver.findElement(By.id("part-next")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-parts"), "1,150,001"));
    assertEquals("Characters 1,150,001–1,200,000 of 1,200,000. ← Previous part",
        driver.findElement(By.id("doc-parts")).getText());
    assertEquals(List.of(PASSAGE - WINDOW / 2, PASSAGE - WINDOW / 2 + WINDOW), offsets);
  }

  @Test
  void a_text_within_one_window_has_no_parts() {
    driver.get(base + "document.html?id=" + SHORT_ID);
    waiting().until(ExpectedConditions.textToBe(By.id("doc-text"), "A short statement."));
    assertTrue(driver.findElements(By.id("doc-parts")).isEmpty());
  }
}
