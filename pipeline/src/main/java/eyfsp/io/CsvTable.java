package eyfsp.io;

import java.util.List;

/**
 * A small table exactly as a CSV file holds it: its name, header and rows of cells (published
 * cells keep their DfE symbols and rounding), with where it was read from and the file's sha256.
 */
public record CsvTable(String name, List<String> columns, List<List<String>> rows, String source, String sha256) {

  public CsvTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public boolean has(String column) {
    return columns.contains(column);
  }

  /** A row's cell under a column; "" when the table has no such column. */
  public String cell(List<String> row, String column) {
    int i = columns.indexOf(column);
    return i < 0 ? "" : row.get(i);
  }
}
