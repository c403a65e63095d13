package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a folder of files like the worst of a leaked dump: damaged copies of the real fixtures, zip bombs, deep
 * archives, encrypted and mislabelled files, garbage, a 50 MB line, broken encodings, texts in other languages,
 * entity-expansion XML, deep HTML, mail with many attachments, odd file names and symbolic links. Seeded: the same
 * seed writes the same bytes. Nothing large is committed; everything is made here in a few seconds.
 *
 * <p>Run it to get the folder outside the tests (see indexer/README.md, "Hostile input"):
 * {@code HostileCorpus FOLDER [SEED]}.
 */
public final class HostileCorpus {

  /** The seed the tests use. */
  public static final long SEED = 20170606L;

  /**
   * One file written (a symbolic link counts: the index run has to account for it too).
   *
   * @param path   relative to the corpus folder, with {@code /} separators
   * @param family the folder it is in: damaged, bombs, text, garbage, languages, mislabelled, mail, names, links
   */
  public record HostileFile(String path, String family) {}

  private HostileCorpus() {}

  /** Writes the corpus into {@code folder} (created when missing) and lists what it wrote. */
  public static List<HostileFile> write(Path folder, long seed) throws IOException {
    CorpusWriter out = new CorpusWriter(folder);
    DamagedCopies.write(out, seed);
    Bombs.write(out);
    OddTexts.write(out, seed);
    Languages.write(out);
    MailDump.write(out);
    OddNames.write(out);
    return out.written();
  }

  /** {@code HostileCorpus FOLDER [SEED]}: writes the corpus and prints how many files of each family. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: HostileCorpus FOLDER [SEED]");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<HostileFile> files = write(Path.of(args[0]), args.length > 1 ? Long.parseLong(args[1]) : SEED);
    Map<String, Long> byFamily = files.stream()
        .collect(Collectors.groupingBy(HostileFile::family, TreeMap::new, Collectors.counting()));
    System.out.printf("%d files written to %s in %.1f s: %s%n", files.size(), args[0],
        (System.nanoTime() - start) / 1e9, byFamily);
  }
}
