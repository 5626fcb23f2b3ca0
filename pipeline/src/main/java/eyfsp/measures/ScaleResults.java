package eyfsp.measures;

import eyfsp.domain.Framework;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Results on each scale of the valid cohort (domain page §3): mean score, how many and what
 * percentage score the secure score (6) or more, and how many reach each score 0-9. An area of
 * learning with more than one scale has a row of its own ({@code scale} "All scales"): its mean area
 * total and how many are secure on every scale of the area; an area of one scale is that scale's row.
 */
public final class ScaleResults {

  public static final String NAME = "scales";
  public static final String TITLE = "EYFSP results by scale and area of learning";
  public static final String AREA = "area_of_learning";
  public static final String SCALE = "scale";
  public static final String ALL_SCALES = "All scales";

  private ScaleResults() {}

  public static String scoreColumn(int score) {
    return "score_" + score + "_number";
  }

  public static List<Indicator> indicators(Framework framework) {
    List<String> scores = new ArrayList<>();
    List<String> secureScores = new ArrayList<>();
    for (int score = framework.minScore(); score <= framework.maxScore(); score++) {
      scores.add(scoreColumn(score));
      if (score >= framework.secureScore()) {
        secureScores.add(scoreColumn(score));
      }
    }
    List<Indicator> indicators = new ArrayList<>(List.of(
        Indicator.count("children_number", "Children with a valid result on every scale").sumOf(scores),
        Indicator.average("average_score", "Average score on the scale (on an area: average area total)",
            "children_number"),
        Indicator.count("secure_number", "Children scoring " + framework.secureScore()
            + " or more (on an area: on every scale of it)", "children_number").sumOf(secureScores),
        Indicator.percent("secure_percent", "Percentage scoring " + framework.secureScore() + " or more",
            "secure_number", "children_number")));
    for (int score = framework.minScore(); score <= framework.maxScore(); score++) {
      indicators.add(Indicator.count(scoreColumn(score), "Children scoring " + score, "children_number"));
    }
    return indicators;
  }

  /**
   * From each LA's counts of its valid cohort by scale and score (and by whether secure on every
   * scale of each area of several scales); Regional and National rows add up their LAs' counts.
   * A place whose children are all not assessed has rows of zeros, as in the attainment table.
   */
  public static Table table(List<LocalCohort> cohorts, List<GeographicLevel> levels, Framework framework) {
    int items = framework.scaleCodes().size() + framework.areasOfSeveralScales().size();
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      LocalCohorts.byPlace(cohorts, level, () -> new long[items][framework.maxScore() + 1],
          (counts, c) -> {
            for (int item = 0; item < counts.length; item++) {
              for (int value = 0; value < counts[item].length; value++) {
                counts[item][value] += c.scaleCounts()[item][value];
              }
            }
          }).forEach((place, counts) -> rows.addAll(rows(place, counts, framework)));
    }
    List<Indicator> indicators = indicators(framework);
    return new Table(NAME, TITLE, schema(indicators), rows, indicators);
  }

  /**
   * The scale and area rows of one place, from its counts: for each scale, children by score; then
   * for each area of several scales, children not secure on all of it and children secure.
   */
  static List<Row> rows(List<Object> place, long[][] counts, Framework framework) {
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
        long[] byScore = Arrays.copyOfRange(counts[s], framework.minScore(), framework.maxScore() + 1);
        long secure = Arrays.stream(counts[s], framework.secureScore(), framework.maxScore() + 1).sum();
        rows.add(row(place, a.name(), scale.name(), n, points[s], secure, byScore.length, byScore));
        areaPoints += points[s];
      }
      if (a.scales().size() > 1) {
        rows.add(row(place, a.name(), ALL_SCALES, n, areaPoints, counts[area++][1],
            framework.maxScore() - framework.minScore() + 1, null));
      }
    }
    return rows;
  }

  /** A row; an area's has no count by score (null, shown as z). */
  private static Row row(List<Object> place, String area, String scale, long n, long points, long secure,
      int scores, long[] byScore) {
    List<Object> values = new ArrayList<>(place);
    values.add(area);
    values.add(scale);
    values.add(n);
    values.add(n == 0 ? null : (double) points / n);
    values.add(secure);
    values.add(n == 0 ? null : (double) (100 * secure) / n);
    for (int i = 0; i < scores; i++) {
      values.add(byScore == null ? null : byScore[i]);
    }
    return RowFactory.create(values.toArray());
  }

  private static StructType schema(List<Indicator> indicators) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(AREA, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SCALE, DataTypes.StringType, false));
    for (Indicator i : indicators) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType, true));
    }
    return DataTypes.createStructType(fields);
  }
}
