package eyfsp.publish;

import eyfsp.domain.Settings;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Turns an internal table into the cells of its published version (domain page §6): counts from
 * 1 to below the threshold, and every percentage or average built on such a count, shown as
 * {@code c}; undefined values as {@code z}; percentages and averages rounded half up (DfE
 * practice); a non-zero value that rounds to zero as {@code low}.
 */
public final class DisclosureControl {

  public static final String SUPPRESSED = "c";
  public static final String NOT_APPLICABLE = "z";
  public static final String LOW = "low";

  private final int threshold;
  private final int decimals;

  public DisclosureControl(Settings.Disclosure settings) {
    this.threshold = settings.suppressBelow();
    this.decimals = settings.decimals();
  }

  /** The published cells of every row, in the table's column order. */
  public List<List<String>> cells(Table table) {
    List<List<String>> cells = new ArrayList<>(table.rows().size());
    for (Row row : table.rows()) {
      cells.add(cells(table, row));
    }
    return cells;
  }

  private List<String> cells(Table table, Row row) {
    Map<String, String> indicatorCells = new HashMap<>();
    for (Indicator indicator : table.indicators()) {
      indicatorCells.put(indicator.name(), cell(table, indicator, row, indicatorCells));
    }
    List<String> cells = new ArrayList<>();
    for (String column : table.columns()) {
      int i = table.schema().fieldIndex(column);
      cells.add(indicatorCells.containsKey(column) ? indicatorCells.get(column)
          : row.isNullAt(i) ? "" : String.valueOf(row.get(i)));
    }
    return cells;
  }

  /** Indicators come in dependency order, so the cells they are built on are already decided. */
  private String cell(Table table, Indicator indicator, Row row, Map<String, String> decided) {
    for (String base : indicator.builtOn()) {
      if (SUPPRESSED.equals(decided.get(base)) || (!indicator.isCount() && isSmall(row, table, base))) {
        return SUPPRESSED;
      }
    }
    int i = table.schema().fieldIndex(indicator.name());
    if (row.isNullAt(i)) {
      return NOT_APPLICABLE;
    }
    if (indicator.unit() == Indicator.Unit.COUNT && isSmall(row, table, indicator.name())) {
      return SUPPRESSED;
    }
    if (indicator.isCount()) {
      return Long.toString(((Number) row.get(i)).longValue());
    }
    return rounded(row.getDouble(i));
  }

  private boolean isSmall(Row row, Table table, String count) {
    int i = table.schema().fieldIndex(count);
    if (row.isNullAt(i)) {
      return false;
    }
    long value = ((Number) row.get(i)).longValue();
    return value > 0 && value < threshold;
  }

  /** Half up to the published decimals; "low" for a non-zero value that would show as zero. */
  public String rounded(double value) {
    BigDecimal exact = BigDecimal.valueOf(value);
    BigDecimal shown = exact.setScale(decimals, RoundingMode.HALF_UP);
    if (shown.signum() == 0 && exact.signum() != 0) {
      return LOW;
    }
    return shown.toPlainString();
  }
}
