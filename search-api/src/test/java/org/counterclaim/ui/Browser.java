package org.counterclaim.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the page tests, one per test class: started in {@code @BeforeAll}, closed in
 * {@code @AfterAll}. Needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them); {@link #start}
 * skips the class with a message when they are missing.
 */
final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 1000;

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts Chromium with its profile in {@code profile} (a temporary folder), or skips the test class. */
  static Browser start(Path profile) {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "Browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver);
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Runs a script in the page and returns its result (see JavascriptExecutor for the types). */
  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Runs a script that calls its last argument when done, and waits for that. */
  Object asyncScript(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  /**
   * Runs a script in every page loaded from now on, before the page's own scripts. Scripts added this way are
   * not subject to the page's Content-Security-Policy.
   */
  void onEveryPage(String script) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
  }

  /** Switches the page's Content-Security-Policy off (true) or on again (false), for the pages loaded next. */
  void bypassCsp(boolean bypass) {
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
  }

  /**
   * Loads the current page again at this width (a page may lay out for its width), waits for {@code readyCss},
   * then saves the whole page as {@code target/<name>} and restores the usual window size.
   */
  void screenshot(String name, int width, String readyCss) throws IOException {
    driver.manage().window().setSize(new Dimension(width, HEIGHT));
    driver.navigate().refresh();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyCss)));
    long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(6000, height + 140)));
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    File png = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
