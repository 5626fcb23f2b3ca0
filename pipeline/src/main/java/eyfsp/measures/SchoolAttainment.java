package eyfsp.measures;

import static org.apache.spark.sql.functions.col;

import eyfsp.domain.GapConventions;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.School;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
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

  /** One pass over the children counts them by school and total; each school's measures follow on the driver. */
  public static Table table(Dataset<Row> children, Map<String, School> schools, Map<String, LocalAuthority> las,
      GapConventions conventions, int maxTotal) {
    Map<List<Object>, Tally> tallies = new LinkedHashMap<>();
    Dataset<Row> bySchool = children.select(col("academic_year"), Geography.laNumber(), Geography.laestabNumber(),
        col(CohortMeasures.TOTAL), col("gld"), col("points78"), col("psed_cll_secure"));
    List<String> keys = List.of("academic_year", Geography.LA_NUMBER, Geography.LAESTAB_NUMBER);
    for (Row bin : CohortMeasures.bins(bySchool, keys).collectAsList()) {
      tallies.computeIfAbsent(List.of(bin.get(0), Geography.laCode(bin.getInt(1)), Geography.laestab(bin.getInt(2))),
          k -> new Tally(maxTotal)).add(bin, 3);
    }
    List<Row> rows = new ArrayList<>();
    tallies.forEach((key, tally) -> {
      School school = schools.get((String) key.get(2));
      List<Object> values = new ArrayList<>(
          Geography.filterValues(GeographicLevel.SCHOOL, (Integer) key.get(0), las.get(key.get(1))));
      values.add(key.get(2));
      values.add(school == null ? null : school.name());
      values.add(school == null ? null : school.type());
      values.addAll(CohortMeasures.indicatorValues(tally.statistics(conventions)));
      rows.add(RowFactory.create(values.toArray()));
    });
    return new Table(NAME, TITLE, schema(), rows, CohortMeasures.INDICATORS);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.addAll(CohortMeasures.indicatorFields());
    return DataTypes.createStructType(fields);
  }
}
