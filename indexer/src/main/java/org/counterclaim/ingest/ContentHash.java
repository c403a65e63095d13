package org.counterclaim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document identity. A file's id is the first 16 hex digits (64 bits) of the SHA-256 of its bytes, so the same
 * content gets the same id wherever it lies and a changed file gets a new one. An embedded document (attachment,
 * archive entry) gets the hash of its container's id and its path inside the container.
 */
public final class ContentHash {

  /** Length in hex digits of a document id. */
  public static final int ID_LENGTH = 16;

  private ContentHash() {}

  /**
   * Hex SHA-256 of a file's bytes, streamed. Refuses ({@link FileStamp.NotARegularFile}) anything that is not a
   * regular file just before opening it: opening a pipe blocks until something writes to it.
   */
  public static String sha256(Path file) throws IOException {
    FileStamp.of(file);
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The document id for a file with this SHA-256. */
  public static String idOf(String sha256) {
    return sha256.substring(0, ID_LENGTH);
  }

  /** The id of the document found at {@code embeddedPath} inside the document {@code parentId}. */
  public static String embeddedId(String rootId, String embeddedPath) {
    return idOf(sha256(rootId + "!" + embeddedPath));
  }

  /** True when {@code s} has the shape of a document id (used to reject junk ids before they reach the index). */
  public static boolean isId(String s) {
    if (s == null || s.length() != ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
