package eyfsp.measures;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.LocalAuthority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * The columns Explore Education Statistics reads a School row's place from (its "observational
   * units" at that level: URN, name and LAESTAB, beside the LA's columns). Like the columns above
   * they are never filters: the screener fails a metadata file that lists one.
   */
  public static final String SCHOOL_URN = "school_urn";
  public static final String SCHOOL_NAME = "school_name";
  public static final String SCHOOL_LAESTAB = "school_laestab";
  public static final List<String> SCHOOL_COLUMNS = List.of(SCHOOL_LAESTAB, SCHOOL_URN, SCHOOL_NAME);

  private Geography() {}

  /** Whether a column says where a row is (time and geography, down to a school), never a filter. */
  public static boolean isPlace(String column) {
    return COLUMNS.contains(column) || SCHOOL_COLUMNS.contains(column);
  }

  /**
   * The filter values of the geography at a level that an LA's rows belong to, for one year. LAs of
   * a region share their Regional values and all share the National ones, so the values key a
   * roll-up.
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

  /** The framework a place's rows are read under: that of its year (its time_period, first of its filter values). */
  public static eyfsp.domain.Framework framework(eyfsp.domain.Settings settings, List<Object> place) {
    int year = AcademicYear.summerYearOf((Integer) place.get(0));
    return settings.frameworkOf(year).orElseThrow(() -> new IllegalStateException("no framework for " + year));
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
}
