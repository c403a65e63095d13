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
 * entity-expansion XML, deep HTML, mail with many attachments, odd file names and symbolic links; texts dense with
 * casualty figures (100 KB to 30 MB), overlong names and metadata, gzip/bzip2/xz bombs, a PDF with a damaged text
 * layer, numbers beyond a long, a named pipe, a sparse 32 GB file and a file for the tests to flip while it is read
 * ({@code changing/flipping.txt}). Seeded: the same
 * seed writes the same bytes. Nothing large is committed; everything is made here in a few seconds.
 *
 * <p>Run it to get the folder outside the tests (see indexer/README.md, "Hostile input"):
 * {@code HostileCorpus FOLDER [SEED]}.
 */
public final class HostileCorpus {

  /** The seed the tests use. */
  public static final long SEED = 20170606L;
  /** A sparse file far over the size limit: it must be skipped before a byte of it is read. */
  public static final long SPARSE_BYTES = 32L << 30;
  /** A file the tests rewrite with each of two contents in turn while the index run reads the corpus. */
  public static final String FLIPPING = "flipping.txt";
  public static final String[] FLIP_CONTENTS = {
      "The ministry said 12 civilians were killed in Raqqa on Monday.",
      "The ministry said 40 civilians were killed in Mosul on Tuesday, and more than 100 were injured."};

  /**
   * One file written (a symbolic link counts: the index run has to account for it too).
   *
   * @param path   relative to the corpus folder, with {@code /} separators
   * @param family the folder it is in: damaged, bombs, text, garbage, languages, mislabelled, mail, names, links,
   *               dense, overlong, changing
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
    DenseTexts.write(out);
    OverlongValues.write(out);
    CompressedBombs.write(out);
    BrokenTextLayer.write(out, seed);
    out.family("changing");
    out.pipe("named-pipe.txt");
    out.sparse("sparse-32gb.bin", SPARSE_BYTES);
    out.text(FLIPPING, FLIP_CONTENTS[0]);
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
