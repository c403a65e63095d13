package org.counterclaim.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Pictures of typed pages, made by the tests: a photographed page (PNG, JPEG, TIFF) and a scanned PDF. */
public final class Scans {

  /** The paragraph typed on the pages. */
  public static final List<String> PARAGRAPH = List.of(
      "At least 47 civilians were killed in the",
      "shelling of the market in Raqqa on Tuesday,",
      "the health ministry said in a statement.");

  private Scans() {}

  /** The paragraph in black on white, 300 dpi-like: large serif type as a printer would set it. */
  public static BufferedImage page(List<String> lines) {
    BufferedImage image = new BufferedImage(1700, 140 + 90 * lines.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, 56));
      for (int i = 0; i < lines.size(); i++) {
        g.drawString(lines.get(i), 80, 110 + 90 * i);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes the page as a picture; {@code format} is an ImageIO name: png, jpeg or tiff. */
  public static Path picture(Path file, String format, List<String> lines) throws IOException {
    if (!ImageIO.write(page(lines), format, file.toFile())) {
      throw new IOException("no ImageIO writer for " + format);
    }
    return file;
  }

  /** Writes a PDF whose only page is the picture: no fonts, no text layer, as a scanner makes it. */
  public static Path pdf(Path file, List<String> lines) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(pdf, page(lines));
      float width = PDRectangle.A4.getWidth() - 60;
      float height = width * image.getHeight() / image.getWidth();
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 30, PDRectangle.A4.getHeight() - 60 - height, width, height);
      }
      pdf.save(file.toFile());
    }
    return file;
  }
}
