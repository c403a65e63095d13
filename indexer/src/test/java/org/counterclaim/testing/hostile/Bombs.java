package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Files made to exhaust a parser: zip bombs (one huge entry, a zip of zips, thousands of entries), archives nested
 * deeper than any limit, entity expansion ("billion laughs"), an external entity, and deeply nested markup.
 */
final class Bombs {

  private static final int MB = 1 << 20;
  /** One megabyte of a sentence repeated: a text bomb looks like text to the parser that reads it. */
  private static final byte[] TEXT_BLOCK = repeat("Civilians were killed in the strike on the market. ", MB);

  private Bombs() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("bombs");
    out.stream("zeros-2gb.zip", s -> {
      try (ZipWriter zip = new ZipWriter(s)) {
        zip.addRepeated("zeros.bin", new byte[MB], 2048);
      }
    });
    out.stream("text-1gb.zip", s -> {
      try (ZipWriter zip = new ZipWriter(s)) {
        zip.addRepeated("report.txt", TEXT_BLOCK, 1024);
      }
    });
    byte[] inner = ZipWriter.zip(zip -> {
      for (int i = 0; i < 16; i++) {
        zip.addRepeated("part-" + i + ".txt", TEXT_BLOCK, 256);
      }
    });
    out.write("zip-of-zips.zip", ZipWriter.zip(zip -> {
      for (int i = 0; i < 16; i++) {
        zip.add("bomb-" + i + ".zip", inner);
      }
    }));
    out.write("many-entries.zip", ZipWriter.zip(zip -> {
      for (int i = 0; i < 5_000; i++) {
        String text = i % 1_000 == 0 ? "Entry " + i + " of a folder of five thousand files." : "";
        zip.add(String.format("folder/entry-%04d.txt", i), text.getBytes(StandardCharsets.UTF_8));
      }
    }));
    out.write("nested-30-deep.zip", nested(30));
    out.write("zip-slip.zip", ZipWriter.zip(zip -> {
      zip.add("../../../../../../tmp/counterclaim-zip-slip.txt",
          "An entry whose name climbs out of the folder it would be extracted to.".getBytes(StandardCharsets.UTF_8));
      zip.add("/etc/counterclaim-absolute.txt",
          "An entry with an absolute path as its name.".getBytes(StandardCharsets.UTF_8));
    }));
    out.text("billion-laughs.xml", billionLaughs());
    out.text("quadratic-blowup.xml", quadraticBlowup());
    out.text("external-entity.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <report><title>External entity</title><body>Before the entity. &secret; After the entity.</body></report>
        """);
    out.text("deep-nesting.html", nestedMarkup("<!DOCTYPE html><html><body>", "<div>", "</div>", 20_000,
        "<p>Text at the bottom of twenty thousand nested divs.</p>", "</body></html>"));
    out.text("deep-nesting.xml", nestedMarkup("<?xml version=\"1.0\"?>", "<a>", "</a>", 100_000,
        "Text at the bottom of a hundred thousand nested elements.", ""));
    out.write("billion-laughs.docx", MiniDocx.withDocumentXml(billionLaughs().replace("<lolz>&lol9;</lolz>",
        "<w:document xmlns:w=\"" + MiniDocx.namespace() + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
            + "</w:body></w:document>")));
    out.text("deep-nesting.json", nestedMarkup("", "[", "]", 100_000, "\"bottom\"", ""));
  }

  /** A zip holding a zip holding a zip... {@code depth} levels, a text at the bottom. */
  private static byte[] nested(int depth) throws IOException {
    byte[] current = ZipWriter.zip(zip -> zip.add("deepest.txt",
        ("The deepest document, " + depth + " archives down.").getBytes(StandardCharsets.UTF_8)));
    for (int level = depth - 1; level >= 1; level--) {
      byte[] inner = current;
      String name = "level-" + level + ".zip";
      current = ZipWriter.zip(zip -> zip.add(name, inner));
    }
    return current;
  }

  /** Ten entities each ten times the one before: 10^9 "lol"s when expanded. */
  private static String billionLaughs() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      b.append(" <!ENTITY lol").append(i).append(" \"");
      String previous = i == 1 ? "lol" : "lol" + (i - 1);
      b.append(("&" + previous + ";").repeat(10)).append("\">\n");
    }
    return b.append("]>\n<lolz>&lol9;</lolz>\n").toString();
  }

  /** One 50,000-character entity used 50,000 times: no nesting, 2.5 billion characters when expanded. */
  private static String quadraticBlowup() {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE kaboom [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n<kaboom>"
        + "&a;".repeat(50_000) + "</kaboom>\n";
  }

  private static String nestedMarkup(String head, String open, String close, int depth, String bottom, String tail) {
    return head + open.repeat(depth) + bottom + close.repeat(depth) + tail;
  }

  private static byte[] repeat(String sentence, int size) {
    byte[] one = sentence.getBytes(StandardCharsets.US_ASCII);
    byte[] block = Arrays.copyOf(one, size);
    for (int i = one.length; i < size; i++) {
      block[i] = one[i % one.length];
    }
    return block;
  }
}
