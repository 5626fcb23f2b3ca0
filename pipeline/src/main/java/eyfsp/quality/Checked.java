package eyfsp.quality;

import eyfsp.domain.Reject;
import java.io.Serializable;

/**
 * What the check of an input file sends on to the merge of each child's rows, keyed: each row that
 * passed its own checks (by its UPN and year, where its copies and census row meet it), each
 * rejected row, and each file's count of rows read (by file, one of each).
 */
public sealed interface Checked extends Serializable {

  /** A row that passed every check of its own: where it is and its text, read again at the merge. */
  record Line(int file, long number, String raw) implements Checked {}

  /** A quarantined row. */
  record Rejected(Reject reject) implements Checked {}

  /** How many rows a file has after its header. */
  record Counted(int file, long rows) implements Checked {}

  /** A value with the key it travels under. */
  record Keyed(String key, Checked value) implements Serializable {}

  /** The key of a child's rows: its UPN and year. */
  static String childKey(String upn, int year) {
    return upn + "\u001f" + year;
  }
}
