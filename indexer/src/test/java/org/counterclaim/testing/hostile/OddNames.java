package org.counterclaim.testing.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.counterclaim.testing.TestFiles;

/**
 * Names and places a dump has: file names in other scripts, with spaces, quotes, a line break, a leading dash, of
 * 250 bytes; a folder 30 levels deep; files whose extension lies about their format; the same file three times;
 * and symbolic links, two of them loops.
 */
final class OddNames {

  static final String[] NAMES = {
      "with spaces in the name.txt", "  leading and trailing spaces  .txt", "تقرير الرقة.txt", "отчёт.txt",
      "报告.txt", "emoji 📄💥.txt", "cafe\u0301 (decomposed).txt", "caf\u00E9 (composed).txt", "-rf.txt",
      "quote's \"double\" `back`.txt", "semi;colon & $HOME %20 #hash ?.txt", "back\\slash.txt", "line\nbreak.txt",
      "tab\there.txt", "README", "statement.pdf.exe", "UPPER CASE.TXT",
      "long-" + "n".repeat(241) + ".txt", "长".repeat(80) + ".txt"};
  /** Fixture → the wrong name it gets. */
  private static final String[][] MISLABELLED = {
      {"good/statement.pdf", "statement-pdf.txt"}, {"good/article.docx", "article-docx.pdf"},
      {"good/bundle.zip", "bundle-zip.docx"}, {"good/article.html", "article-html.pdf"},
      {"good/letter.eml", "letter-eml.txt"}, {"good/report.odt", "report-odt.zip"},
      {"good/report.rtf", "report-rtf.doc"}, {"good/mailbox.mbox", "mailbox-mbox.csv"}};
  static final int DEEP = 30;

  private OddNames() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("names");
    for (int i = 0; i < NAMES.length; i++) {
      out.text(NAMES[i], "File " + i + " with an odd name: the statement says civilians were killed in Raqqa.");
    }
    out.text("folder/".repeat(DEEP) + "deepest.txt", "A file " + DEEP + " folders down.");
    out.family("mislabelled");
    for (String[] m : MISLABELLED) {
      out.write(m[1], Files.readAllBytes(TestFiles.fixture(m[0])));
    }
    out.write("image-png.pdf", png());
    out.text("notes-text.exe", "Plain notes saved with the extension of a program: civilians were killed.");
    out.family("duplicates");
    String release = "The same press release, saved three times under different names. Raqqa, 2017.";
    for (String name : new String[] {"press-release.txt", "press-release (1).txt", "Copy of press-release.txt"}) {
      out.text(name, release);
    }
    out.family("links");
    out.link("loop", ".");
    out.link("parent-loop", "..");
    out.link("to-a-file.txt", "../languages/fr.txt");
    out.link("dangling.txt", "no-such-file.txt");
  }

  /** A small grey picture: a file with no text. */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
