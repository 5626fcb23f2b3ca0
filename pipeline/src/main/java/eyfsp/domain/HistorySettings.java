package eyfsp.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of yearly results (conf {@code history}): the assessment frameworks by year, the
 * measures it holds, which source wins when two give a value, and how published and pipeline
 * tables map onto its measures.
 */
public record HistorySettings(
    List<FrameworkPeriod> frameworks,
    Map<String, MeasureDefinition> measures,
    List<String> sourcePreference,
    PublishedTables published,
    PipelineGaps pipelineGaps) {

  /** The years a framework was in force; a null last year means it still is. */
  public record FrameworkPeriod(String code, String name, int firstAssessmentYear, Integer lastAssessmentYear) {
    public boolean covers(int year) {
      return year >= firstAssessmentYear && (lastAssessmentYear == null || year <= lastAssessmentYear);
    }
  }

  public record MeasureDefinition(String label, Unit unit, Better better) {}

  /** What a measure counts, which fixes the range a projection or target may take. */
  public enum Unit {
    PERCENT(0, 100), PERCENTAGE_POINTS(-100, 100), POINTS(0, Double.MAX_VALUE), CHILDREN(0, Double.MAX_VALUE);

    private final double lowest;
    private final double highest;

    Unit(double lowest, double highest) {
      this.lowest = lowest;
      this.highest = highest;
    }

    public double clamp(double value) {
      return Math.max(lowest, Math.min(highest, value));
    }

    public double lowest() {
      return lowest;
    }

    public double highest() {
      return highest;
    }
  }

  /** Which way is good: HIGHER for GLD, LOWER for a gap, NEITHER for context such as FSM share. */
  public enum Better { HIGHER, LOWER, NEITHER }

  /**
   * Published tables: other names of indicator columns, breakdown columns of which only Total rows
   * are read, and shares drawn from a breakdown.
   */
  public record PublishedTables(Map<String, List<String>> columns, List<String> totalColumns, List<String> totalValues,
      List<Share> shares) {}

  /** measure = 100 x count_column of the row where column = group / count_column where column = total. */
  public record Share(String measure, String column, String group, String total, String countColumn) {}

  /** The pipeline's gaps table: the gap's name in gapColumn, the value in valueColumn. */
  public record PipelineGaps(String gapColumn, String valueColumn, Map<String, List<String>> gaps) {}

  /** The framework in force in a summer year, if conf names one. */
  public Optional<FrameworkPeriod> frameworkOf(int year) {
    return frameworks.stream().filter(f -> f.covers(year)).findFirst();
  }

  public MeasureDefinition measure(String code) {
    MeasureDefinition m = measures.get(code);
    if (m == null) {
      throw new IllegalArgumentException("no measure " + code + " in history.measures");
    }
    return m;
  }
}
