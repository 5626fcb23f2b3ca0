package eyfsp.reports;

import eyfsp.io.CsvTable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each table's National rows, and its Local authority (and School) rows by LA number: found once for
 * all the pages of a report.
 */
final class RowIndex {

  private final Map<CsvTable, Map<String, List<List<String>>>> byTable = new IdentityHashMap<>();
  private final Map<CsvTable, Map<String, List<List<String>>>> schoolsByTable = new IdentityHashMap<>();
  private final Map<CsvTable, List<List<String>>> national = new IdentityHashMap<>();

  List<List<String>> national(CsvTable table) {
    return national.computeIfAbsent(table, t -> t.rows().stream().filter(r -> Cells.at(t, r, Cells.NATIONAL)).toList());
  }

  /** The LA's rows of a table at LA level, in the table's order. */
  List<List<String>> of(CsvTable table, String laCode) {
    return byTable.computeIfAbsent(table, t -> byLa(t, Cells.LOCAL_AUTHORITY)).getOrDefault(laCode, List.of());
  }

  /** The rows of the LA's schools and settings (School level), in the table's order. */
  List<List<String>> schoolsOf(CsvTable table, String laCode) {
    return schoolsByTable.computeIfAbsent(table, t -> byLa(t, Cells.SCHOOL)).getOrDefault(laCode, List.of());
  }

  private static Map<String, List<List<String>>> byLa(CsvTable t, String level) {
    return t.rows().stream().filter(r -> Cells.at(t, r, level))
        .collect(Collectors.groupingBy(r -> t.cell(r, "old_la_code"), LinkedHashMap::new, Collectors.toList()));
  }
}
