package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The smallest DOCX Word and Tika open: content types, one relationship, one document part. Same bytes every time. */
final class MiniDocx {

  private static final String CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>
      """;
  private static final String RELS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="word/document.xml"/>
      </Relationships>
      """;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private MiniDocx() {}

  /** A document with one paragraph per string. */
  static byte[] of(List<String> paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p)).append("</w:t></w:r></w:p>");
    }
    return withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
  }

  /** A DOCX whose main part is the XML given, whatever it holds (a DOCTYPE, entities...). */
  static byte[] withDocumentXml(String documentXml) throws IOException {
    return ZipWriter.zip(zip -> {
      zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.add("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
      zip.add("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
    });
  }

  static String namespace() {
    return W;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
