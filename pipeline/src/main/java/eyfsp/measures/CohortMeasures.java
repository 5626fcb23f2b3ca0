package eyfsp.measures;

import eyfsp.domain.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The attainment indicators of any group of children (by geography, school, characteristic), from
 * its {@link Tally}: named, typed and valued alike in every table that carries them. Each framework
 * defines some of them (contract, "Three profiles, one pipeline"); one it does not define is null
 * (empty in internal/, z in published/).
 */
public final class CohortMeasures {

  public static final String TOTAL = "total_points";

  /** The outcomes the contract names, each an indicator pair {@code <name>_number} and {@code _percent}. */
  private static final Map<String, String> OUTCOMES = Map.of(
      "points78", "a total of 78 points or more",
      "psed_cll_secure", "6+ in every PSED and CLL scale",
      "all_goals_expected", "at least the expected level in all 17 goals",
      "com_lit_expected", "at least the expected level in every communication and language and literacy goal");

  /** The attainment indicators, named exactly as the contract's {@code attainment} table. */
  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "Children with a valid result on every scale or goal"),
      Indicator.count("not_assessed_number", "Children not assessed (a not-assessed code on a scale or goal)"),
      Indicator.count("gld_number", "Children with a good level of development", "children_number"),
      Indicator.percent("gld_percent", "Percentage with a good level of development", "gld_number", "children_number"),
      outcomeNumber("points78"),
      outcomePercent("points78"),
      outcomeNumber("psed_cll_secure"),
      outcomePercent("psed_cll_secure"),
      Indicator.average(Framework.AVERAGE_POINT_SCORE, "Average total point score", "children_number")
          .ofSomeFrameworks(),
      Indicator.average("median_point_score", "Median total (points; goals at expected from 2021/22)",
          "children_number"),
      Indicator.size("lowest20_number", "Children in the lowest-achieving 20%", "children_number"),
      Indicator.average("lowest20_average_point_score", "Average total of the lowest-achieving 20%",
          "lowest20_number"),
      Indicator.percent("inequality_gap_percent", "Inequality gap: (median - lowest-20% mean) as % of the median",
          "lowest20_number", "children_number"),
      outcomeNumber("all_goals_expected"),
      outcomePercent("all_goals_expected"),
      outcomeNumber("com_lit_expected"),
      outcomePercent("com_lit_expected"),
      Indicator.average(Framework.AVERAGE_GOALS_EXPECTED, "Average number of goals at the expected level or above",
          "children_number").ofSomeFrameworks());

  private CohortMeasures() {}

  private static Indicator outcomeNumber(String outcome) {
    return Indicator.count(outcome + "_number", "Children with " + OUTCOMES.get(outcome), "children_number")
        .ofSomeFrameworks();
  }

  private static Indicator outcomePercent(String outcome) {
    return Indicator.percent(outcome + "_percent", "Percentage with " + OUTCOMES.get(outcome), outcome + "_number",
        "children_number").ofSomeFrameworks();
  }

  /** Every indicator may be null: a framework defines only some of them. */
  public static List<StructField> indicatorFields() {
    List<StructField> fields = new ArrayList<>();
    for (Indicator indicator : INDICATORS) {
      fields.add(DataTypes.createStructField(indicator.name(),
          indicator.isCount() ? DataTypes.LongType : DataTypes.DoubleType, true));
    }
    return fields;
  }

  /** The values of {@link #INDICATORS}, in order, for a group of children of a framework; null where not defined. */
  public static List<Object> indicatorValues(CohortStatistics s, Framework framework) {
    List<Object> v = new ArrayList<>();
    v.add(s.children());
    v.add(s.notAssessed());
    v.add(s.goodLevel());
    v.add(s.goodLevelPercent());
    outcome(v, s, framework, "points78");
    outcome(v, s, framework, "psed_cll_secure");
    v.add(framework.definesAverage(Framework.AVERAGE_POINT_SCORE) ? s.averagePointScore() : null);
    v.add(s.medianPointScore());
    v.add(s.lowestNumber());
    v.add(s.lowestAveragePointScore());
    v.add(s.inequalityGapPercent());
    outcome(v, s, framework, "all_goals_expected");
    outcome(v, s, framework, "com_lit_expected");
    v.add(framework.definesAverage(Framework.AVERAGE_GOALS_EXPECTED) ? s.averageSecureResults() : null);
    return v;
  }

  private static void outcome(List<Object> values, CohortStatistics s, Framework framework, String name) {
    int o = framework.outcomeNames().indexOf(name);
    values.add(o < 0 ? null : s.outcomes().length == 0 ? 0L : s.outcomes()[o]);
    values.add(o < 0 ? null : s.outcomes().length == 0 ? null : s.outcomePercent(o));
  }
}
