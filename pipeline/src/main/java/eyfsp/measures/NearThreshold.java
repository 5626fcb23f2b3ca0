package eyfsp.measures;

import eyfsp.domain.School;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

  public static Table table(List<LocalCohort> cohorts, Map<String, School> schools) {
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      for (LocalCohort.NearChild child : c.nearThreshold()) {
        List<Object> values = new ArrayList<>(place);
        values.addAll(SchoolAttainment.settingValues(child.setting(), schools));
        values.addAll(Arrays.asList(child.pointsShort(), child.scalesBelowSecure(), child.scalesBelow(),
            child.total(), child.pupilPseudonym()));
        rows.add(RowFactory.create(values.toArray()));
      }
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
