package eyfsp.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A finished table, small enough to hold on the driver: tidy rows in the DfE Explore Education
 * Statistics layout (filter columns, then indicators), sorted so that every run writes the same
 * bytes.
 *
 * @param published whether the table goes to published/ (an internal-only table never does)
 * @param rankedBy an indicator to order rows by, highest first, within each time period and
 *     geography (null: rows follow their filter columns only)
 */
public record Table(String name, String title, StructType schema, List<Row> rows, List<Indicator> indicators,
    boolean published, String rankedBy) {

  public Table {
    rows = rows.stream().sorted(order(schema, indicators, rankedBy)).toList();
  }

  /** A published table ordered by its filter columns. */
  public Table(String name, String title, StructType schema, List<Row> rows, List<Indicator> indicators) {
    this(name, title, schema, rows, indicators, true, null);
  }

  public List<String> columns() {
    return List.of(schema.fieldNames());
  }

  public List<String> filterColumns() {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    return columns().stream().filter(c -> !indicatorNames.contains(c)).toList();
  }

  public Indicator indicator(String name) {
    return indicators.stream().filter(i -> i.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no indicator " + name + " in " + this.name));
  }

  /**
   * By time period, then geographic level from National down, then the other geography columns;
   * then the ranking indicator, highest first, if any; then the other filters in order. Numbers
   * written as text compare as numbers (IDACI decile 2 before 10).
   */
  private static Comparator<Row> order(StructType schema, List<Indicator> indicators, String rankedBy) {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    List<String> filters = List.of(schema.fieldNames()).stream().filter(c -> !indicatorNames.contains(c)).toList();
    Comparator<Row> order = Comparator.comparingInt(r -> 0);
    for (String column : filters.stream().filter(Geography.COLUMNS::contains).toList()) {
      order = order.thenComparing(by(schema, column));
    }
    if (rankedBy != null) {
      int i = schema.fieldIndex(rankedBy);
      order = order.thenComparing(r -> r.isNullAt(i) ? null : ((Number) r.get(i)).doubleValue(),
          Comparator.nullsLast(Comparator.<Double>reverseOrder()));
    }
    for (String column : filters.stream().filter(c -> !Geography.COLUMNS.contains(c)).toList()) {
      order = order.thenComparing(by(schema, column));
    }
    return order;
  }

  private static Comparator<Row> by(StructType schema, String column) {
    int i = schema.fieldIndex(column);
    if (column.equals(Geography.LEVEL)) {
      return Comparator.comparingInt(r -> GeographicLevel.rank(r.getString(i)));
    }
    return Comparator.comparing(r -> r.isNullAt(i) ? "" : String.valueOf(r.get(i)), Table::natural);
  }

  /** Text order, except that two whole numbers compare by value. */
  public static int natural(String a, String b) {
    if (isWholeNumber(a) && isWholeNumber(b) && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  private static boolean isWholeNumber(String s) {
    if (s.isEmpty() || s.length() > 18 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
