package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.School;
import eyfsp.domain.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The attainment indicators of each school and PVI setting ({@code geographic_level} School): the
 * LA's filter columns, then {@code school_laestab} (a school's LAESTAB, or a PVI setting's early
 * years URN), {@code school_name} and {@code school_type} (blank unless the schools file lists the
 * school) and {@code setting_type} (School or PVI setting), then {@link CohortMeasures#INDICATORS}.
 * An LA's settings add up to the LA: every child is measured where their profile was returned.
 */
public final class SchoolAttainment {

  public static final String NAME = "schools";
  public static final String TITLE = "EYFSP attainment by school";
  public static final String LAESTAB = "school_laestab";
  public static final String SETTING_TYPE = "setting_type";
  public static final List<String> SCHOOL_COLUMNS = List.of(LAESTAB, "school_name", "school_type", SETTING_TYPE);

  /** The values of {@link #SCHOOL_COLUMNS} for a setting (eyfsp.domain.Setting): what the schools file says of it. */
  static List<Object> settingValues(String setting, Map<String, School> schools) {
    School school = schools.get(setting);
    return java.util.Arrays.asList(setting, school == null ? null : school.name(), school == null ? null : school.type(),
        Setting.kindOf(setting));
  }

  private SchoolAttainment() {}

  /** Each school's measures, from its LA's cohort. */
  public static Table table(List<LocalCohort> cohorts, Map<String, School> schools, GapConventions conventions) {
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      c.bySchool().forEach((setting, tally) -> {
        List<Object> values = new ArrayList<>(place);
        values.addAll(settingValues(setting, schools));
        values.addAll(CohortMeasures.indicatorValues(tally.statistics(conventions), c.framework()));
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
