package org.counterclaim.ui;

import static org.counterclaim.ui.HostileCorpus.DOCX_TITLE;
import static org.counterclaim.ui.HostileCorpus.HTML_AUTHOR;
import static org.counterclaim.ui.HostileCorpus.HTML_PUBLISHER;
import static org.counterclaim.ui.HostileCorpus.HTML_TITLE;
import static org.counterclaim.ui.HostileCorpus.IMG;
import static org.counterclaim.ui.HostileCorpus.MAIL_SENDER;
import static org.counterclaim.ui.HostileCorpus.MAIL_SUBJECT;
import static org.counterclaim.ui.HostileCorpus.MINISTRY_TITLE;
import static org.counterclaim.ui.HostileCorpus.NGO_TITLE;
import static org.counterclaim.ui.HostileCorpus.PWNED_ELEMENT;
import static org.counterclaim.ui.HostileCorpus.QUOTE;
import static org.counterclaim.ui.HostileCorpus.RELIEF;
import static org.counterclaim.ui.HostileCorpus.SCRIPT;
import static org.counterclaim.ui.HostileCorpus.SMITH;
import static org.counterclaim.ui.HostileCorpus.SVG;
import static org.counterclaim.ui.HostileSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.search.DocumentView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Documents whose text, title, metadata, file name, claimants and figure quotes carry script and HTML payloads
 * ({@link HostileCorpus}), indexed and served by the real app, are shown inert in headless Chromium: each page is
 * loaded and used (facets clicked, chips and "open in document" links followed, marks hovered), and the test
 * fails if any payload ran ({@link Inertness}) or if its text is not on the page as text. Payloads in the URL
 * (query, filters, ids, hash) too. The pages' escaping is tested with the Content-Security-Policy switched off,
 * so that the CSP, the second line of defence, cannot hide a hole; the CSP is tested on its own at the end.
 */
class XssTest {

  @TempDir
  static Path work;
  private static Browser browser;
  private static WebDriver driver;
  private static Inertness inert;
  private static HostileSite site;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start(work.resolve("profile"));
    driver = browser.driver();
    inert = new Inertness(browser);
    site = HostileSite.start(work);
    browser.onEveryPage("window.__violations = [];"
        + "document.addEventListener('securitypolicyviolation',"
        + " (e) => window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI));");
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  private static void open(String page, String readyCss) {
    driver.get(site.url(page));
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyCss)));
  }

  private static List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static List<String> attributes(String css, String attribute) {
    return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  private static List<String> sorted(String... values) {
    return sorted(List.of(values));
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  /** Text as an XPath string literal, whatever quotes it holds: concat('a', "'", 'b'). */
  private static String literal(String text) {
    return "concat('', '" + text.replace("'", "', \"'\", '") + "')";
  }

  /** The value of a row of the document page's metadata table. */
  private static String meta(String name) {
    return driver.findElement(By.xpath("//table[@id='doc-meta']//tr[th='" + name + "']/td")).getText();
  }

  /**
   * Moves the mouse over the first visible elements that match, as a reader would, and sends every element that
   * matches, hidden ones too, the events an injected handler would wait for (mouseover, mouseenter, focus).
   */
  @SuppressWarnings("unchecked")
  private static void hover(String css) {
    List<WebElement> visible = (List<WebElement>) browser.script("return [...document.querySelectorAll(arguments[0])]"
        + ".filter((e) => e.checkVisibility()).slice(0, 20)", css);
    Actions actions = new Actions(driver);
    for (WebElement e : visible) {
      actions.scrollToElement(e).moveToElement(e);
    }
    actions.perform();
    browser.script("for (const e of document.querySelectorAll(arguments[0])) {"
        + " for (const type of ['mouseover', 'mouseenter', 'focus']) e.dispatchEvent(new Event(type, {bubbles: true}));"
        + "}", css);
  }

  @Test
  void search_page_shows_hostile_titles_snippets_figures_and_facets_as_text() throws IOException {
    browser.bypassCsp(true);
    String q = "Mariupol OR onerror OR script";
    open("?q=" + encode(q), "#results .hit");
    inert.assertNothingRan("search page", q + " · Counterclaim");

    assertEquals(sorted(HTML_TITLE, MINISTRY_TITLE, NGO_TITLE, MAIL_SUBJECT, "Update on Mariupol",
        "Casualty update from Mariupol", DOCX_TITLE), sorted(texts(".hit-title")));
    assertTrue(texts(".snippet").contains("…The Humanitarian Monitoring Group " + HostileCorpus.ORG_IMG
        + " said more than 1,600 civilians were killed in Mariupol, contradicting the ministry.…"), "a snippet");
    assertEquals(sorted(RELIEF, HTML_PUBLISHER, MAIL_SENDER + " <evil@example.com>"),
        sorted(attributes(".facet[data-dim=publisher] .facet-value", "data-value")));
    assertEquals(sorted(RELIEF, HTML_PUBLISHER, MAIL_SENDER + " <evil@example.com>"),
        sorted(texts(".facet[data-dim=publisher] .facet-name")));
    assertEquals(sorted("Humanitarian Monitoring Group", "International Committee of the Red Cross",
        "Ministry of Health", RELIEF, SMITH, "UK Ministry of Defence", "head of the Trust"), sorted(texts(".facet[data-dim=claimant] .facet-name")));
    hover(".hit-title, .figure-chip a, .snippet mark, .facet-name");
    inert.assertNothingRan("search page, hovered", q + " · Counterclaim");
    browser.screenshot("xss-search.png", 1280, "#results .hit");

    driver.findElement(By.cssSelector(".facet[data-dim=claimant] .facet-value[data-value='"
        + RELIEF.replace("'", "\\'") + "'] input")).click();
    browser.waiting().until(ExpectedConditions.urlContains("claimant="));
    browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".hit"), 1));
    inert.assertNothingRan("search page, claimant filter", q + " · Counterclaim");
    assertEquals(List.of("Casualty update from Mariupol"), texts(".hit-title"));
    assertEquals(List.of(RELIEF), texts(".hit .hit-meta span:nth-child(3)"));
    driver.findElement(By.cssSelector(".figure-chip a")).click();
    WebElement passage = browser.waiting().until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.passage")));
    assertEquals("200 civilians killed", passage.getText());
    inert.assertNothingRan("document page from a figure chip", "Casualty update from Mariupol · Counterclaim");
  }

  @Test
  void document_page_shows_hostile_text_metadata_and_highlights_as_text() throws IOException {
    browser.bypassCsp(true);
    DocumentView ministry = site.document("ministry-statement.txt");
    CasualtyFigure quoted = ministry.figures().stream().filter(f -> f.sentence().equals(QUOTE))
        .findFirst().orElseThrow();
    open("document.html?id=" + ministry.id() + "&q=onerror#" + quoted.start() + "-" + quoted.end(), "#doc-text mark");
    inert.assertNothingRan("document page", MINISTRY_TITLE + " · Counterclaim");
    assertEquals(MINISTRY_TITLE, driver.findElement(By.id("doc-title")).getText());
    assertEquals(ministry.text(), browser.script("return document.getElementById('doc-text').textContent"));
    String shown = driver.findElement(By.id("doc-text")).getText();
    for (String payload : HostileCorpus.BODY_PAYLOADS) {
      assertTrue(shown.contains(payload), payload + " shown as text");
    }
    assertEquals("at least 40 people", driver.findElement(By.cssSelector("#doc-text mark.passage")).getText());
    assertEquals("2 matches", driver.findElement(By.id("find-count")).getText(), "onerror in IMG and TEXTAREA");
    hover("#doc-text mark");
    inert.assertNothingRan("document page, hovered", MINISTRY_TITLE + " · Counterclaim");
    browser.screenshot("xss-document.png", 1280, "#doc-text mark");

    open("document.html?id=" + site.id("hostile.html"), "#doc-meta tr");
    inert.assertNothingRan("HTML document", HTML_TITLE + " · Counterclaim");
    assertEquals(HTML_PUBLISHER, meta("Publisher"));
    assertEquals(HTML_AUTHOR, meta("author"));
    open("document.html?id=" + site.id("casualty-update.eml"), "#doc-meta tr");
    inert.assertNothingRan("e-mail", MAIL_SUBJECT + " · Counterclaim");
    assertEquals(MAIL_SENDER + " <evil@example.com>", meta("from"));
    assertEquals(MAIL_SUBJECT, meta("subject"));
    open("document.html?id=" + site.id("field-report.docx"), "#doc-meta tr");
    inert.assertNothingRan("docx", DOCX_TITLE + " · Counterclaim");
    assertEquals(DOCX_TITLE, driver.findElement(By.id("doc-title")).getText());
    assertEquals(HostileCorpus.DOCX_CREATOR, meta("author"));
    open("document.html?id=" + site.id(HostileCorpus.FILE_NAME), "#doc-meta tr");
    inert.assertNothingRan("hostile file name", "Notes from the field on 13 March 2022. · Counterclaim");
    assertEquals(HostileCorpus.FILE_NAME, meta("file_name"));
  }

  @Test
  void contradiction_pages_show_hostile_claimants_and_quotes_as_text() throws IOException {
    browser.bypassCsp(true);
    open("contradictions.html?q=Mariupol", "#groups .group-link");
    inert.assertNothingRan("group list", "Compare claims · Counterclaim");
    WebElement group = driver.findElements(By.cssSelector("#groups .group")).stream()
        .filter(g -> g.getText().contains(RELIEF)).findFirst().orElseThrow();
    String label = group.findElement(By.cssSelector(".group-link")).getText();
    group.findElement(By.cssSelector(".group-link")).click();
    browser.waiting().until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side[data-claimant] .claim")));
    hover(".claim-quote, .side-name, #chart g.point");
    inert.assertNothingRan("group page", label + " · Compare claims · Counterclaim");
    WebElement relief = driver.findElement(
        By.xpath("//section[contains(@class, 'side')][header/h2=" + literal(RELIEF) + "]"));
    assertEquals(RELIEF, relief.getDomAttribute("data-claimant"));
    assertEquals(1,
        driver.findElements(By.xpath("//ul[@class='chart-legend']/li[.=" + literal(RELIEF) + "]")).size());
    WebElement quoted = driver.findElement(
        By.xpath("//li[contains(@class, 'claim')][blockquote=" + literal(QUOTE) + "]"));
    assertEquals(MINISTRY_TITLE, quoted.findElement(By.cssSelector(".claim-title")).getText());
    browser.screenshot("xss-contradictions.png", 1280, "#chart svg g.series");

    driver.findElement(By.xpath(
        "//li[contains(@class, 'claim')][blockquote=" + literal(QUOTE) + "]//a[@class='claim-link']")).click();
    WebElement passage = browser.waiting().until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.passage")));
    assertEquals("at least 40 people", passage.getText());
    inert.assertNothingRan("document page from a claim", MINISTRY_TITLE + " · Counterclaim");
  }

  @Test
  void payloads_in_the_url_stay_text() {
    browser.bypassCsp(true);
    open("?q=" + encode(IMG) + "&publisher=" + encode(SVG) + "&claimant=" + encode(PWNED_ELEMENT) + "#" + encode(IMG),
        "#results .empty, #error:not([hidden])");
    inert.assertNothingRan("search page, payloads in the URL", IMG + " · Counterclaim");
    assertEquals(IMG, driver.findElement(By.id("q")).getDomProperty("value"));

    open("?q=" + encode(SCRIPT + "("), "#error:not([hidden])");
    inert.assertNothingRan("search page, payload in a bad query", SCRIPT + "( · Counterclaim");
    assertTrue(driver.findElement(By.id("error")).getText().contains(SCRIPT), "the query echoed as text");

    open("document.html?id=" + encode(IMG) + "&q=" + encode(SVG) + "#" + encode(PWNED_ELEMENT), "#error:not([hidden])");
    inert.assertNothingRan("document page, payload id", "No document with this id · Counterclaim");
    assertEquals("No document with this id\n“" + IMG + "” is not in the index.",
        driver.findElement(By.id("error")).getText());

    open("contradictions.html?id=" + encode(IMG), "#error:not([hidden])");
    inert.assertNothingRan("group page, payload id", "No such group · Counterclaim");
    assertEquals("No such group\n“" + IMG + "” is not a group of claims (any more). Groups change as documents are"
        + " indexed.", driver.findElement(By.id("error")).getText());

    open("contradictions.html?q=" + encode(SCRIPT) + "&location=" + encode(SVG) + "#" + encode(IMG),
        "#total:not(:empty), #error:not([hidden])");
    inert.assertNothingRan("group list, payloads in the URL", "Compare claims · Counterclaim");
    assertEquals(SVG, driver.findElement(By.id("f-location")).getDomProperty("value"));
  }

  @Test
  void the_dom_helper_drops_script_urls_and_handler_strings() {
    browser.bypassCsp(true);
    open("document.html", "#error:not([hidden])");
    Object built = browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "import('/dom.js').then(({ el }) => done(["
        + " el('a', {href: 'java\\tscript:window.__pwned=1'}, 'tab'),"
        + " el('a', {href: ' JaVaScRiPt:window.__pwned=1'}),"
        + " el('a', {href: 'data:text/html,<script>alert(1)</script>'}),"
        + " el('a', {href: 'vbscript:msgbox(1)'}),"
        + " el('a', {href: 'document.html?id=1'}),"
        + " el('a', {href: 'https://example.org/'}),"
        + " el('b', {onmouseover: \"window.__pwned='attr'\"}),"
        + " el('b', {ONCLICK: 'alert(1)'}),"
        + " el('b', {title: '\" onmouseover=\"alert(1)'}),"
        + " el('p', null, '<img src=x onerror=alert(1)>'),"
        + "].map((e) => e.outerHTML)))");
    assertEquals(List.of("<a>tab</a>", "<a></a>", "<a></a>", "<a></a>", "<a href=\"document.html?id=1\"></a>",
        "<a href=\"https://example.org/\"></a>", "<b></b>", "<b></b>",
        "<b title=\"&quot; onmouseover=&quot;alert(1)\"></b>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"), built);
  }

  @Test
  void detection_catches_a_payload_that_does_run() {
    browser.bypassCsp(true);
    open("document.html?id=" + site.id("ministry-statement.txt"), "#doc-text");
    String title = MINISTRY_TITLE + " · Counterclaim";
    inert.assertNothingRan("before the control", title);
    for (String payload : List.of(IMG, PWNED_ELEMENT, "<img src=x onerror=\"alert('control')\">",
        "<img src=x onerror=\"document.title='PWNED'\">")) {
      browser.script("document.getElementById('doc-text').insertAdjacentHTML('beforeend', arguments[0])", payload);
      // a payload runs when its image fails, at a moment of the browser's choosing: wait until it has
      browser.waiting().until(d -> inert.somethingRan(title));
      assertThrows(AssertionFailedError.class, () -> inert.assertNothingRan("control", title), payload);
      inert.dismissOpenAlert();
      driver.navigate().refresh();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark")));
      inert.assertNothingRan("after the control", title);
    }
  }

  @Test
  void content_security_policy_blocks_injected_markup_and_the_pages_need_no_exception() {
    browser.bypassCsp(false);
    open("?q=Mariupol", "#results .hit .figure-chip");
    assertEquals(List.of(), browser.script("return window.__violations"), "the search page runs under the policy");
    open("document.html?id=" + site.id("ministry-statement.txt") + "&q=onerror", "#doc-text mark.q-hit");
    assertEquals(List.of(), browser.script("return window.__violations"), "the document page runs under the policy");
    open("contradictions.html?q=Mariupol", "#groups .group-link");
    driver.findElement(By.cssSelector("#groups .group-link")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg g.series")));
    assertEquals(List.of(), browser.script("return window.__violations"), "the group page runs under the policy");

    browser.script("document.getElementById('sides').insertAdjacentHTML('beforeend', arguments[0])", IMG);
    inert.settle();
    assertEquals(null, browser.script("return window.__pwned ?? null"), "the policy stopped the inline handler");
    assertEquals(List.of("script-src-attr inline"), browser.script("return window.__violations"));
  }
}
