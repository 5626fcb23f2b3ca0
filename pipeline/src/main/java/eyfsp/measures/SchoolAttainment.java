package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The attainment indicators of each school ({@code geographic_level} School): the LA's filter
 * columns, then {@code school_laestab}, {@code school_name} and {@code school_type} (blank unless
 * the schools file lists the school), then {@link CohortMeasures#INDICATORS}. An LA's schools add up
 * to the LA: every child is measured at the school that returned their profile.
 */
public final class SchoolAttainment {

  public static final String NAME = "schools";
  public static final String TITLE = "EYFSP attainment by school";
  public static final String LAESTAB = "school_laestab";
  public static final List<String> SCHOOL_COLUMNS = List.of(LAESTAB, "school_name", "school_type");

  private SchoolAttainment() {}

  /** Each school's measures, from its LA's cohort. */
  public static Table table(List<LocalCohort> cohorts, Map<String, School> schools, GapConventions conventions) {
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      c.bySchool().forEach((laestab, tally) -> {
        School school = schools.get(laestab);
        List<Object> values = new ArrayList<>(place);
        values.add(laestab);
        values.add(school == null ? null : school.name());
        values.add(school == null ? null : school.type());
        values.addAll(CohortMeasures.indicatorValues(tally.statistics(conventions)));
        rows.add(RowFactory.create(values.toArray()));
      });
    }
    return new Table(NAME, TITLE, schema(), rows, CohortMeasures.INDICATORS);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.addAll(CohortMeasures.indicatorFields());
    return DataTypes.createStructType(fields);
  }
}
