package org.counterclaim.run;

import java.util.List;
import org.counterclaim.index.IndexRun;
import org.counterclaim.index.Partition;

/**
 * One index job: what to read and how, whatever the target.
 *
 * @param paths       folders and files to index (ignored when {@code retryFailed})
 * @param retryFailed read again only the files the last run of this worker failed
 * @param options     reader threads and commit policy
 * @param partition   this process's share of the files ({@link Partition#ALL} for a single process)
 */
public record IndexJob(List<String> paths, boolean retryFailed, IndexRun.Options options, Partition partition) {

  public IndexJob {
    paths = List.copyOf(paths);
    partition = partition == null ? Partition.ALL : partition;
  }

  /** Every file of the folders, by one process, with the given options. */
  public static IndexJob of(List<String> paths, IndexRun.Options options) {
    return new IndexJob(paths, false, options, Partition.ALL);
  }
}
