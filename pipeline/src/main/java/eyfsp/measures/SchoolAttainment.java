package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.School;
import eyfsp.domain.Setting;
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
 * The attainment indicators of each school and PVI setting ({@code geographic_level} School): the
 * LA's filter columns, then the setting's place as Explore Education Statistics reads a School row
 * ({@link #placeValues}), its {@code establishment_type} and {@code setting_type} (School or PVI
 * setting), then {@link CohortMeasures#INDICATORS}. An LA's settings add up to the LA: every child
 * is measured where their profile was returned.
 */
public final class SchoolAttainment {

  public static final String NAME = "schools";
  public static final String TITLE = "EYFSP attainment by school";
  public static final String LAESTAB = Geography.SCHOOL_LAESTAB;
  public static final String ESTABLISHMENT_TYPE = "establishment_type";
  public static final String SETTING_TYPE = "setting_type";
  public static final List<String> SCHOOL_COLUMNS = List.of(LAESTAB, Geography.SCHOOL_URN, Geography.SCHOOL_NAME,
      ESTABLISHMENT_TYPE, SETTING_TYPE);

  /** The GSS symbol for a code that is not available, and the name EES pairs with it (analysts' guide, geography). */
  public static final String NOT_AVAILABLE_CODE = "x";
  public static final String NOT_AVAILABLE_NAME = "Not available";

  /** A type the schools file does not give (no file, a school not in it, a PVI setting: GIAS lists none). */
  public static final String UNKNOWN_TYPE = "Unknown";

  /**
   * GIAS's type names that DfE's data dictionary spells otherwise (its establishment_type items,
   * the harmonised names); every other GIAS name is the dictionary's already.
   */
  private static final Map<String, String> HARMONISED_TYPES = Map.of(
      "Academy 16 to 19 sponsor led", "Academy 16-19 sponsor led",
      "Free schools 16 to 19", "Free schools 16-19");

  private SchoolAttainment() {}

  /**
   * A setting's place at School level (eyfsp.domain.Setting): {@code school_laestab} the setting's
   * identifier (a school's LAESTAB; a PVI setting, having none, its early years URN, so that every
   * setting has its own), {@code school_urn} its unique reference number (the schools file's URN;
   * a PVI setting's own early years URN; {@code x} where none is known) and {@code school_name} (the
   * schools file's name; "PVI setting (URN: 512345)" for a PVI setting, which GIAS does not list;
   * "Not available", EES's name for code {@code x}, where the URN is not known).
   */
  public static List<Object> placeValues(String setting, Map<String, School> schools) {
    if (Setting.kindOf(setting).equals(Setting.PVI)) {
      return Arrays.asList(setting, setting, Setting.PVI + " (URN: " + setting + ")");
    }
    School school = schools.get(setting);
    boolean known = school != null && school.urn() != null;
    return Arrays.asList(setting, known ? school.urn() : NOT_AVAILABLE_CODE,
        known ? school.name() : NOT_AVAILABLE_NAME);
  }

  /** The values of {@link #SCHOOL_COLUMNS} for a setting: its place, then what the schools file says of it. */
  static List<Object> settingValues(String setting, Map<String, School> schools) {
    List<Object> values = new ArrayList<>(placeValues(setting, schools));
    School school = schools.get(setting);
    values.add(school == null || school.type() == null ? UNKNOWN_TYPE
        : HARMONISED_TYPES.getOrDefault(school.type(), school.type()));
    values.add(Setting.kindOf(setting));
    return values;
  }

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
