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
 */
public record Table(String name, String title, StructType schema, List<Row> rows, List<Indicator> indicators) {

  public Table {
    rows = rows.stream().sorted(order(schema, indicators)).toList();
  }

  public List<String> columns() {
    return List.of(schema.fieldNames());
  }

  public List<String> filterColumns() {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    return columns().stream().filter(c -> !indicatorNames.contains(c)).toList();
  }

  /** By time period, then geographic level from National down, then the other filters in order. */
  private static Comparator<Row> order(StructType schema, List<Indicator> indicators) {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    Comparator<Row> byLevel = Comparator.comparingInt(r -> 0);
    Comparator<Row> order = byLevel;
    for (String column : schema.fieldNames()) {
      if (indicatorNames.contains(column)) {
        continue;
      }
      int i = schema.fieldIndex(column);
      if (column.equals(Geography.LEVEL)) {
        order = order.thenComparingInt(r -> GeographicLevel.rank(r.getString(i)));
      } else {
        order = order.thenComparing(r -> r.isNullAt(i) ? "" : String.valueOf(r.get(i)), Comparator.naturalOrder());
      }
    }
    return order;
  }
}
