package eyfsp.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An assessment framework (conf {@code frameworks}): the years it was in force, its results (scales
 * or goals) grouped into areas of learning, their values, what a child's total is, the good level of
 * development and the other outcomes it counts, and the averages it defines (domain page §1,
 * contract "Three profiles, one pipeline").
 *
 * @param lastAssessmentYear null while the framework is still in force
 * @param result what a result is called: "scale" or "goal"
 * @param valueNames what each value is called, from minScore up (emerging, expected ...); null
 *     where values are plain scores
 * @param outcomes the children counted as {@code <name>_number} and {@code _percent}, in order
 * @param averages which of {@code average_point_score} and {@code average_goals_expected} it defines
 */
public record Framework(
    String code,
    String name,
    int firstAssessmentYear,
    Integer lastAssessmentYear,
    String result,
    int minScore,
    int maxScore,
    List<String> valueNames,
    int secureScore,
    Total total,
    List<String> notAssessedCodes,
    List<Area> areas,
    OutcomeRule goodLevelOfDevelopment,
    Map<String, OutcomeRule> outcomes,
    List<String> averages) implements Serializable {

  /**
   * What a child's total is: the sum of the scores (13 scales 0-117, 17 goals 17-51), or the number
   * of results at the secure score or more (the 2021 goals: goals at expected, 0-17).
   */
  public enum Total { SUM_OF_SCORES, RESULTS_AT_SECURE }

  public static final String AVERAGE_POINT_SCORE = "average_point_score";
  public static final String AVERAGE_GOALS_EXPECTED = "average_goals_expected";

  public record Scale(String code, String name) implements Serializable {}

  public record Area(String code, String name, List<Scale> scales) implements Serializable {}

  /** Result codes in the framework's order (DA, SD, ED, LCT, ... for the 13-scale profile). */
  public List<String> scaleCodes() {
    return areas.stream().flatMap(a -> a.scales().stream()).map(Scale::code).toList();
  }

  public int scaleCount() {
    return areas.stream().mapToInt(a -> a.scales().size()).sum();
  }

  /** The highest total a child can have. */
  public int maxTotal() {
    return total == Total.SUM_OF_SCORES ? scaleCount() * maxScore : scaleCount();
  }

  /** A total from the child's scores, one per result in framework order. */
  public int totalOf(int[] scores) {
    int sum = 0;
    for (int score : scores) {
      sum += total == Total.SUM_OF_SCORES ? score : score >= secureScore ? 1 : 0;
    }
    return sum;
  }

  /**
   * Whether a total of 0 is an all-zero profile (0 on every result, which the inequality-gap
   * conventions may leave out): only where 0 is a score and the total adds them up.
   */
  public boolean zeroTotalIsAllZeroProfile() {
    return minScore == 0 && total == Total.SUM_OF_SCORES;
  }

  /** The areas of learning of more than one result, in order: those with an "All" row of their own. */
  public List<Area> areasOfSeveralScales() {
    return areas.stream().filter(a -> a.scales().size() > 1).toList();
  }

  public Area area(String code) {
    return areas.stream()
        .filter(a -> a.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no area of learning " + code + " in framework " + this.code));
  }

  /** The positions (in {@link #scaleCodes()}) of the results of some areas. */
  public int[] positionsOf(List<String> areaCodes) {
    List<String> codes = scaleCodes();
    return areaCodes.stream().flatMap(a -> area(a).scales().stream()).mapToInt(s -> codes.indexOf(s.code())).toArray();
  }

  public boolean coversYear(int assessmentYear) {
    return assessmentYear >= firstAssessmentYear && (lastAssessmentYear == null || assessmentYear <= lastAssessmentYear);
  }

  /** The column counting results of a value: {@code expected_number}, or {@code score_6_number}. */
  public String valueColumn(int value) {
    return (valueNames == null ? "score_" + value : valueNames.get(value - minScore)) + "_number";
  }

  /** The outcome names in order. */
  public List<String> outcomeNames() {
    return new ArrayList<>(outcomes.keySet());
  }

  public boolean definesAverage(String average) {
    return averages.contains(average);
  }

  /** The not-assessed codes in upper case: a code counts in any case, as census codes do. */
  public Set<String> notAssessedCodeSet() {
    return notAssessedCodes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** "2002/03 to 2011/12", or "from 2021/22". */
  public String years() {
    return lastAssessmentYear == null ? "from " + AcademicYear.label(firstAssessmentYear)
        : AcademicYear.label(firstAssessmentYear) + " to " + AcademicYear.label(lastAssessmentYear);
  }
}
