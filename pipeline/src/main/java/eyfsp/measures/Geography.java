package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** The DfE Explore Education Statistics filter columns that open every table (contract, Outputs). */
public final class Geography {

  public static final String TIME_PERIOD = "time_period";
  public static final String LEVEL = "geographic_level";
  public static final String ENGLAND_CODE = "E92000001";
  public static final String ENGLAND_NAME = "England";

  /** time_period, time_identifier, geographic_level, country_code ... la_name, in the contract's order. */
  public static final List<String> COLUMNS = List.of(TIME_PERIOD, "time_identifier", LEVEL, "country_code",
      "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");

  /** Child-level columns that identify a child's geography, present on the enriched children. */
  public static final List<String> CHILD_GEOGRAPHY =
      List.of("academic_year", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");

  private Geography() {}

  /** The keys to group child-level or binned rows by for one level: the year and its geography. */
  public static List<String> keys(GeographicLevel level) {
    List<String> keys = new ArrayList<>(List.of("academic_year"));
    keys.addAll(level.geographyColumns());
    return keys;
  }

  /**
   * Replaces the grouping keys of a level (academic_year and its geography columns) with the full
   * set of filter columns, blank where the level is above them; other columns follow unchanged.
   */
  public static Dataset<Row> filterColumns(Dataset<Row> grouped, GeographicLevel level) {
    List<Column> columns = new ArrayList<>();
    // 2009 becomes 200809, as AcademicYear.timePeriod does.
    Column year = col("academic_year");
    columns.add(year.minus(1).multiply(100).plus(year.mod(100)).as(TIME_PERIOD));
    columns.add(lit("Academic year").as("time_identifier"));
    columns.add(lit(level.label()).as(LEVEL));
    columns.add(lit(ENGLAND_CODE).as("country_code"));
    columns.add(lit(ENGLAND_NAME).as("country_name"));
    for (String c : COLUMNS.subList(5, COLUMNS.size())) {
      columns.add(level.geographyColumns().contains(c) ? col(c) : functions.lit(null).cast("string").as(c));
    }
    List<String> keys = keys(level);
    for (String c : grouped.columns()) {
      if (!keys.contains(c)) {
        columns.add(col(c));
      }
    }
    return grouped.select(columns.toArray(Column[]::new));
  }
}
