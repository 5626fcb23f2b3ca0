package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import eyfsp.domain.Framework;
import eyfsp.domain.School;
import eyfsp.domain.Settings;
import java.util.ArrayList;
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
 * The children an LA's action plan would focus on (internal only: it lists children, by
 * pseudonym): by school, each child without a good level of development who is at most
 * {@code near_threshold.points_within} points short of the GLD total and has at most
 * {@code near_threshold.scales_within} PSED/CLL scales below the secure score, so misses GLD by a
 * few points, by a single scale, or by both. Closest first within each school.
 */
public final class NearThreshold {

  public static final String NAME = "near_threshold";
  public static final String TITLE = "Children near the good level of development threshold, by school (internal)";

  private NearThreshold() {}

  public static Table table(Dataset<Row> children, Map<String, School> schools, Settings settings) {
    Framework framework = settings.framework();
    int secure = framework.secureScore();
    List<Column> below = new ArrayList<>();
    Column belowNumber = lit(0);
    for (String area : settings.goodLevelOfDevelopment().secureInEveryScaleOf()) {
      for (Framework.Scale scale : framework.area(area).scales()) {
        Column isBelow = col(scale.code()).lt(secure);
        belowNumber = belowNumber.plus(when(isBelow, 1).otherwise(0));
        below.add(when(isBelow, lit(scale.code())));
      }
    }
    Column pointsShort = greatest(lit(0), lit(settings.goodLevelOfDevelopment().totalAtLeast())
        .minus(col(CohortMeasures.TOTAL)));
    List<Column> columns = new ArrayList<>();
    Geography.keys(GeographicLevel.SCHOOL).forEach(k -> columns.add(col(k)));
    columns.add(col("laestab"));
    columns.add(pointsShort.as("points_short"));
    columns.add(belowNumber.as("scales_below_secure_number"));
    columns.add(concat_ws(";", below.toArray(Column[]::new)).as("scales_below_secure"));
    columns.add(col(CohortMeasures.TOTAL));
    columns.add(col("pupil_pseudonym"));
    Dataset<Row> near = children
        .filter(col(CohortMeasures.TOTAL).isNotNull().and(not(col("gld"))))
        .select(columns.toArray(Column[]::new))
        .filter(col("points_short").leq(settings.nearThreshold().pointsWithin())
            .and(col("scales_below_secure_number").leq(settings.nearThreshold().scalesWithin())));

    int geography = Geography.COLUMNS.size();
    List<Row> rows = new ArrayList<>();
    for (Row r : Geography.filterColumns(near, GeographicLevel.SCHOOL).collectAsList()) {
      List<Object> values = new ArrayList<>(r.size() + 2);
      for (int i = 0; i <= geography; i++) {
        values.add(r.get(i));
      }
      School school = schools.get(r.getString(geography));
      values.add(school == null ? null : school.name());
      values.add(school == null ? null : school.type());
      for (int i = geography + 1; i < r.size(); i++) {
        values.add(r.get(i));
      }
      rows.add(RowFactory.create(values.toArray()));
    }
    // Every column orders the rows, so none is an indicator; the table is never published.
    return new Table(NAME, TITLE, schema(), rows, List.of(), false, null);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    SchoolAttainment.SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField("points_short", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("scales_below_secure_number", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("scales_below_secure", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(CohortMeasures.TOTAL, DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("pupil_pseudonym", DataTypes.StringType, false));
    return DataTypes.createStructType(fields);
  }
}
