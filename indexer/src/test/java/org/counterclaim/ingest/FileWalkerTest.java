package org.counterclaim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in a folder used to vanish from the run without a word, and a folder given through a link was walked as an
 * empty one: links inside are now reported as skipped, and a link given on the command line is followed.
 */
class FileWalkerTest {

  @TempDir
  Path tmp;

  @Test
  void links_in_a_folder_are_skipped_and_reported_even_loops_and_dangling_ones() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "a");
    Files.createSymbolicLink(docs.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(docs.resolve("to-a.txt"), Path.of("a.txt"));
    Files.createSymbolicLink(docs.resolve("dangling.txt"), Path.of("nowhere.txt"));
    String folder = docs.toString();

    FileWalker.Walk walk = FileWalker.walk(List.of(folder));

    assertEquals(List.of(new FoundFile(docs.resolve("a.txt"), folder + "/a.txt")), walk.files());
    assertEquals(List.of(
            new Outcome.Skipped(folder + "/dangling.txt", "symbolic link, not followed"),
            new Outcome.Skipped(folder + "/loop", "symbolic link, not followed"),
            new Outcome.Skipped(folder + "/to-a.txt", "symbolic link, not followed")),
        walk.problems().stream().sorted((x, y) -> x.path().compareTo(y.path())).toList());
  }

  @Test
  void hidden_files_and_folders_are_skipped_and_reported_not_dropped() throws IOException {
    Path git = Files.createDirectories(tmp.resolve("docs/.git/objects"));
    Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main");
    Files.writeString(tmp.resolve("docs/.DS_Store"), "x");
    Files.writeString(tmp.resolve("docs/a.txt"), "a");
    String folder = tmp.resolve("docs").toString();

    FileWalker.Walk walk = FileWalker.walk(List.of(folder));

    assertEquals(List.of(new FoundFile(tmp.resolve("docs/a.txt"), folder + "/a.txt")), walk.files());
    assertEquals(List.of(
            new Outcome.Skipped(folder + "/.DS_Store", "hidden file (its name starts with a dot), not read"),
            new Outcome.Skipped(folder + "/.git", "hidden folder (its name starts with a dot), not walked")),
        walk.problems().stream().sorted((x, y) -> x.path().compareTo(y.path())).toList());
  }

  @Test
  void backslash_in_a_file_name_stays_in_its_path() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs/sub"));
    Path file = Files.writeString(docs.resolve("back\\slash.txt"), "a file name with a backslash");
    String folder = tmp.resolve("docs").toString();

    assertEquals(List.of(new FoundFile(file, folder + "/sub/back\\slash.txt")), FileWalker.walk(List.of(folder)).files());
  }

  @Test
  void folder_given_through_a_link_is_walked_and_its_files_keep_the_path_under_the_link() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real/sub"));
    Files.writeString(real.resolve("b.txt"), "b");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));

    FileWalker.Walk walk = FileWalker.walk(List.of(link.toString()));

    assertEquals(List.of(new FoundFile(link.resolve("sub/b.txt"), link + "/sub/b.txt")), walk.files());
    assertEquals(List.of(), walk.problems());
  }

  @Test
  void file_given_through_a_link_is_read() throws IOException {
    Path file = Files.writeString(tmp.resolve("c.txt"), "c");
    Path link = Files.createSymbolicLink(tmp.resolve("c-link.txt"), file);

    assertEquals(List.of(new FoundFile(link, link.toString())), FileWalker.walk(List.of(link.toString())).files());
  }
}
