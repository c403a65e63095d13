package org.counterclaim.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index held when a run started, by file and by id: the key of incremental indexing. A file normally
 * has one entry. It has more when a run was killed after committing a changed file's new version and before
 * deleting its old one (that happens at the end of a run); the next run keeps the version that matches the file
 * and deletes the others.
 */
final class Catalog {

  private final Map<String, List<CatalogEntry>> byFile = new HashMap<>();
  private final Map<String, CatalogEntry> byId = new HashMap<>();
  private final List<CatalogEntry> all;

  Catalog(List<CatalogEntry> entries) {
    this.all = List.copyOf(entries);
    for (CatalogEntry entry : entries) {
      byFile.computeIfAbsent(entry.file(), f -> new ArrayList<>()).add(entry);
      byId.put(entry.id(), entry);
    }
  }

  /** The versions the index holds of a file (absolute path): none, one, or more after a killed run. */
  List<CatalogEntry> versionsOf(String file) {
    return byFile.getOrDefault(file, List.of());
  }

  /** The file that holds a document id, or null. */
  CatalogEntry holderOf(String id) {
    return byId.get(id);
  }

  /** Every entry. */
  List<CatalogEntry> entries() {
    return all;
  }
}
