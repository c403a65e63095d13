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
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.counterclaim.model.Outcome;

/**
 * Walks the folders and files given on the command line. Hidden files and folders (name starting with a dot) are
 * left out, and reported as skipped (a hidden folder once, its contents unread). A symbolic link given on the command line is followed; one met inside a folder is not (a link to a
 * parent folder would walk it again and again), and is reported as skipped, as is anything else that is not a
 * regular file (a pipe, a socket, a device), so that every entry of a folder is accounted for. A folder that
 * cannot be read is reported instead of stopping the walk. Files come out in a stable order (sorted by path).
 */
public final class FileWalker {

  static final String HIDDEN_FILE = "hidden file (its name starts with a dot), not read";
  static final String HIDDEN_FOLDER = "hidden folder (its name starts with a dot), not walked";

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
      } else if (Files.isDirectory(start)) {
        walkFolder(argument, start, files, problems);
      } else {
        problems.add(new Outcome.Skipped(argument, "not a regular file or folder"));
      }
    }
    files.sort(Comparator.comparing(FoundFile::displayPath));
    return new Walk(List.copyOf(files), List.copyOf(problems));
  }

  /**
   * Walks a folder. When the folder given is itself a link, the walk starts at its target, and the files keep the
   * path under the link (the path the user gave, the one later runs compare with).
   */
  private static void walkFolder(String argument, Path given, List<FoundFile> files, List<Outcome> problems) {
    Path absolute = given.toAbsolutePath().normalize();
    Path start;
    try {
      start = Files.isSymbolicLink(given) ? given.toRealPath() : given;
    } catch (IOException e) {
      problems.add(new Outcome.Failed(argument, "cannot follow the link: " + describe(e)));
      return;
    }
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(start) && isHidden(dir)) {
            problems.add(new Outcome.Skipped(display(argument, start, dir), HIDDEN_FOLDER));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (isHidden(file)) {
            problems.add(new Outcome.Skipped(display(argument, start, file), HIDDEN_FILE));
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile()) {
            Path underGiven = absolute.resolve(start.relativize(file).toString()).normalize();
            files.add(new FoundFile(underGiven, display(argument, start, file)));
          } else if (attrs.isSymbolicLink()) {
            problems.add(new Outcome.Skipped(display(argument, start, file), "symbolic link, not followed"));
          } else {
            problems.add(new Outcome.Skipped(display(argument, start, file), "not a regular file (a pipe, socket or"
                + " device)"));
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
    // joined with '/' name by name: a backslash is a separator on Windows but may be part of a name elsewhere
    String relative = StreamSupport.stream(start.relativize(file).spliterator(), false)
        .map(Path::toString).collect(Collectors.joining("/"));
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
