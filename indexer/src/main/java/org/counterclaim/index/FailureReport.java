package org.counterclaim.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report of what did not go well in the last run, one JSON object a line, in a file beside the index
 * ({@code data/index} → {@code data/index-report.jsonl}): failed and skipped files with their reasons, and the
 * warnings of files that were indexed. {@code index --retry-failed} reads the failed ones back.
 */
public final class FailureReport {

  /** One line of the report. {@code outcome} is {@code failed}, {@code skipped} or {@code warning}. */
  public record Entry(String path, String file, String outcome, String reason, String time) {}

  private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path location;

  public FailureReport(Path indexDir) {
    Path absolute = indexDir.toAbsolutePath().normalize();
    this.location = absolute.resolveSibling(absolute.getFileName() + "-report.jsonl");
  }

  public Path location() {
    return location;
  }

  /**
   * The entries of the last run's report; none when there is no report. A last line cut short (a report written
   * by hand or by another tool and cut off by a crash or a full disk) is left out with a warning; a bad line
   * before the last one is an error, since dropping it would hide a failed file.
   */
  public List<Entry> read() throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.exists(location)) {
      return entries;
    }
    // Decoded leniently: a line cut inside a multi-byte character must not make the whole report unreadable.
    List<String> lines = new String(Files.readAllBytes(location), StandardCharsets.UTF_8).lines().toList();
    int last = lines.size();
    while (last > 0 && lines.get(last - 1).isBlank()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        entries.add(JSON.readValue(line, Entry.class));
      } catch (JsonProcessingException e) {
        String problem = location + " line " + (i + 1) + " is not a report entry: " + e.getOriginalMessage();
        if (i < last - 1) {
          throw new IOException(problem, e);
        }
        LOG.warn("{} (the line is cut short, left out)", problem);
      }
    }
    return entries;
  }

  /**
   * Writes the report atomically and durably: to a temporary file, forced to disk, then moved over the old one, so
   * a run killed while writing it (or a power cut after) leaves the previous report whole.
   */
  public void write(List<Entry> entries) throws IOException {
    Files.createDirectories(location.getParent());
    Path tmp = location.resolveSibling(location.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
             StandardOpenOption.TRUNCATE_EXISTING);
         BufferedWriter out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8))) {
      for (Entry entry : entries) {
        out.write(JSON.writeValueAsString(entry));
        out.newLine();
      }
      out.flush();
      channel.force(true);
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
