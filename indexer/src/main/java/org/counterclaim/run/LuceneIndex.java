package org.counterclaim.run;

import java.io.IOException;
import java.nio.file.Path;
import org.counterclaim.index.DocumentSink;
import org.counterclaim.index.Partition;
import org.counterclaim.index.LuceneDocumentSink;

/** The embedded Lucene index in a folder on this machine: the default target. One writer at a time. */
public record LuceneIndex(Path folder) implements IndexTarget {

  @Override
  public DocumentSink open() throws IOException {
    return LuceneDocumentSink.open(folder);
  }

  @Override
  public Path reportBase(Partition partition) {
    return folder;
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public String describe() {
    return folder.toString();
  }
}
