package org.counterclaim.ingest;

import java.nio.file.Path;

/**
 * A file met while walking the folders.
 *
 * @param file        the file on disk, absolute and normalised (the key for incremental bookkeeping)
 * @param displayPath the path as found under the argument given by the user, e.g. {@code corpus/a.txt}
 */
public record FoundFile(Path file, String displayPath) {}
