package org.counterclaim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.api.App;
import org.counterclaim.api.ExportIndex;
import org.counterclaim.search.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search page's export links and figure filter, and the batch search page, in headless Chromium against the
 * real API on a three-document index ({@link ExportIndex}): what a reporter clicks, end to end.
 */
class JournalistPagesTest {

  @TempDir
  static Path work;
  private static LuceneSearchService service;
  private static Javalin app;
  private static Browser browser;
  private static WebDriver driver;
  private static String base;

  @BeforeAll
  static void start(@TempDir Path profile) throws IOException {
    browser = Browser.start(profile);
    driver = browser.driver();
    ExportIndex.write(work.resolve("index"));
    service = LuceneSearchService.open(work.resolve("index"));
    app = App.create(service).start("127.0.0.1", 0);
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
    if (service != null) {
      service.close();
    }
  }

  /** The titles of the hits shown; read by a script, so that a list being re-rendered is no stale element. */
  @SuppressWarnings("unchecked")
  private List<String> hitTitles() {
    return (List<String>) browser.script(
        "return [...document.querySelectorAll('.hit-title')].map(a => a.textContent)");
  }

  private void searchFor(String query) {
    driver.get(base + "?q=" + query);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit-title")));
  }

  @Test
  void export_links_download_the_whole_search_as_csv_and_json() throws IOException {
    searchFor("Raqqa");
    String csvHref = driver.findElement(By.id("export-csv")).getAttribute("href");
    assertTrue(csvHref.contains("/api/search/export?q=Raqqa&format=csv"), csvHref);
    assertTrue(driver.findElement(By.id("export-figures-csv")).getAttribute("href").contains("rows=figure"));
    String csv = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(document.getElementById('export-csv').href).then(r => r.arrayBuffer())"
        + ".then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));");
    assertTrue(csv.startsWith("\uFEFF\"id\",\"title\""), csv);
    assertEquals(4, csv.split("\r?\n").length, csv); // header and three documents
    String json = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(document.getElementById('export-json').href).then(r => r.json()).then(b => done(String(b.total)));");
    assertEquals("3", json);
    browser.screenshot("journalist-search-export.png", 1280, ".hit-title");
  }

  @Test
  void the_figure_filter_bounds_one_figure() {
    searchFor("Raqqa");
    assertEquals(3, hitTitles().size());
    driver.findElement(By.id("figure-min")).sendKeys("300");
    driver.findElement(By.id("figure-max")).sendKeys("400");
    driver.findElement(By.cssSelector("#figure-filter button[type=submit]")).click();
    browser.waiting().until(d -> d.getCurrentUrl().contains("figure_max=400") && hitTitles().size() == 1);
    assertEquals(List.of("Raqqa hospital"), hitTitles());
    assertTrue(driver.findElement(By.id("export-csv")).getAttribute("href").contains("figure_min=300"));
    driver.findElement(By.id("figure-clear")).click();
    browser.waiting().until(d -> !d.getCurrentUrl().contains("figure_") && hitTitles().size() == 3);
    assertEquals("", driver.findElement(By.id("figure-min")).getAttribute("value"));
  }

  @Test
  void a_bad_figure_bound_shows_what_to_fix() {
    driver.get(base + "?q=Raqqa&figure_category=dead");
    WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("figure_category: must be one of"), error.getText());
  }

  @Test
  void a_batch_of_terms_gives_counts_and_top_documents() throws IOException {
    driver.get(base + "batch.html");
    WebElement terms = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("terms")));
    terms.sendKeys("Raqqa\nhospital\n\nnowhere-to-be-found\n\"unbalanced");
    driver.findElement(By.id("batch-run")).click();
    browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".batch-row"), 4));
    List<String> counts = driver.findElements(By.cssSelector(".batch-count")).stream().map(WebElement::getText)
        .toList();
    assertEquals(List.of("3", "1", "0", "0"), counts);
    assertEquals("Raqqa hospital", driver.findElement(By.cssSelector(".batch-row[data-term=hospital] .batch-top a"))
        .getText());
    assertTrue(driver.findElement(By.cssSelector(".batch-error")).getText().startsWith("query does not parse"));
    assertFalse(driver.findElement(By.id("batch-csv")).getAttribute("disabled") != null);
    String csv = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/batch?format=csv', {method: 'POST', body: document.getElementById('terms').value})"
        + ".then(r => r.arrayBuffer()).then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));");
    assertTrue(csv.startsWith("\uFEFF\"line\",\"term\",\"count\""), csv);
  }

  @Test
  void the_document_page_lists_what_was_extracted_with_links() throws IOException {
    driver.get(base + "document.html?id=" + ExportIndex.INSIDE_ID);
    WebElement figures = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-figures")));
    assertTrue(figures.getText().contains("Casualty figures (1)"), figures.getText());
    WebElement passage = figures.findElement(By.cssSelector(".figure-passage"));
    assertEquals("killed: 350", passage.getText());
    assertTrue(passage.getAttribute("href").endsWith("#9-19"), passage.getAttribute("href"));
    assertEquals("Jane Doe", figures.findElement(By.cssSelector(".extracted-figure td:nth-child(3)")).getText());
    assertTrue(figures.findElement(By.cssSelector(".figure-claims")).getAttribute("href")
        .endsWith("contradictions.html?location=Raqqa&category=killed"));
    assertEquals("Jane Doe — spokeswoman, Raqqa hospital",
        driver.findElement(By.cssSelector(".extracted-official")).getText());
    WebElement entities = driver.findElement(By.id("doc-entities"));
    assertEquals(List.of("organisations", "places"), entities.findElements(By.cssSelector(".extracted-entities"))
        .stream().map(e -> e.getAttribute("data-kind")).toList()); // Jane Doe is listed once, as an official
    assertTrue(entities.getText().contains("London"), entities.getText());
    passage.click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.passage")));
    assertEquals("350 people", driver.findElement(By.cssSelector("#doc-text mark.passage")).getText());
    String download = driver.findElement(By.id("doc-download")).getAttribute("href");
    assertTrue(download.endsWith("/api/documents/" + ExportIndex.INSIDE_ID + "/file"), download);
    browser.screenshot("journalist-document.png", 1280, "#doc-figures:not([hidden])");
  }
}
