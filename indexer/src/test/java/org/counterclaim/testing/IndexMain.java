package org.counterclaim.testing;

import org.counterclaim.cli.IndexCommand;
import picocli.CommandLine;

/** {@code index} as a program of its own, for tests that run it in a child JVM ({@link ChildJvm}). */
public final class IndexMain {

  private IndexMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexCommand()).execute(args));
  }
}
