package eyfsp.measures;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Setting;
import eyfsp.domain.Reject;
import eyfsp.domain.School;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How good the data behind the measures is, by geography and school: {@code data_quality} (the
 * children measured, how many matched a census row, how many were queried) and
 * {@code rejects_summary} (the quarantined rows by input, reason, LA and school, as far as a
 * rejected row says where it belongs). A school's rows carry its place as Explore Education
 * Statistics reads a School row ({@link SchoolAttainment#placeValues}).
 */
public final class DataQuality {

  public static final String QUALITY = "data_quality";
  public static final String REJECTS = "rejects_summary";
  public static final String SCHOOL = Geography.SCHOOL_LAESTAB;
  /** The value of setting_type on a place's row: the total of its settings of every type. */
  public static final String ALL_SETTINGS = "Total";

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

  /**
   * data_quality: one row per year and geography, down to schools; a place's row is the Total of its
   * settings ({@code setting_type} Total), a school's its own.
   */
  public static Table quality(List<LocalCohort> cohorts, List<GeographicLevel> levels, Map<String, School> schools) {
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      LocalCohorts.byPlace(cohorts, level, () -> new long[LocalCohort.LSOA_QUERIED + 1], (sums, c) ->
          c.qualityBySchool().values().forEach(school -> {
            for (int i = 0; i < sums.length; i++) {
              sums[i] += school[i];
            }
          })).forEach((place, sums) -> rows.add(qualityRow(place, null, schools, sums)));
    }
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      c.qualityBySchool().forEach((setting, counts) -> rows.add(qualityRow(place, setting, schools, counts)));
    }
    return new Table(QUALITY, "Data quality: children measured, census matches and queries", QUALITY_SCHEMA, rows,
        QUALITY_INDICATORS);
  }

  private static Row qualityRow(List<Object> place, String setting, Map<String, School> schools, long[] counts) {
    List<Object> values = new ArrayList<>(place);
    values.addAll(schoolPlace(setting, schools));
    values.add(setting == null ? ALL_SETTINGS : Setting.kindOf(setting));
    values.addAll(Arrays.asList(counts[LocalCohort.ACCEPTED], counts[LocalCohort.CENSUS_MATCHED],
        counts[LocalCohort.CENSUS_MATCHED] * 100.0 / counts[LocalCohort.ACCEPTED], counts[LocalCohort.SEX_QUERIED],
        counts[LocalCohort.BIRTH_DATE_QUERIED], counts[LocalCohort.LSOA_QUERIED]));
    return RowFactory.create(values.toArray());
  }

  private static final StructType QUALITY_SCHEMA = qualitySchema();

  private static StructType qualitySchema() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    Geography.SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(SchoolAttainment.SETTING_TYPE, DataTypes.StringType, false));
    for (Indicator i : QUALITY_INDICATORS) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType, false));
    }
    return DataTypes.createStructType(fields);
  }

  private static final StructType REJECTS_SCHEMA = rejectsSchema();

  private static StructType rejectsSchema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(Geography.TIME_PERIOD, DataTypes.IntegerType, true));
    for (String c : Geography.COLUMNS.subList(1, Geography.COLUMNS.size())) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    Geography.SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField("input", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("rows_number", DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /**
   * rejects_summary: quarantined rows by input and reason (a row counts once under each reason),
   * for the nation and, where the row names a known LA (and a 4-digit school), for that LA and
   * school; the year is the row's own where it could be read, blank otherwise (such rows are not
   * published: Explore Education Statistics needs a year on every row).
   */
  public static Table rejects(Map<String, List<Reject>> rejectsByInput, Map<String, LocalAuthority> las,
      Map<String, School> schools) {
    Map<List<Object>, Long> counts = new HashMap<>();
    rejectsByInput.forEach((input, rejects) -> {
      for (Reject r : rejects) {
        LocalAuthority la = r.laCode() == null ? null : las.get(r.laCode());
        boolean school = la != null && r.estab() != null
            && (Setting.isSchoolEstab(r.estab()) || Setting.isEarlyYearsUrn(r.estab()));
        for (String reason : r.reasons()) {
          List<Object> none = schoolPlace(null, schools);
          counts.merge(key(r.year(), GeographicLevel.NATIONAL, null, none, input, reason), 1L, Long::sum);
          if (la != null) {
            counts.merge(key(r.year(), GeographicLevel.LOCAL_AUTHORITY, la, none, input, reason), 1L, Long::sum);
          }
          if (school) {
            counts.merge(key(r.year(), GeographicLevel.SCHOOL, la, schoolPlace(Setting.id(la.laCode(), r.estab()),
                schools), input, reason), 1L, Long::sum);
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

  /** A setting's school_laestab, school_urn and school_name; blank on a place's row (no setting). */
  private static List<Object> schoolPlace(String setting, Map<String, School> schools) {
    return setting == null ? Arrays.asList(null, null, null) : SchoolAttainment.placeValues(setting, schools);
  }

  private static List<Object> key(Integer year, GeographicLevel level, LocalAuthority la, List<Object> school,
      String input, String reason) {
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
    key.addAll(school);
    key.add(input);
    key.add(reason);
    return key;
  }
}
