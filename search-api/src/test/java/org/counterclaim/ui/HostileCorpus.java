package org.counterclaim.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents that carry script and HTML payloads in their text, title, metadata, file name, in the names that
 * become claimants and facet values, and in the sentences of their casualty figures. Every payload, if it ever
 * ran, would leave a trace {@link Inertness} looks for: it sets {@code window.__pwned}, opens an alert, sets the
 * page title to {@code PWNED} or appends an element with id {@code pwned}.
 */
final class HostileCorpus {

  static final String SCRIPT = "<script>window.__pwned='script'</script>";
  static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
  static final String SVG = "<svg onload=\"alert('svg')\">";
  static final String BREAK_OUT = "\"><script>document.title='PWNED'</script>";
  static final String JS_URL = "javascript:window.__pwned='url'";
  static final String TEXTAREA = "</textarea><img src=x onerror=\"window.__pwned='textarea'\">";
  static final String TEMPLATE = "${alert('template')} `${window.__pwned='backtick'}`";
  static final String SINGLE_QUOTES = "' onmouseover='window.__pwned=\"single\"' x='";
  static final String DOUBLE_QUOTES = "\" autofocus onfocus=\"window.__pwned='double'\" x=\"";
  static final String PWNED_ELEMENT =
      "<img src=x onerror=\"document.body.appendChild(document.createElement('div')).id='pwned'\">";
  static final String HOVER = "<b onmouseover=\"window.__pwned='hover'\">";
  static final String ORG_IMG = "<img src=x onerror=\"window.__pwned='org'\">";

  /** Every payload written into the ministry's statement, in order. */
  static final String[] BODY_PAYLOADS = {SCRIPT, HOVER, BREAK_OUT, IMG, JS_URL, TEXTAREA, SVG, TEMPLATE,
      SINGLE_QUOTES, DOUBLE_QUOTES};

  /** A publisher from a "Source:" line, and so the claimant of the statement's "we" figures. */
  static final String RELIEF = "Relief <svg onload=alert(7)> Agency";
  /** An organisation whose name has an ampersand and an apostrophe, as an entity, claimant and facet value. */
  static final String SMITH = "Smith & O'Brien";
  static final String PERSON = "Seán O'Neill-Kovač";

  static final String HTML_TITLE = "Report <script>window.__pwned='title'</script> on Mariupol";
  static final String HTML_AUTHOR = "<img src=x onerror=alert('author')>";
  static final String HTML_PUBLISHER = "<svg onload=alert('publisher')> Press";
  static final String MAIL_SENDER = "<img src=x onerror=alert('from')>";
  static final String MAIL_SUBJECT = "<script>alert('subject')</script> casualty update";
  static final String DOCX_TITLE = "<svg onload=alert('docx')> Field report";
  static final String DOCX_CREATOR = "<img src=x onerror=alert('creator')>";
  /** A legal Linux file name. */
  static final String FILE_NAME = "<img src=x onerror=alert('file')>.txt";

  static final String MINISTRY_TITLE = "PRESS STATEMENT " + SCRIPT;
  static final String NGO_TITLE = "Humanitarian Monitoring Group report " + PWNED_ELEMENT;
  /** The sentence of the ministry's "at least 40 people" figure. */
  static final String QUOTE = "A leaked field report " + IMG + " said at least 40 people were killed in Mariupol.";

  private HostileCorpus() {}

  /** Writes the documents into {@code folder} (created if needed); returns it. */
  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    text(folder, "ministry-statement.txt", MINISTRY_TITLE + "\n\n"
        + "KYIV, 10 March 2022. The " + HOVER + "Ministry of Health</b> said 23 civilians were killed in Mariupol on "
        + "9 March 2022 " + BREAK_OUT + ".\n\n"
        + QUOTE + "\n\n"
        + "Read more at " + JS_URL + " or " + TEXTAREA + " or " + SVG + " or " + TEMPLATE + " or " + SINGLE_QUOTES
        + " or " + DOUBLE_QUOTES + ".\n\nEnds.\n");
    text(folder, "ngo-report.txt", NGO_TITLE + "\n\n"
        + "GENEVA, 12 March 2022. The Humanitarian Monitoring Group " + ORG_IMG + " said more than 1,600 civilians "
        + "were killed in Mariupol, contradicting the ministry.\n");
    text(folder, "relief-statement.txt", "PRESS RELEASE\n\nCasualty update from Mariupol\n\n11 March 2022\n\n"
        + "We have recorded 200 civilians killed in Mariupol since 1 March 2022.\n\nSource: " + RELIEF + "\n");
    text(folder, "names.txt", "Update on Mariupol\n\n"
        + "MARIUPOL, 11 March 2022. The " + SMITH + " \"Relief\" Trust said 7 civilians were injured in Mariupol on "
        + "10 March 2022. Dr " + PERSON + ", head of the Trust, said 8 civilians were injured in Mariupol.\n");
    text(folder, FILE_NAME, "Notes from the field on 13 March 2022.\n");
    text(folder, "hostile.html", "<!doctype html>\n<html><head>\n"
        + "<title>" + html(HTML_TITLE) + "</title>\n"
        + "<meta name=\"author\" content=\"" + html(HTML_AUTHOR) + "\">\n"
        + "<meta name=\"description\" content=\"" + html(BREAK_OUT) + "\">\n"
        + "<meta name=\"publisher\" content=\"" + html(HTML_PUBLISHER) + "\">\n"
        + "</head><body>\n"
        + "<p>The Red Cross said 12 civilians were injured in Mariupol on 11 March 2022. " + html(SVG) + "</p>\n"
        + "<p><a href=\"javascript:alert('href')\">a javascript link</a></p>\n"
        + "<script>window.__pwned='html-script'</script>\n</body></html>\n");
    text(folder, "casualty-update.eml", "From: \"" + MAIL_SENDER + "\" <evil@example.com>\n"
        + "To: desk@example.org\nSubject: " + MAIL_SUBJECT + "\nDate: Fri, 11 Mar 2022 10:00:00 +0000\n"
        + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        + "The Ministry of Defence said 5 soldiers were killed in Mariupol on 10 March 2022 " + SVG + ".\n");
    docx(folder.resolve("field-report.docx"));
    return folder;
  }

  private static void text(Path folder, String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void docx(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Field notes from Mariupol, 14 March 2022.");
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(DOCX_TITLE);
      core.setCreator(DOCX_CREATOR);
      doc.write(out);
    }
  }

  /** Escapes text for an HTML attribute or element, so that Tika reads the payload back as text. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
