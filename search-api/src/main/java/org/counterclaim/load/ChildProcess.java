package org.counterclaim.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterclaim.serve.Counterclaim;

/**
 * A {@code counterclaim} command in a JVM of its own, on this JVM's class path, its output in a log file: the load
 * test's server and indexer, kept apart from the client so they are measured as they run in production.
 */
final class ChildProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ChildProcess start(String name, String maxHeap, List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Counterclaim.class.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildProcess(name, process, log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for it to end; its exit code. */
  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Fails with the log's location when it has already ended. */
  void checkAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + "; see " + log);
    }
  }

  /** Stops it (SIGTERM, then SIGKILL after 20 s). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
