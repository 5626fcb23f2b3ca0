package eyfsp.measures;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The attainment indicators of any group of children (by geography, school, characteristic), from
 * its {@link Tally}: named, typed and valued alike in every table that carries them.
 */
public final class CohortMeasures {

  public static final String TOTAL = "total_points";

  /** The attainment indicators, named exactly as the contract's {@code attainment} table. */
  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "Children with a valid result on every scale"),
      Indicator.count("not_assessed_number", "Children not assessed (a not-assessed code on a scale)"),
      Indicator.count("gld_number", "Children with a good level of development", "children_number"),
      Indicator.percent("gld_percent", "Percentage with a good level of development", "gld_number", "children_number"),
      Indicator.count("points78_number", "Children with a total of 78 points or more", "children_number"),
      Indicator.percent("points78_percent", "Percentage with 78 points or more", "points78_number", "children_number"),
      Indicator.count("psed_cll_secure_number", "Children with 6+ in every PSED and CLL scale", "children_number"),
      Indicator.percent("psed_cll_secure_percent", "Percentage with 6+ in every PSED and CLL scale",
          "psed_cll_secure_number", "children_number"),
      Indicator.average("average_point_score", "Average total point score", "children_number"),
      Indicator.average("median_point_score", "Median total point score", "children_number"),
      Indicator.size("lowest20_number", "Children in the lowest-achieving 20%", "children_number"),
      Indicator.average("lowest20_average_point_score", "Average total point score of the lowest-achieving 20%",
          "lowest20_number"),
      Indicator.percent("inequality_gap_percent", "Inequality gap: (median - lowest-20% mean) as % of the median",
          "lowest20_number", "children_number"));

  private CohortMeasures() {}

  public static List<StructField> indicatorFields() {
    List<StructField> fields = new ArrayList<>();
    for (Indicator indicator : INDICATORS) {
      fields.add(DataTypes.createStructField(indicator.name(),
          indicator.isCount() ? DataTypes.LongType : DataTypes.DoubleType, !indicator.isCount()));
    }
    return fields;
  }

  /** The values of {@link #INDICATORS}, in order; null where a value is not defined. */
  public static List<Object> indicatorValues(CohortStatistics s) {
    List<Object> v = new ArrayList<>();
    v.add(s.children());
    v.add(s.notAssessed());
    v.add(s.goodLevel());
    v.add(s.goodLevelPercent());
    v.add(s.points78());
    v.add(s.points78Percent());
    v.add(s.psedCllSecure());
    v.add(s.psedCllSecurePercent());
    v.add(s.averagePointScore());
    v.add(s.medianPointScore());
    v.add(s.lowestNumber());
    v.add(s.lowestAveragePointScore());
    v.add(s.inequalityGapPercent());
    return v;
  }
}
