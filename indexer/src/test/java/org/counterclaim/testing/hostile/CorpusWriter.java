package org.counterclaim.testing.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the files of a hostile corpus under one folder and remembers each one with its family. */
final class CorpusWriter {

  /** Writes a large file piece by piece. */
  interface Streamer {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path root;
  private final List<HostileCorpus.HostileFile> written = new ArrayList<>();
  private String family = "";

  CorpusWriter(Path root) {
    this.root = root;
  }

  /** The family the next files belong to (the folder they go in, e.g. {@code bombs}). */
  void family(String name) {
    this.family = name;
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path file = prepare(name);
    Files.write(file, bytes);
    return file;
  }

  Path text(String name, String text) throws IOException {
    return text(name, text, StandardCharsets.UTF_8);
  }

  Path text(String name, String text, Charset charset) throws IOException {
    return write(name, text.getBytes(charset));
  }

  Path stream(String name, Streamer streamer) throws IOException {
    Path file = prepare(name);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      streamer.writeTo(out);
    }
    return file;
  }

  /** A symbolic link at {@code name} pointing at {@code target} (relative to the link's folder). */
  Path link(String name, String target) throws IOException {
    Path link = prepare(name);
    Files.createSymbolicLink(link, Path.of(target));
    return link;
  }

  /** A named pipe at {@code name} that nobody writes to: opening it for reading blocks. */
  Path pipe(String name) throws IOException {
    Path pipe = prepare(name);
    ChangingFiles.makePipe(pipe);
    return pipe;
  }

  /** A sparse file of {@code bytes} bytes: no room on disk, all zeros to read. */
  Path sparse(String name, long bytes) throws IOException {
    return ChangingFiles.sparse(prepare(name), bytes);
  }

  List<HostileCorpus.HostileFile> written() {
    return List.copyOf(written);
  }

  private Path prepare(String name) throws IOException {
    String relative = family + "/" + name;
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    written.add(new HostileCorpus.HostileFile(relative, family));
    return file;
  }
}
