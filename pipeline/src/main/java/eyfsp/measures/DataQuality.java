package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.LocalAuthority;
import eyfsp.quality.Reject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How good the data behind the measures is, by geography and school: {@code data_quality} (the
 * children measured, how many matched a census row, how many were queried) and
 * {@code rejects_summary} (the quarantined rows by input, reason, LA and school, as far as a
 * rejected row says where it belongs).
 */
public final class DataQuality {

  public static final String QUALITY = "data_quality";
  public static final String REJECTS = "rejects_summary";
  public static final String SCHOOL = "school_laestab";

  public static final List<Indicator> QUALITY_INDICATORS = List.of(
      Indicator.count("children_accepted_number", "Children accepted (every accepted return, assessed or not)"),
      Indicator.count("census_matched_number", "Children matched to a School Census row", "children_accepted_number"),
      Indicator.percent("census_matched_percent", "Percentage matched to a School Census row",
          "census_matched_number", "children_accepted_number"),
      Indicator.count("sex_queried_number", "Children whose sex was neither M nor F", "children_accepted_number"),
      Indicator.count("birth_date_queried_number", "Children born outside the cohort's age window",
          "children_accepted_number"),
      Indicator.count("lsoa_queried_number", "Children whose home LSOA is not in the deprivation file",
          "children_accepted_number"));

  public static final List<Indicator> REJECT_INDICATORS =
      List.of(Indicator.records("rows_number", "Rows quarantined (input records, not children)"));

  private DataQuality() {}

  /** data_quality: one row per year and geography, down to schools. */
  public static Table quality(Dataset<Row> children, List<GeographicLevel> levels) {
    List<String> schoolKeys = new ArrayList<>(Geography.keys(GeographicLevel.LOCAL_AUTHORITY));
    schoolKeys.add(SCHOOL);
    Dataset<Row> bySchool = children.withColumnRenamed("laestab", SCHOOL)
        .groupBy(schoolKeys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .agg(count(lit(1)).as("children_accepted_number"),
            sum(when(col("census_matched"), 1L).otherwise(0L)).as("census_matched_number"),
            sum(when(col("sex_queried"), 1L).otherwise(0L)).as("sex_queried_number"),
            sum(when(col("birth_date_queried"), 1L).otherwise(0L)).as("birth_date_queried_number"),
            sum(when(col("lsoa_queried"), 1L).otherwise(0L)).as("lsoa_queried_number"));
    List<GeographicLevel> all = new ArrayList<>(levels);
    all.add(GeographicLevel.SCHOOL);
    Dataset<Row> table = null;
    for (GeographicLevel level : all) {
      List<String> keys = level == GeographicLevel.SCHOOL ? schoolKeys : Geography.keys(level);
      Dataset<Row> rows = bySchool.groupBy(keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
          .agg(sum("children_accepted_number").as("children_accepted_number"), sum("census_matched_number").as("census_matched_number"),
              sum("sex_queried_number").as("sex_queried_number"),
              sum("birth_date_queried_number").as("birth_date_queried_number"),
              sum("lsoa_queried_number").as("lsoa_queried_number"));
      if (level != GeographicLevel.SCHOOL) {
        rows = rows.withColumn(SCHOOL, lit(null).cast("string"));
      }
      rows = Geography.filterColumns(rows, level)
          .withColumn("census_matched_percent", col("census_matched_number").multiply(100.0)
              .divide(col("children_accepted_number")))
          .select(qualityColumns());
      table = table == null ? rows : table.unionByName(rows);
    }
    return new Table(QUALITY, "Data quality: children measured, census matches and queries", table.schema(),
        table.collectAsList(), QUALITY_INDICATORS);
  }

  private static Column[] qualityColumns() {
    List<Column> columns = new ArrayList<>();
    Geography.COLUMNS.forEach(c -> columns.add(col(c)));
    columns.add(col(SCHOOL));
    QUALITY_INDICATORS.forEach(i -> columns.add(col(i.name())));
    return columns.toArray(Column[]::new);
  }

  private static final StructType REJECTS_SCHEMA = rejectsSchema();

  private static StructType rejectsSchema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(Geography.TIME_PERIOD, DataTypes.IntegerType, true));
    for (String c : Geography.COLUMNS.subList(1, Geography.COLUMNS.size())) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(SCHOOL, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("input", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("rows_number", DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /**
   * rejects_summary: quarantined rows by input and reason (a row counts once under each reason),
   * for the nation and, where the row names a known LA (and a 4-digit school), for that LA and
   * school; the year is the row's own where it could be read, blank otherwise.
   */
  public static Table rejects(Map<String, List<Reject>> rejectsByInput, Map<String, LocalAuthority> las) {
    Map<List<Object>, Long> counts = new HashMap<>();
    rejectsByInput.forEach((input, rejects) -> {
      for (Reject r : rejects) {
        LocalAuthority la = r.laCode() == null ? null : las.get(r.laCode());
        boolean school = la != null && r.estab() != null && r.estab().matches("\\d{4}");
        for (String reason : r.reasons()) {
          counts.merge(key(r.year(), GeographicLevel.NATIONAL, null, null, input, reason), 1L, Long::sum);
          if (la != null) {
            counts.merge(key(r.year(), GeographicLevel.LOCAL_AUTHORITY, la, null, input, reason), 1L, Long::sum);
          }
          if (school) {
            counts.merge(key(r.year(), GeographicLevel.SCHOOL, la, la.laCode() + r.estab(), input, reason), 1L,
                Long::sum);
          }
        }
      }
    });
    List<Row> rows = new ArrayList<>();
    counts.forEach((key, n) -> {
      List<Object> values = new ArrayList<>(key);
      values.add(n);
      rows.add(RowFactory.create(values.toArray()));
    });
    return new Table(REJECTS, "Rows quarantined, by input, reason, LA and school", REJECTS_SCHEMA, rows,
        REJECT_INDICATORS);
  }

  private static List<Object> key(Integer year, GeographicLevel level, LocalAuthority la, String school, String input,
      String reason) {
    List<Object> key = new ArrayList<>();
    key.add(year == null ? null : AcademicYear.timePeriod(year));
    key.add("Academic year");
    key.add(level.label());
    key.add(Geography.ENGLAND_CODE);
    key.add(Geography.ENGLAND_NAME);
    boolean local = la != null;
    key.add(local ? la.regionCode() : null);
    key.add(local ? la.regionName() : null);
    key.add(local ? la.laCode() : null);
    key.add(local ? la.onsCode() : null);
    key.add(local ? la.name() : null);
    key.add(school);
    key.add(input);
    key.add(reason);
    return key;
  }
}
