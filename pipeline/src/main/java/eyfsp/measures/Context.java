package eyfsp.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The {@code context} table: what an LA's cohort is like, for finding its statistical neighbours
 * (domain page §4): the shares of children known to be FSM eligible, with a first language other
 * than English, and living in the most deprived areas, and their average IDACI rank. Each share
 * is of the children whose status is known (census matched; LSOA in the deprivation file).
 */
public final class Context {

  public static final String NAME = "context";
  public static final String TITLE = "EYFSP cohort context: FSM eligibility, first language and area deprivation";

  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("fsm_known_number", "Children whose FSM eligibility is known"),
      Indicator.count("fsm_number", "Children known to be eligible for FSM", "fsm_known_number"),
      Indicator.percent("fsm_percent", "Percentage known to be eligible for FSM", "fsm_number", "fsm_known_number"),
      Indicator.count("first_language_known_number", "Children whose first language is known"),
      Indicator.count("eal_number", "Children whose first language is other than English",
          "first_language_known_number"),
      Indicator.percent("eal_percent", "Percentage whose first language is other than English", "eal_number",
          "first_language_known_number"),
      Indicator.count("deprivation_known_number", "Children whose home area is in the deprivation file"),
      Indicator.count("most_deprived_number", "Children living in the most deprived areas",
          "deprivation_known_number"),
      Indicator.percent("most_deprived_percent", "Percentage living in the most deprived areas (IDACI deciles 1-3)",
          "most_deprived_number", "deprivation_known_number"),
      Indicator.average("idaci_rank_average", "Average IDACI rank of the children's home areas (1 = most deprived)",
          "deprivation_known_number"));

  private Context() {}

  /**
   * One row per year and geography for the levels asked. Counts are summed by LA in the one pass
   * over the children, and regions and the nation sum the LAs, so the levels agree by construction.
   */
  public static Table table(List<LocalCohort> cohorts, List<GeographicLevel> levels) {
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      LocalCohorts.byPlace(cohorts, level, () -> new long[LocalCohort.IDACI_RANK_SUM + 1], (sums, c) -> {
        for (int i = 0; i < sums.length; i++) {
          sums[i] += c.context()[i];
        }
      }).forEach((place, sums) -> {
        List<Object> values = new ArrayList<>(place);
        values.addAll(values(sums));
        rows.add(RowFactory.create(values.toArray()));
      });
    }
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    for (Indicator i : INDICATORS) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType,
          !i.isCount()));
    }
    return new Table(NAME, TITLE, DataTypes.createStructType(fields), rows, INDICATORS);
  }

  /** The values of {@link #INDICATORS}, in order, from counts at the positions LocalCohort names. */
  static List<Object> values(long[] sums) {
    return Arrays.asList(sums[LocalCohort.FSM_KNOWN], sums[LocalCohort.FSM],
        percent(sums[LocalCohort.FSM], sums[LocalCohort.FSM_KNOWN]), sums[LocalCohort.FIRST_LANGUAGE_KNOWN],
        sums[LocalCohort.EAL], percent(sums[LocalCohort.EAL], sums[LocalCohort.FIRST_LANGUAGE_KNOWN]),
        sums[LocalCohort.DEPRIVATION_KNOWN], sums[LocalCohort.MOST_DEPRIVED],
        percent(sums[LocalCohort.MOST_DEPRIVED], sums[LocalCohort.DEPRIVATION_KNOWN]),
        ratio(sums[LocalCohort.IDACI_RANK_SUM], sums[LocalCohort.DEPRIVATION_KNOWN]));
  }

  private static Double percent(long part, long whole) {
    return ratio(100.0 * part, whole);
  }

  /** A ratio, null (not applicable) when nobody is known. */
  private static Double ratio(double numerator, long whole) {
    return whole > 0 ? numerator / whole : null;
  }
}
