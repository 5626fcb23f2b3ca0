package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.LocalAuthority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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

  /**
   * The filter values of the geography at a level that an LA's rows belong to, for one year: what
   * {@link #filterColumns} gives, for tables built on the driver. LAs of a region share their
   * Regional values and all share the National ones, so the values key a roll-up.
   */
  public static List<Object> filterValues(GeographicLevel level, int academicYear, LocalAuthority la) {
    List<Object> values = new ArrayList<>(List.of(AcademicYear.timePeriod(academicYear), "Academic year",
        level.label(), ENGLAND_CODE, ENGLAND_NAME));
    Map<String, String> geography = Map.of("region_code", la.regionCode(), "region_name", la.regionName(),
        "old_la_code", la.laCode(), "new_la_code", la.onsCode(), "la_name", la.name());
    for (String c : COLUMNS.subList(5, COLUMNS.size())) {
      values.add(level.geographyColumns().contains(c) ? geography.get(c) : null);
    }
    return values;
  }

  /**
   * A child's LA number and LAESTAB as whole numbers (both are digits), under these names: Spark
   * groups by whole numbers far faster than by text, and the driver turns them back with
   * {@link #laCode} and {@link #laestab}.
   */
  public static final String LA_NUMBER = "la_number";
  public static final String LAESTAB_NUMBER = "laestab_number";

  public static Column laNumber() {
    return col("old_la_code").cast("int").as(LA_NUMBER);
  }

  public static Column laestabNumber() {
    return col("laestab").cast("int").as(LAESTAB_NUMBER);
  }

  public static String laCode(int number) {
    return zeroPadded(number, 3);
  }

  public static String laestab(int number) {
    return zeroPadded(number, 7);
  }

  /** As String.format("%0<width>d"), which costs more than the rest of a national table's rows. */
  private static String zeroPadded(int number, int width) {
    String digits = Integer.toString(number);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** The LAs of a table's Local authority rows, by 3-digit number. */
  public static Map<String, LocalAuthority> localAuthorities(Table table) {
    Map<String, LocalAuthority> las = new LinkedHashMap<>();
    for (Row r : table.rows()) {
      if (GeographicLevel.LOCAL_AUTHORITY.label().equals(r.getString(COLUMNS.indexOf(LEVEL)))) {
        las.put(r.getString(7), new LocalAuthority(r.getString(7), r.getString(8), r.getString(9), r.getString(5),
            r.getString(6)));
      }
    }
    return las;
  }

  /** The types of {@link #COLUMNS}, for tables built on the driver. */
  public static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : COLUMNS) {
      fields.add(DataTypes.createStructField(c, c.equals(TIME_PERIOD) ? DataTypes.IntegerType : DataTypes.StringType,
          true));
    }
    return DataTypes.createStructType(fields);
  }

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
