package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.TargetPolicy;
import eyfsp.trajectories.Trajectory;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a draft target is measured against: the LA's neighbours' quantile of the baseline results,
 * and the national projection or the path to a national ambition; the target policy picks one.
 */
final class Benchmarks {

  /**
   * Both benchmarks (null where there is none) and the one the policy chose, named in words.
   *
   * @param chosenName the chosen kind of benchmark in words, named even when it could not be had
   */
  record Chosen(Double neighbours, Double national, Double chosen, String chosenName) {}

  private Benchmarks() {}

  /**
   * An LA's benchmarks for a measure.
   *
   * @param baselines every LA's baseline-year values, by LA number and measure
   * @param national the national trajectory of the measure, or null
   */
  static Chosen of(TargetPolicy policy, Better better, DraftPlan plan, String laCode, String measure,
      Map<String, Map<String, Double>> baselines, Neighbours neighbours, Trajectory national) {
    Double neighbourBenchmark = null;
    List<Double> neighbourValues = neighbours.of(laCode).stream()
        .map(n -> baselines.getOrDefault(n.laCode(), Map.of()).get(measure)).filter(Objects::nonNull).toList();
    double quantile = better == Better.LOWER
        ? 1 - policy.ambition().neighbourQuantile() : policy.ambition().neighbourQuantile();
    if (!neighbourValues.isEmpty()) {
      neighbourBenchmark = Quantiles.quantile(neighbourValues, quantile);
    }
    String neighbourName = "the neighbours' " + quantileName(quantile);
    TargetPolicy.NationalAmbition ambition = policy.nationalAmbition().get(measure);
    Double nationalBenchmark = national(ambition, national, plan);
    String nationalName = ambition == null ? "the national projection"
        : "the national path to " + TargetRule.f(ambition.value()) + " by " + AcademicYear.label(ambition.byYear());
    return switch (policy.ambition().benchmark()) {
      case NEIGHBOURS -> new Chosen(neighbourBenchmark, nationalBenchmark, neighbourBenchmark, neighbourName);
      case NATIONAL -> new Chosen(neighbourBenchmark, nationalBenchmark, nationalBenchmark, nationalName);
      case MORE_AMBITIOUS -> {
        boolean nationalWins = nationalBenchmark != null && (neighbourBenchmark == null
            || Quantiles.isBetter(nationalBenchmark, neighbourBenchmark, better));
        yield new Chosen(neighbourBenchmark, nationalBenchmark, nationalWins ? nationalBenchmark : neighbourBenchmark,
            nationalWins ? nationalName : neighbourName);
      }
    };
  }

  /**
   * With a national ambition: the straight path from the latest national result to the ambition,
   * at the target year (the ambition itself from its year on). Without: the national projection.
   */
  static Double national(TargetPolicy.NationalAmbition ambition, Trajectory national, DraftPlan plan) {
    boolean current = national != null && national.latest().year() == plan.baselineYear();
    if (ambition == null) {
      return current ? national.projection(plan.targetYear()).orElseThrow().value() : null;
    }
    if (!current || ambition.byYear() <= plan.targetYear()) {
      return ambition.value();
    }
    double start = national.latest().value();
    return start + (ambition.value() - start) * (plan.targetYear() - plan.baselineYear())
        / (ambition.byYear() - plan.baselineYear());
  }

  private static String quantileName(double q) {
    return q == 0.75 ? "upper quartile" : q == 0.25 ? "lower quartile" : q == 0.5 ? "median"
        : TargetRule.f(q) + " quantile";
  }
}
