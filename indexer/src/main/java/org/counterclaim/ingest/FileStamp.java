package org.counterclaim.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What says a file is still the one read: its size, modification time and file key (device and inode), taken
 * without following a link. Reading it also refuses anything that is not a regular file at that moment: a pipe
 * swapped in for a file after the folder walk would block whoever opens it.
 *
 * @param fileKey the file system's identity of the file (null where the platform has none)
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

  /** Thrown when the path is a pipe, a socket, a device, a folder or a link at the moment it is looked at. */
  public static final class NotARegularFile extends IOException {
    private static final long serialVersionUID = 1L;

    NotARegularFile(Path file) {
      super("not a regular file: " + file);
    }
  }

  /** The stamp of a regular file, or {@link NotARegularFile}; {@code NoSuchFileException} when it is gone. */
  public static FileStamp of(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile()) {
      throw new NotARegularFile(file);
    }
    return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
  }
}
