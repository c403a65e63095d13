package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Says UTF-8 when the first 16 KB of a text are valid UTF-8 and hold at least one multi-byte character; otherwise
 * leaves the choice to Tika's statistical detectors. Run first, because those detectors guess from letter
 * frequencies and get short texts wrong: Tika reads a three-sentence Spanish statement in UTF-8 as GB18030
 * ("organizaci贸n"). Bytes of another encoding are almost never valid UTF-8 by chance, so the check is safe.
 */
final class Utf8Detector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final int SAMPLE = 16 * 1024;

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null || !input.markSupported()) {
      return null;
    }
    byte[] sample = new byte[SAMPLE];
    int length = 0;
    input.mark(SAMPLE);
    try {
      for (int n; length < SAMPLE && (n = input.read(sample, length, SAMPLE - length)) > 0; ) {
        length += n;
      }
    } finally {
      input.reset();
    }
    return isMultiByteUtf8(sample, length, length == SAMPLE) ? StandardCharsets.UTF_8 : null;
  }

  /** True for valid UTF-8 with a byte over 0x7F; a sequence cut by the end of a partial sample is forgiven. */
  static boolean isMultiByteUtf8(byte[] bytes, int length, boolean partial) {
    boolean multiByte = false;
    for (int i = 0; i < length && !multiByte; i++) {
      multiByte = bytes[i] < 0;
    }
    if (!multiByte) {
      return false;
    }
    int end = partial ? completeEnd(bytes, length) : length;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The end of the last whole UTF-8 sequence: drops a lead byte and its continuation bytes cut off at the end. */
  private static int completeEnd(byte[] bytes, int length) {
    int i = length - 1;
    int continuation = 0;
    while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
      i--;
      continuation++;
    }
    if (i < 0 || (bytes[i] & 0x80) == 0) {
      return length;
    }
    int needed = (bytes[i] & 0xE0) == 0xC0 ? 1 : (bytes[i] & 0xF0) == 0xE0 ? 2 : (bytes[i] & 0xF8) == 0xF0 ? 3 : 0;
    return continuation < needed ? i : length;
  }
}
