package org.counterclaim.ingest;

/** What a file is at the moment it is read: its content hash, or why it has none. */
public sealed interface FileIdentity permits FileIdentity.Identified, FileIdentity.Changing, FileIdentity.Refused {

  /** The reason given for a file removed between the folder walk and its reading. */
  String VANISHED = "vanished: the file was removed after the folder was walked";
  /** The reason given for a path that is no regular file any more when it is read. */
  String NOT_REGULAR = "not a regular file when it was read (a pipe, socket or device took its place)";

  /**
   * @param sha256 hex SHA-256 of the bytes read
   * @param stamp  the file's stamp, the same before and after the bytes were read
   */
  record Identified(String sha256, FileStamp stamp) implements FileIdentity {}

  /** The file changed while it was being read (its stamp before and after differ): read it again. */
  record Changing() implements FileIdentity {}

  /** @param failure true for a fault (unreadable, vanished, timed out), false for a deliberate skip (too large) */
  record Refused(boolean failure, String reason) implements FileIdentity {}
}
