package org.counterclaim.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.api.App;
import org.counterclaim.contradictions.EventGrouper;
import org.counterclaim.model.EventGroup;
import org.counterclaim.search.LuceneSearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contradictions [--index PATH] --format json}: the contradiction groups of an index, as a JSON array. */
@Command(name = "contradictions", mixinStandardHelpOptions = true,
    description = "Print the events whose casualty figures the index holds, each source's figures side by side (JSON).")
public final class ContradictionsCommand implements Callable<Integer> {

  enum Format { json }

  @Option(names = "--index", paramLabel = "PATH", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index = Path.of("data/index");

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "-q", paramLabel = "QUERY", description = "Only the figures of documents matching this query.")
  String query = "";

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + index + "; run index first");
    }
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      List<EventGroup> groups = EventGrouper.group(service.claims(query));
      spec.commandLine().getOut().println(App.json().writerWithDefaultPrettyPrinter().writeValueAsString(groups));
    }
    return 0;
  }
}
