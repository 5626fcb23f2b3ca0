package eyfsp.measures;

import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Results on each scale or goal of the valid cohort (domain page §3): mean score, how many and what
 * percentage are at the secure score or more (6+ on a scale, at least expected on a goal), and how
 * many reach each value (score_0 ... score_9 on a scale; emerging, expected, exceeding on a goal). An
 * area of learning with more than one result has a row of its own ({@code scale} "All scales" or
 * "All goals"): its mean area total and how many are secure on every result of it; an area of one
 * result is that result's row. Each year is read under its own framework ({@code framework}).
 */
public final class ScaleResults {

  public static final String NAME = "scales";
  public static final String TITLE = "EYFSP results by scale or goal and area of learning";
  public static final String AREA = "area_of_learning";
  public static final String SCALE = "scale";

  private ScaleResults() {}

  /** The row of an area of several results: "All scales", "All goals". */
  public static String all(Framework framework) {
    return "All " + framework.result() + "s";
  }

  /** The indicators: the counts by value of every framework, each framework's values once. */
  public static List<Indicator> indicators(List<Framework> frameworks) {
    Set<String> values = new LinkedHashSet<>();
    Set<String> secureValues = new LinkedHashSet<>();
    for (Framework f : frameworks) {
      for (int value = f.minScore(); value <= f.maxScore(); value++) {
        values.add(f.valueColumn(value));
        if (value >= f.secureScore()) {
          secureValues.add(f.valueColumn(value));
        }
      }
    }
    List<Indicator> indicators = new ArrayList<>(List.of(
        Indicator.count("children_number", "Children with a valid result on every scale or goal")
            .sumOf(List.copyOf(values)),
        Indicator.average("average_score", "Average score on the scale or goal (on an area: average area total)",
            "children_number"),
        Indicator.count("secure_number", "Children at the secure score or more: 6+ on a scale, expected on a goal"
            + " (an area: on all)", "children_number").sumOf(List.copyOf(secureValues)),
        Indicator.percent("secure_percent", "Percentage at the secure score or more", "secure_number",
            "children_number")));
    for (String value : values) {
      String name = value.replace("_number", "").replace("score_", "scoring ");
      indicators.add(Indicator.count(value, "Children " + name, "children_number").ofSomeFrameworks());
    }
    return indicators;
  }

  /**
   * From each LA's counts of its valid cohort by result and value (and by whether secure on every
   * result of each area of several); Regional and National rows add up their LAs' counts. A place
   * whose children are all not assessed has rows of zeros, as in the attainment table.
   */
  public static Table table(List<LocalCohort> cohorts, List<GeographicLevel> levels, Settings settings) {
    List<Indicator> indicators = indicators(settings.frameworks());
    List<String> valueColumns = indicators.subList(4, indicators.size()).stream().map(Indicator::name).toList();
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      // The sum of a place's counts is held as the one element of an array: its size is its year's framework's.
      LocalCohorts.byPlace(cohorts, level, () -> new long[1][][], ScaleResults::add).forEach((place, sum) ->
          rows.addAll(rows(place, sum[0], Geography.framework(settings, place), valueColumns)));
    }
    return new Table(NAME, TITLE, schema(indicators), rows, indicators);
  }

  /** Adds an LA's counts into the place's. */
  private static void add(long[][][] sum, LocalCohort c) {
    long[][] counts = c.scaleCounts();
    if (sum[0] == null) {
      sum[0] = new long[counts.length][];
      for (int i = 0; i < counts.length; i++) {
        sum[0][i] = counts[i].clone();
      }
      return;
    }
    for (int item = 0; item < counts.length; item++) {
      for (int value = 0; value < counts[item].length; value++) {
        sum[0][item][value] += counts[item][value];
      }
    }
  }

  /**
   * The result and area rows of one place, from its counts: for each result, children by value;
   * then for each area of several results, children not secure on all of it and children secure.
   */
  static List<Row> rows(List<Object> place, long[][] counts, Framework framework, List<String> valueColumns) {
    List<String> scales = framework.scaleCodes();

    long n = Arrays.stream(counts[0]).sum();
    long[] points = new long[scales.size()];
    for (int s = 0; s < scales.size(); s++) {
      for (int score = 0; score < counts[s].length; score++) {
        points[s] += score * counts[s][score];
      }
    }
    List<Row> rows = new ArrayList<>();
    int area = scales.size();
    for (Framework.Area a : framework.areas()) {
      long areaPoints = 0;
      for (Framework.Scale scale : a.scales()) {
        int s = scales.indexOf(scale.code());
        Long[] byValue = new Long[valueColumns.size()];
        for (int value = framework.minScore(); value <= framework.maxScore(); value++) {
          byValue[valueColumns.indexOf(framework.valueColumn(value))] = counts[s][value];
        }
        long secure = Arrays.stream(counts[s], framework.secureScore(), framework.maxScore() + 1).sum();
        rows.add(row(place, framework, a.name(), scale.name(), n, points[s], secure, byValue));
        areaPoints += points[s];
      }
      if (a.scales().size() > 1) {
        rows.add(row(place, framework, a.name(), all(framework), n, areaPoints, counts[area++][1],
            new Long[valueColumns.size()]));
      }
    }
    return rows;
  }

  /** A row; an area's has no count by value (null, shown as z), nor has a value its framework lacks. */
  private static Row row(List<Object> place, Framework framework, String area, String scale, long n, long points,
      long secure, Long[] byValue) {
    List<Object> values = new ArrayList<>(place);
    values.add(framework.code());
    values.add(area);
    values.add(scale);
    values.add(n);
    values.add(n == 0 ? null : (double) points / n);
    values.add(secure);
    values.add(n == 0 ? null : (double) (100 * secure) / n);
    values.addAll(Arrays.asList(byValue));
    return RowFactory.create(values.toArray());
  }

  private static StructType schema(List<Indicator> indicators) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(Attainment.FRAMEWORK, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(AREA, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SCALE, DataTypes.StringType, false));
    for (Indicator i : indicators) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType, true));
    }
    return DataTypes.createStructType(fields);
  }
}
