package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.counterclaim.testing.hostile.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 is recognised before Tika's statistical guess, which read a short Spanish text as GB18030. */
class Utf8DetectorTest {

  private static final String SPANISH = Languages.STATEMENTS.get("es");

  @Test
  void short_spanish_text_in_utf8_is_read_as_utf8(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("es.txt"), SPANISH, StandardCharsets.UTF_8);
    try (TikaExtractor extractor = new TikaExtractor(IngestLimits.DEFAULT)) {
      Extraction.Parsed parsed = assertInstanceOf(Extraction.Parsed.class, extractor.extract(file));
      assertEquals(SPANISH, parsed.parts().get(0).text().strip());
    }
  }

  @Test
  void valid_utf8_with_accents_is_utf8_and_the_stream_is_left_where_it_was() throws IOException {
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(SPANISH.getBytes(StandardCharsets.UTF_8)));
    assertEquals(StandardCharsets.UTF_8, new Utf8Detector().detect(in, new Metadata()));
    assertEquals('L', in.read());
  }

  @Test
  void ascii_latin1_and_unmarked_streams_are_left_to_the_other_detectors() throws IOException {
    Utf8Detector detector = new Utf8Detector();
    assertNull(detector.detect(marked("Plain ASCII text.".getBytes(StandardCharsets.US_ASCII)), new Metadata()));
    assertNull(detector.detect(marked(SPANISH.getBytes(StandardCharsets.ISO_8859_1)), new Metadata()));
    assertNull(detector.detect(new ByteArrayInputStream(new byte[] {'a'}) {
      @Override
      public boolean markSupported() {
        return false;
      }
    }, new Metadata()));
  }

  @Test
  void a_character_cut_by_the_end_of_the_sample_is_forgiven_but_not_at_the_end_of_the_text() {
    byte[] bytes = "caf\u00E9 \u20AC".getBytes(StandardCharsets.UTF_8); // é is 2 bytes, € is 3
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    assertTrue(Utf8Detector.isMultiByteUtf8(cut, cut.length, true));
    assertFalse(Utf8Detector.isMultiByteUtf8(cut, cut.length, false));
    assertTrue(Utf8Detector.isMultiByteUtf8(bytes, bytes.length, false));
  }

  private static InputStream marked(byte[] bytes) {
    return new BufferedInputStream(new ByteArrayInputStream(bytes));
  }
}
