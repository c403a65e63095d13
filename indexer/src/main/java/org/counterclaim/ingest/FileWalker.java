package org.counterclaim.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.counterclaim.model.Outcome;

/**
 * Walks the folders and files given on the command line. Hidden files and folders (name starting with a dot) are
 * left out, symbolic links are not followed, and a folder that cannot be read is reported instead of stopping the
 * walk. Files come out in a stable order (sorted by path).
 */
public final class FileWalker {

  /** The files found and the problems met on the way. */
  public record Walk(List<FoundFile> files, List<Outcome> problems) {}

  private FileWalker() {}

  public static Walk walk(List<String> arguments) {
    List<FoundFile> files = new ArrayList<>();
    List<Outcome> problems = new ArrayList<>();
    for (String argument : arguments) {
      Path start = Path.of(argument);
      if (!Files.exists(start)) {
        problems.add(new Outcome.Failed(argument, "no such file or folder"));
      } else if (Files.isRegularFile(start)) {
        files.add(new FoundFile(start.toAbsolutePath().normalize(), argument));
      } else {
        walkFolder(argument, start, files, problems);
      }
    }
    files.sort(Comparator.comparing(FoundFile::displayPath));
    return new Walk(List.copyOf(files), List.copyOf(problems));
  }

  private static void walkFolder(String argument, Path start, List<FoundFile> files, List<Outcome> problems) {
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(file)) {
            files.add(new FoundFile(file.toAbsolutePath().normalize(), display(argument, start, file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new Outcome.Failed(display(argument, start, file), "cannot read: " + describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new Outcome.Failed(argument, "cannot walk folder: " + describe(e)));
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String display(String argument, Path start, Path file) {
    String relative = start.relativize(file).toString().replace('\\', '/');
    if (relative.isEmpty()) {
      return argument;
    }
    String base = argument.endsWith("/") ? argument.substring(0, argument.length() - 1) : argument;
    return base.equals(".") ? relative : base + "/" + relative;
  }

  private static String describe(IOException e) {
    return e instanceof NoSuchFileException ? "vanished while walking" : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
