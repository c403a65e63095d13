package org.counterclaim.serve;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.counterclaim.cli.BenchmarkCommand;
import org.counterclaim.cli.ExtractCommand;
import org.counterclaim.cli.IndexCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./counterclaim} launcher: index, extract and serve. */
@Command(name = "counterclaim", mixinStandardHelpOptions = true, version = "Counterclaim 0.1",
    description = "Find, attribute and compare casualty figures across press statements, reports and articles.",
    subcommands = {IndexCommand.class, ExtractCommand.class, ServeCommand.class, ContradictionsCommand.class, BenchmarkCommand.class,
        LoadTestCommand.class,
        CommandLine.HelpCommand.class})
public final class Counterclaim {

  private static final Logger LOG = LoggerFactory.getLogger(Counterclaim.class);

  /** Exit code for an error that stopped a command (the index cannot be opened, a folder cannot be written…). */
  static final int ERROR = 3;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: one line for the user, the stack trace in the log at debug level. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Counterclaim());
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      LOG.debug("command failed", e);
      commandLine.getErr().println("counterclaim: error: " + describe(e));
      return ERROR;
    });
    return cli;
  }

  private static String describe(Throwable e) {
    if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "another process is writing to this index (" + e.getMessage() + ")";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
  }
}
