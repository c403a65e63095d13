package org.counterclaim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.counterclaim.extraction.DocumentPipeline;
import org.counterclaim.ingest.IngestLimits;
import org.counterclaim.ingest.Ingester;
import org.counterclaim.lexicon.OrganisationAliases;
import picocli.CommandLine.Option;

/** The options every command that reads files shares: ingest limits and the organisation aliases. */
public final class IngestOptions {

  @Option(names = "--max-file-mb", paramLabel = "MB", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb = IngestLimits.DEFAULT.maxFileBytes() / (1024 * 1024);

  @Option(names = "--max-text-chars", paramLabel = "N", description = "Cut text longer than this (default: ${DEFAULT-VALUE}).")
  int maxTextChars = IngestLimits.DEFAULT.maxTextChars();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = IngestLimits.DEFAULT.parseTimeout().toSeconds();

  @Option(names = "--max-analysed-chars", paramLabel = "N",
      description = "Look for entities and figures in the first N characters of a document only; the rest stays"
          + " searchable (default: ${DEFAULT-VALUE}).")
  int maxAnalysedChars = IngestLimits.DEFAULT.maxAnalysedChars();

  @Option(names = "--aliases", paramLabel = "FILE", description = "Extra organisation aliases (name<TAB>kind<TAB>alias|alias).")
  Path aliases;

  public IngestLimits limits() {
    return new IngestLimits(maxFileMb * 1024 * 1024, maxTextChars, Duration.ofSeconds(timeoutSeconds),
        IngestLimits.DEFAULT.maxEmbedded(), IngestLimits.DEFAULT.maxEmbeddedDepth(), maxAnalysedChars,
        IngestLimits.DEFAULT.maxStuckParsers());
  }

  private OrganisationAliases loaded;

  /** The organisation aliases: built in, plus the user's file; read once. */
  public synchronized OrganisationAliases organisationAliases() throws IOException {
    if (loaded == null) {
      loaded = aliases == null ? OrganisationAliases.builtIn() : OrganisationAliases.builtInWith(aliases);
    }
    return loaded;
  }

  public Ingester ingester() throws IOException {
    return new Ingester(limits(), organisationAliases());
  }

  /** Analysis and extraction, loaded on first use. */
  public Supplier<DocumentPipeline> pipeline() throws IOException {
    return DocumentPipeline.lazy(organisationAliases(), limits().maxAnalysedChars());
  }
}
