package eyfsp.store;

import eyfsp.io.CsvRecordReader;
import eyfsp.io.TidyCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplied list of statistical neighbours, one row per LA and neighbour:
 * {@code old_la_code, neighbour_old_la_code[, neighbour_rank]} (3-digit DfE LA numbers; nearest
 * first by rank, or in file order without one).
 */
public final class NeighbourListFile {

  private NeighbourListFile() {}

  public static Map<String, List<String>> read(Path file) {
    TidyCsv csv = TidyCsv.read(file);
    csv.require("old_la_code", "neighbour_old_la_code");
    record Row(String la, String neighbour, double rank, long line) {}
    List<Row> rows = new ArrayList<>();
    for (CsvRecordReader.Record r : csv.records()) {
      String la = csv.cell(r, "old_la_code");
      String neighbour = csv.cell(r, "neighbour_old_la_code");
      if (!la.matches("\\d{3}") || !neighbour.matches("\\d{3}")) {
        throw csv.refusal(r, "old_la_code and neighbour_old_la_code must be 3-digit DfE LA numbers");
      }
      double rank = csv.has("neighbour_rank")
          ? csv.number(r, "neighbour_rank").orElseThrow(() -> csv.refusal(r, "neighbour_rank is missing"))
          : r.lineNumber();
      rows.add(new Row(la, neighbour, rank, r.lineNumber()));
    }
    Map<String, List<String>> list = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(Row::la).thenComparingDouble(Row::rank).thenComparingLong(Row::line))
        .forEach(row -> list.computeIfAbsent(row.la(), k -> new ArrayList<>()).add(row.neighbour()));
    return list;
  }
}
