package eyfsp.targets;

import eyfsp.trajectories.Place;

/**
 * A draft target for one LA, measure and target year, with everything it was drawn from and what
 * it means in children. A target that cannot be drafted has rule NOT_POSSIBLE, no draft, and the
 * reason in {@code reasoning}.
 *
 * @param rule the step of the target policy that decided it (TargetRule.Step), or NOT_POSSIBLE
 * @param benchmarkUsed which benchmark the ambition step closed on, in words ("" when none)
 * @param expectedCohort the cohort the draft is read against: the latest one
 * @param additionalChildren more children reaching the measure than at the latest rate, for that cohort
 * @param lowest20Needed the lowest-20% average point score the draft gap needs, the median held
 */
public record DraftTarget(
    Place place,
    String measure,
    String framework,
    int targetYear,
    int baselineYear,
    Double baseline,
    Double trendSlope,
    int trendYears,
    Double projection,
    Double projectionLower,
    Double projectionUpper,
    Double neighbourBenchmark,
    Double nationalBenchmark,
    String benchmarkUsed,
    Double draft,
    String rule,
    String reasoning,
    Double expectedCohort,
    Long additionalChildren,
    Double medianPointScore,
    Double lowest20AveragePointScore,
    Double lowest20Needed,
    Double lowest20Rise) {

  public static final String NOT_POSSIBLE = "NOT_POSSIBLE";

  public boolean drafted() {
    return draft != null;
  }

  static DraftTarget notPossible(Place place, String measure, String framework, int targetYear, int baselineYear,
      String reason) {
    return new DraftTarget(place, measure, framework, targetYear, baselineYear, null, null, 0, null, null, null, null,
        null, "", null, NOT_POSSIBLE, reason, null, null, null, null, null, null);
  }
}
