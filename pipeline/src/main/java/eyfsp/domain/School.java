package eyfsp.domain;

import java.io.Serializable;

/**
 * A school from the schools file: its LAESTAB (LA number + establishment number), name, type and,
 * where the file gives one, its unique reference number (GIAS's URN; null where not given).
 */
public record School(String laestab, String name, String type, String urn) implements Serializable {

  /** A school the file gives no URN for. */
  public School(String laestab, String name, String type) {
    this(laestab, name, type, null);
  }
}
