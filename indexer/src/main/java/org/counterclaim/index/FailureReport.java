package org.counterclaim.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.Outcome;

/**
 * The report of what did not go well in the last run, one JSON object a line, in a file beside the index
 * ({@code data/index} → {@code data/index-report.jsonl}): failed and skipped files with their reasons, and the
 * warnings of files that were indexed. {@code index --retry-failed} reads the failed ones back.
 */
public final class FailureReport {

  /** One line of the report. {@code outcome} is {@code failed}, {@code skipped} or {@code warning}. */
  public record Entry(String path, String file, String outcome, String reason, String time) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path location;

  public FailureReport(Path indexDir) {
    Path absolute = indexDir.toAbsolutePath().normalize();
    this.location = absolute.resolveSibling(absolute.getFileName() + "-report.jsonl");
  }

  public Path location() {
    return location;
  }

  /** The entries of the last run's report; none when there is no report. */
  public List<Entry> read() throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.exists(location)) {
      return entries;
    }
    int lineNumber = 0;
    for (String line : Files.readAllLines(location, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        entries.add(JSON.readValue(line, Entry.class));
      } catch (JsonProcessingException e) {
        throw new IOException(location + " line " + lineNumber + " is not a report entry: " + e.getOriginalMessage(), e);
      }
    }
    return entries;
  }

  /** Writes the report atomically (a killed run leaves the previous report whole). */
  public void write(List<Entry> entries) throws IOException {
    Files.createDirectories(location.getParent());
    Path tmp = location.resolveSibling(location.getFileName() + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Entry entry : entries) {
        out.write(JSON.writeValueAsString(entry));
        out.newLine();
      }
    }
    Files.move(tmp, location, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The report lines for one outcome with its file: none for a clean one. */
  public static List<Entry> entriesFor(Outcome outcome, String absoluteFile) {
    String now = Instant.now().toString();
    if (outcome instanceof Outcome.Failed f) {
      return List.of(new Entry(f.path(), absoluteFile, "failed", f.reason(), now));
    }
    if (outcome instanceof Outcome.Skipped s) {
      return List.of(new Entry(s.path(), absoluteFile, "skipped", s.reason(), now));
    }
    if (outcome instanceof Outcome.Indexed i) {
      return i.warnings().stream().map(w -> new Entry(i.path(), absoluteFile, "warning", w, now)).toList();
    }
    return List.of();
  }
}
