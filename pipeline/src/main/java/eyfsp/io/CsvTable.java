package eyfsp.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small table exactly as a CSV file holds it: its name, header and rows of cells (published
 * cells keep their DfE symbols and rounding), with where it was read from and the file's sha256.
 */
public final class CsvTable {

  private final String name;
  private final List<String> columns;
  private final List<List<String>> rows;
  private final String source;
  private final String sha256;
  private final Map<String, Integer> index = new HashMap<>();

  public CsvTable(String name, List<String> columns, List<List<String>> rows, String source, String sha256) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.source = source;
    this.sha256 = sha256;
    for (int i = columns.size() - 1; i >= 0; i--) {
      index.put(columns.get(i), i);
    }
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<String>> rows() {
    return rows;
  }

  /** Where the table was read from, as shown to a reader (published/attainment.csv). */
  public String source() {
    return source;
  }

  public String sha256() {
    return sha256;
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** A row's cell under a column; "" when the table has no such column. */
  public String cell(List<String> row, String column) {
    Integer i = index.get(column);
    return i == null ? "" : row.get(i);
  }
}
