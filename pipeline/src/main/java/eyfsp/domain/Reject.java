package eyfsp.domain;

import java.util.List;

/**
 * A quarantined row: where it was, every reason, what it said, the reasons in words, and where it
 * says it belongs as far as that could be read (summer year, LA number, establishment; null where
 * the row does not say or could not be read), for data-quality tables by LA and school.
 */
public record Reject(String sourceFile, long lineNumber, List<String> reasons, String raw, String detail,
    Integer year, String laCode, String estab) implements java.io.Serializable {

  /** A reject from a file that says nothing of years, LAs or schools (the lookups). */
  public Reject(String sourceFile, long lineNumber, List<String> reasons, String raw, String detail) {
    this(sourceFile, lineNumber, reasons, raw, detail, null, null, null);
  }
}
