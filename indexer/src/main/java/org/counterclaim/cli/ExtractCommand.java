package org.counterclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.counterclaim.extraction.DocumentPipeline;
import org.counterclaim.ingest.FileIdentity;
import org.counterclaim.ingest.FileWalker;
import org.counterclaim.ingest.FoundFile;
import org.counterclaim.ingest.IngestResult;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Outcome;
import org.counterclaim.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE|DIR... --format jsonl}: one JSON object per document on stdout; no index is touched. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print what Counterclaim extracts from documents, one JSON object per document (JSON Lines).",
        "Exit code: 0 when every file was read, 1 when some failed (reported on stderr)."})
public final class ExtractCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

  /** Output formats. */
  enum Format { jsonl }

  /** One line of output. Field names are the contract other tools read (see docs/api.md). */
  public record ExtractedDocument(
      String file, String id, String parentId, String title, String date, String type, String publisher,
      String language, String format, int textLength, List<EntityMention> entities, List<Official> officials,
      List<CasualtyFigure> figures) {

    static ExtractedDocument of(AnalysedDocument a) {
      SourceDocument d = a.source();
      return new ExtractedDocument(d.path(), d.id(), d.parentId(), d.title(), a.date(), d.type().label(),
          d.publisher(), d.language(), d.format(), d.text().length(), a.entities(), a.officials(), a.figures());
    }
  }

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or folders to read.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.jsonl;

  @Mixin
  IngestOptions ingest = new IngestOptions();

  @Spec
  CommandSpec spec;

  private final ObjectMapper json = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    FileWalker.Walk walk = FileWalker.walk(paths);
    int failed = 0;
    for (Outcome problem : walk.problems()) {
      if (problem instanceof Outcome.Failed failure) { // a link or hidden file is skipped, not failed
        LOG.warn("{}: {}", problem.path(), failure.reason());
        failed++;
      } else if (problem instanceof Outcome.Skipped skip) {
        LOG.info("skipped {}: {}", problem.path(), skip.reason());
      }
    }
    Supplier<DocumentPipeline> pipeline = ingest.pipeline();
    try (Ingester ingester = ingest.ingester()) {
      for (FoundFile file : walk.files()) {
        IngestResult result = read(ingester, file);
        if (result instanceof IngestResult.Ingested ingested) {
          for (SourceDocument document : ingested.documents()) {
            out.println(json.writeValueAsString(ExtractedDocument.of(pipeline.get().apply(document))));
          }
          ingested.warnings().forEach(w -> LOG.warn("{}: {}", file.displayPath(), w));
        } else {
          IngestResult.Rejected rejected = (IngestResult.Rejected) result;
          LOG.warn("{} {}: {}", rejected.failure() ? "failed" : "skipped", file.displayPath(), rejected.reason());
          failed += rejected.failure() ? 1 : 0;
        }
        out.flush();
      }
    }
    return failed > 0 ? IndexCommand.SOME_FAILED : 0;
  }

  /**
   * Reads a file as an index run does: identified within the timeout (size first, a pipe refused), then parsed and
   * identified again; a file that changed in between is read once more.
   */
  private static IngestResult read(Ingester ingester, FoundFile file) {
    for (int read = 1; ; read++) {
      FileIdentity identity = ingester.identify(file);
      if (identity instanceof FileIdentity.Refused refused) {
        return new IngestResult.Rejected(refused.failure(), refused.reason());
      }
      if (identity instanceof FileIdentity.Identified identified) {
        IngestResult result = ingester.ingest(file, identified);
        if (!(result instanceof IngestResult.Changed)) {
          return result;
        }
      }
      if (read == 3) {
        return new IngestResult.Rejected(true, "the file changed while it was read, 3 times in a row");
      }
    }
  }
}
