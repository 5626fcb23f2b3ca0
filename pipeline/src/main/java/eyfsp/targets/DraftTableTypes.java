package eyfsp.targets;

import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.targets.DraftTables.DraftTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A drafting's tables typed as the run's own tables are ({@link Table}: internal only, never
 * disclosure-controlled), so that they are written as CSV and Parquet by the same path as the
 * rest. Each column's type is fixed here, not guessed from its values, so a table whose column is
 * empty this year has the same schema as last year's.
 */
public final class DraftTableTypes {

  /** Columns of whole numbers: years, ranks, counts of results. */
  private static final Set<String> INTEGERS = Set.of(Geography.TIME_PERIOD, "baseline_time_period", "trend_years",
      "rank_among_neighbours", "ranked_number", "national_quartile", "neighbour_rank", "version");
  private static final Set<String> LONGS = Set.of("additional_children_number");
  /** Columns of text; every other column not in Geography is a number. */
  private static final Set<String> TEXT = Set.of("framework", "measure", "series", "source", "note",
      "neighbours_from", "neighbour_old_la_code", "neighbour_new_la_code", "neighbour_la_name", "benchmark_used",
      "rule", "reasoning", "proposed_date", "proposed_reason", "agreed_date", "agreed_reason", "old_la_code",
      "la_name", "stage", "date", "reason");
  /** Columns that identify a row (with the geography), by which rows are ordered; the rest are values. */
  private static final Set<String> KEYS = Set.of("framework", "measure", "series", "neighbours_from",
      "neighbour_rank", "baseline_time_period", "version", "stage");

  private DraftTableTypes() {}

  /** The draft table as an internal-only Table of the run's kind. */
  public static Table table(DraftTable draft) {
    List<StructField> fields = new ArrayList<>();
    List<Indicator> values = new ArrayList<>();
    for (String column : draft.columns()) {
      fields.add(DataTypes.createStructField(column, type(column), true));
      if (!Geography.COLUMNS.contains(column) && !KEYS.contains(column)) {
        values.add(Indicator.flag(column, column));
      }
    }
    List<Row> rows = new ArrayList<>(draft.rows().size());
    for (List<Object> row : draft.rows()) {
      Object[] cells = new Object[row.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = typed(row.get(i), type(draft.columns().get(i)));
      }
      rows.add(RowFactory.create(cells));
    }
    return new Table(draft.name(), draft.name(), DataTypes.createStructType(fields), rows, values, false, null);
  }

  static DataType type(String column) {
    if (INTEGERS.contains(column)) {
      return DataTypes.IntegerType;
    }
    if (LONGS.contains(column)) {
      return DataTypes.LongType;
    }
    return TEXT.contains(column) || Geography.COLUMNS.contains(column) ? DataTypes.StringType : DataTypes.DoubleType;
  }

  private static Object typed(Object value, DataType type) {
    if (value == null || (value instanceof String s && s.isEmpty() && type != DataTypes.StringType)) {
      return null;
    }
    if (type == DataTypes.StringType) {
      return String.valueOf(value);
    }
    Number n = value instanceof Number number ? number : Double.valueOf(String.valueOf(value));
    return type == DataTypes.IntegerType ? (Object) n.intValue() : type == DataTypes.LongType ? (Object) n.longValue()
        : (Object) n.doubleValue();
  }
}
