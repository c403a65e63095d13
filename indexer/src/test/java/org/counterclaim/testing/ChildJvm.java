package org.counterclaim.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a JVM of its own, on this test run's class path: for tests that must kill a
 * process (SIGKILL mid-run) or hold it to a heap limit that the shared Surefire JVM cannot give.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * A process builder for {@code java -Xmx<heap> -cp <test class path> <main> <args>}, its output merged and
   * written to {@code log} (read it when a test fails).
   */
  public static ProcessBuilder builder(String maxHeap, Class<?> main, List<String> args, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+UseParallelGC");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  /** Starts it. */
  public static Process start(String maxHeap, Class<?> main, List<String> args, Path log) throws IOException {
    return builder(maxHeap, main, args, log).start();
  }

  /**
   * The class path of the tests: Surefire puts it in {@code surefire.test.class.path} (its own {@code java.class.path}
   * is a manifest-only jar); an IDE run has it in {@code java.class.path}.
   */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, List.of(path.split(File.pathSeparator)));
  }
}
