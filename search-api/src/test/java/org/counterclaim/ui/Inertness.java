package org.counterclaim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

/**
 * Checks that no payload of {@link HostileCorpus} ran in the page: by its effects (no alert open, no
 * {@code window.__pwned}, no element with id {@code pwned}, the title the page should have) and by the markup it
 * would have needed (no element with an on* attribute, no img, iframe, object or embed, no script but the page's
 * own module, no link off the site or to a javascript: URL).
 */
final class Inertness {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Inertness.class);

  /** Elements and attributes a payload would have to create to run; the UI itself makes none of them. */
  private static final String ACTIVE_MARKUP = """
      const found = [];
      for (const node of document.querySelectorAll('*')) {
        for (const attr of node.attributes) {
          if (/^on/i.test(attr.name)) found.push(node.localName + '[' + attr.name + ']');
        }
        if (['img', 'iframe', 'object', 'embed', 'frame', 'base'].includes(node.localName)
            || (node.localName === 'meta' && node.hasAttribute('http-equiv'))) {
          found.push(node.localName);
        }
        if (node.localName === 'script'
            && !(node.type === 'module' && /^[a-z]+\\.js$/.test(node.getAttribute('src') || ''))) {
          found.push('script ' + node.outerHTML.slice(0, 60));
        }
        const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
        if (href != null && node.localName !== 'link') {
          const url = new URL(href, location.href);
          if (url.origin !== location.origin) found.push(node.localName + ' href=' + href);
        }
      }
      return found;""";

  private final Browser browser;
  /** Text of an alert the driver met (and dismissed) while checking, not yet reported by an assertion. */
  private String alertMet;

  Inertness(Browser browser) {
    this.browser = browser;
  }

  /**
   * Waits until an image that fails to load has reported its error (as an injected {@code <img src=x>} would
   * have by then), then asserts that nothing ran and the page's title is {@code title}.
   */
  void assertNothingRan(String where, String title) {
    try {
      settle();
      if (alertMet != null) {
        fail(where + ": a payload opened an alert: " + alertMet);
      }
      assertNoAlert(where);
      Object pwned = browser.script("return window.__pwned === undefined ? null : String(window.__pwned)");
      if (pwned != null) {
        fail(where + ": a payload ran and set window.__pwned = " + pwned);
      }
      assertEquals(List.of(), browser.driver().findElements(By.id("pwned")), where + ": a payload added #pwned");
      assertEquals(title, browser.driver().getTitle(), where + ": the page title");
      assertEquals(List.of(), browser.script(ACTIVE_MARKUP), where + ": active markup in the page");
    } catch (UnhandledAlertException e) {
      // an alert opened while checking, whichever command met it
      met(e);
      fail(where + ": a payload opened an alert: " + alertMet);
    } finally {
      alertMet = null;
    }
  }

  /**
   * Waits until every image of the page still loading has loaded or failed, and a same-origin image that does not
   * exist has failed, so that payloads that run on an image's error had their turn (waiting for the probe alone
   * raced with the payloads' own images on a busy machine). Listeners added here run after any inline handler.
   */
  void settle() {
    browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "const probe = new Image();"
        + "const pending = [...document.images].filter(i => !i.complete).concat([probe]);"
        + "let left = pending.length;"
        + "const one = () => { if (--left === 0) setTimeout(done, 20); };"
        + "pending.forEach(i => { i.addEventListener('load', one, {once: true});"
        + " i.addEventListener('error', one, {once: true}); });"
        + "probe.src = 'x?settle=' + Math.random();");
  }

  /**
   * Whether a payload visibly ran: an alert is open (left open, so that {@link #assertNothingRan} sees it),
   * {@code window.__pwned} is set, a {@code #pwned} element exists or the title is not {@code title}.
   */
  boolean somethingRan(String title) {
    if (alertMet != null) {
      return true;
    }
    try {
      browser.driver().switchTo().alert();
      return true;
    } catch (NoAlertPresentException noAlert) {
      LOG.trace("no alert open yet");
    }
    try {
      return browser.script("return window.__pwned !== undefined") == Boolean.TRUE
          || !browser.driver().findElements(By.id("pwned")).isEmpty()
          || !title.equals(browser.driver().getTitle());
    } catch (UnhandledAlertException e) {
      // the alert opened between the two checks, and the driver closed it when the script failed on it
      met(e);
      return true;
    }
  }

  /** Remembers an alert a command failed on, so that the next {@link #assertNothingRan} reports it. */
  private void met(UnhandledAlertException e) {
    dismissOpenAlert(); // the driver may leave it open, and the next command would fail on it
    alertMet = String.valueOf(e.getAlertText());
  }

  /** Closes an alert a payload left open, if there is one, and forgets one the driver met. */
  void dismissOpenAlert() {
    alertMet = null;
    try {
      browser.driver().switchTo().alert().dismiss();
    } catch (NoAlertPresentException dismissedByTheDriver) {
      LOG.debug("the alert was already dismissed by the driver");
    }
  }

  private void assertNoAlert(String where) {
    try {
      Alert alert = browser.driver().switchTo().alert();
      String text = alert.getText();
      alert.dismiss();
      fail(where + ": a payload opened an alert: " + text);
    } catch (NoAlertPresentException expected) {
      // no alert: as it should be
    }
  }
}
