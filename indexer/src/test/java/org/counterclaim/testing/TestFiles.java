package org.counterclaim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the test inputs are: the shipped corpus and the committed format fixtures. Shared with search-api's tests. */
public final class TestFiles {

  private TestFiles() {}

  /** The repository root (the parent of the module Maven runs the tests in). */
  public static Path repositoryRoot() {
    Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    return Files.exists(module.resolve("corpus")) ? module : module.getParent();
  }

  /** The five seed documents we ship and demo on. */
  public static Path corpus() {
    return repositoryRoot().resolve("corpus");
  }

  /** The format fixtures: good/, broken/ and mixed/ (see fixtures/README.md). */
  public static Path fixtures() {
    return repositoryRoot().resolve("indexer/src/test/resources/fixtures");
  }

  public static Path fixture(String relative) {
    return fixtures().resolve(relative);
  }

  /** Copies a folder's files (recursively) into a target folder, so a test may change them. */
  public static Path copyFolder(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
