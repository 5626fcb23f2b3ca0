package eyfsp.domain;

import java.util.List;
import java.util.Map;

/**
 * The rule that drafts statutory targets (conf {@code targets}; domain page §4). The steps are in
 * eyfsp.targets.TargetRule; every draft names the step that decided it.
 */
public record TargetPolicy(
    int yearsAhead,
    List<String> measures,
    Ambition ambition,
    boolean atLeastBaseline,
    Map<String, Double> maxYearlyChange,
    Map<String, NationalAmbition> nationalAmbition,
    int decimals) {

  /** What the ambition step closes on, which neighbour quantile, and what share of the distance. */
  public record Ambition(Benchmark benchmark, double neighbourQuantile, double share) {}

  public enum Benchmark { NEIGHBOURS, NATIONAL, MORE_AMBITIOUS }

  /** A national aim: this value by this summer year. */
  public record NationalAmbition(double value, int byYear) {}
}
