package eyfsp.domain;

import java.util.List;
import java.util.Map;

/**
 * The history of yearly results (conf {@code history}): the measures it holds, which source wins
 * when two give a value, and how published and pipeline tables map onto its measures. The
 * frameworks by year are the settings' own ({@link Settings#frameworkOf}).
 */
public record HistorySettings(
    Map<String, MeasureDefinition> measures,
    List<String> sourcePreference,
    PublishedTables published,
    PipelineGaps pipelineGaps) {

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

  public MeasureDefinition measure(String code) {
    MeasureDefinition m = measures.get(code);
    if (m == null) {
      throw new IllegalArgumentException("no measure " + code + " in history.measures");
    }
    return m;
  }
}
