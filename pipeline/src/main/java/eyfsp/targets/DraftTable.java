package eyfsp.targets;

import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One table of a drafting (DraftTables): its name (the file is name.csv), columns, and rows of
 * plain values; and typed as the run's own tables are ({@link Table}: internal only, never
 * disclosure-controlled), so that it is written as CSV and Parquet by the same path as the rest.
 * Each column's type is fixed here, not guessed from its values, so a table whose column is empty
 * this year has the same schema as last year's.
 */
public record DraftTable(String name, List<String> columns, List<List<Object>> rows) {

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

  /** The table as an internal-only Table of the run's kind. */
  public Table typed() {
    List<StructField> fields = new ArrayList<>();
    List<Indicator> values = new ArrayList<>();
    for (String column : columns) {
      fields.add(DataTypes.createStructField(column, type(column), true));
      if (!Geography.COLUMNS.contains(column) && !KEYS.contains(column)) {
        values.add(Indicator.flag(column, column));
      }
    }
    List<Row> typedRows = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Object[] cells = new Object[row.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cell(row.get(i), type(columns.get(i)));
      }
      typedRows.add(RowFactory.create(cells));
    }
    return new Table(name, name, DataTypes.createStructType(fields), typedRows, values, false, null);
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

  private static Object cell(Object value, DataType type) {
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
