package org.counterclaim.ingest;

import java.util.List;
import java.util.Map;

/**
 * What Tika got out of one file or one of its embedded resources.
 *
 * @param embeddedPath {@code ""} for the file itself, else the path inside it, e.g. {@code /statement.pdf}
 * @param metadata     the raw metadata by key (Tika's key names, plain strings)
 * @param text         extracted text, at most the limit
 * @param truncated    true when the text was cut at the limit
 * @param error        why an embedded resource could not be read, or null
 */
public record ExtractedPart(
    String embeddedPath, Map<String, List<String>> metadata, String text, boolean truncated, String error) {

  public ExtractedPart {
    metadata = Map.copyOf(metadata);
  }

  /** First value of a metadata key, or null. */
  public String first(String key) {
    List<String> values = metadata.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** How deep inside the file this part sits: 0 for the file itself, 1 for an attachment, 2 for a zip in a mail... */
  public int depth() {
    return embeddedPath.isEmpty() ? 0 : (int) embeddedPath.chars().filter(c -> c == '/').count();
  }
}
