package org.counterclaim.index;

/**
 * What the index holds for one file: the key of incremental indexing.
 *
 * @param file absolute path of the file on disk
 * @param path the path as the user gave it
 * @param id   the file's document id (its content hash)
 */
public record CatalogEntry(String file, String path, String id) {}
