package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.TargetPolicy;
import eyfsp.targets.TargetRule.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each step of the target rule, for a measure where higher is better and one where lower is. */
class TargetRuleTest {

  // A quarter of the distance to the benchmark, never below the latest result, 1 dp; two years ahead.
  private static final TargetPolicy POLICY = new TargetPolicy(2, java.util.List.of("gld_percent"),
      new TargetPolicy.Ambition(TargetPolicy.Benchmark.NEIGHBOURS, 0.75, 0.25), true, Map.of(), Map.of(), 1);

  private static TargetRule.Decision gld(double baseline, double projection, Double benchmark) {
    return TargetRule.decide(Better.HIGHER, Unit.PERCENT, baseline, projection, benchmark, "the benchmark", 2, POLICY, 3);
  }

  private static TargetRule.Decision gap(double baseline, double projection, Double benchmark) {
    return TargetRule.decide(Better.LOWER, Unit.PERCENT, baseline, projection, benchmark, "the benchmark", 2, POLICY, 2);
  }

  @Test
  void higherIsBetter() {
    // Benchmark 71 below the projection 72: no step.
    assertThat(gld(70, 72, 71.0)).extracting("value", "step").containsExactly(72.0, Step.PROJECTION);
    assertThat(gld(70, 72, null).working()).startsWith("no benchmark: no ambition step");
    // 70 + 0.25 x (74 - 70) = 71; the cap allows 69 + 3 x 2 = 75.
    assertThat(gld(69, 70, 74.0)).extracting("value", "step").containsExactly(71.0, Step.AMBITION_STEP);
    // 70.01 + 0.25 x 4 = 71.01, rounded up to 71.1: never below what the rule gave.
    assertThat(gld(69, 70.01, 74.01).value()).isEqualTo(71.1);
    // Falling: 68 + 0.25 x (69 - 68) = 68.25, below the latest 70: held at 70.
    assertThat(gld(70, 68, 69.0)).extracting("value", "step").containsExactly(70.0, Step.BASELINE);
    // 61 + 0.25 x (85 - 61) = 67, beyond 60 + 3 x 2 = 66: capped.
    assertThat(gld(60, 61, 85.0)).extracting("value", "step").containsExactly(66.0, Step.YEARLY_CAP);
    // A projection of 68 is itself beyond the cap of 66: the draft keeps it.
    assertThat(gld(60, 68, 80.0)).extracting("value", "step").containsExactly(68.0, Step.PROJECTION_BEYOND_CAP);
    // Near the top: 99.97 + 0.25 x 0.03 = 99.9775, rounded up to 100.0 and no further.
    assertThat(gld(99.5, 99.97, 100.0).value()).isEqualTo(100.0);
  }

  @Test
  void lowerIsBetter() {
    // 32 - 0.25 x (32 - 28) = 31; the cap allows 33 - 2 x 2 = 29.
    assertThat(gap(33, 32, 28.0)).extracting("value", "step").containsExactly(31.0, Step.AMBITION_STEP);
    // 32.06 - 1 = 31.06, rounded down to 31.0.
    assertThat(gap(33, 32.06, 28.06).value()).isEqualTo(31.0);
    // A widening gap (31 from 30) and a benchmark behind it: held at the latest 30.
    assertThat(gap(30, 31, 31.5)).extracting("value", "step").containsExactly(30.0, Step.BASELINE);
    // 34 - 0.25 x 14 = 30.5, beyond 35 - 4 = 31: capped at 31.
    assertThat(gap(35, 34, 20.0)).extracting("value", "step").containsExactly(31.0, Step.YEARLY_CAP);
    // The projection 30 is already beyond the cap of 31: kept.
    assertThat(gap(35, 30, 20.0)).extracting("value", "step").containsExactly(30.0, Step.PROJECTION_BEYOND_CAP);
    assertThat(gap(33, 32, 28.0).working()).contains("the benchmark 28 is 4 lower than the projection")
        .endsWith("rounded down to 1 dp");
  }

  @Test
  void theCapHoldsAfterRounding() {
    // Latest 35.12: the cap allows 35.12 + 3 x 2 = 41.12, which at 1 dp is 41.1 (41.2 would pass it).
    // 40 + 0.25 x (60 - 40) = 45: capped at 41.1, not rounded up to 41.2.
    assertThat(gld(35.12, 40, 60.0)).extracting("value", "step").containsExactly(41.1, Step.YEARLY_CAP);
    assertThat(gld(35.12, 40, 60.0).working()).contains("capped at 3 a year for 2 years: 41.12, 41.1 at 1 dp");
    // 41 + 0.25 x (41.44 - 41) = 41.11, inside 41.12 but rounding up would give 41.2: 41.1.
    assertThat(gld(35.12, 41, 41.44)).extracting("value", "step").containsExactly(41.1, Step.YEARLY_CAP);
    // A projection of 41.11 is beyond the cap as a draft can state it (41.1): the projection stands, 41.2.
    assertThat(gld(35.12, 41.11, 45.0)).extracting("value", "step")
        .containsExactly(41.2, Step.PROJECTION_BEYOND_CAP);
    // Lower is better: 35.88 - 2 x 2 = 31.88, at 1 dp 31.9 (31.8 would pass it). 34 - 0.25 x 14 = 30.5: 31.9.
    assertThat(gap(35.88, 34, 20.0)).extracting("value", "step").containsExactly(31.9, Step.YEARLY_CAP);
    assertThat(TargetRule.withinCap(41.12, 1)).isEqualTo(41.1);
    assertThat(TargetRule.withinCap(41.2 - 1e-12, 1)).isEqualTo(41.2);
    assertThat(TargetRule.withinCap(-31.88, 1)).isEqualTo(-31.9);
  }

  @Test
  void aGapTargetNarrowsAGapAndNeverReversesIt() {
    // Luton's case: latest deprived-area gap 3.5 points, projected -1.13. The draft may not fall short
    // of its projection, but from a gap of 0 or more the projection it stands on is 0, and so is the draft.
    TargetRule.Decision luton = TargetRule.decide(Better.LOWER, Unit.PERCENTAGE_POINTS, 3.5, -1.13, null, "x", 2,
        POLICY, 2);
    assertThat(luton).extracting("value", "step", "projection").containsExactly(0.0, Step.GAP_CLOSED, 0.0);
    assertThat(luton.working()).startsWith("the projection -1.13 crosses zero, but a gap target narrows a gap and "
        + "never reverses it: from 0; ").contains("never reverses it: 0");
    // Projected 1, but neighbours ahead at -10: 1 - 0.25 x 11 = -1.75; the cap 3 - 2 x 2 = -1 takes it to -1,
    // which would reverse the gap: 0.
    assertThat(TargetRule.decide(Better.LOWER, Unit.PERCENTAGE_POINTS, 3, 1, -10.0, "x", 2, POLICY, 2))
        .extracting("value", "step", "projection").containsExactly(0.0, Step.GAP_CLOSED, 1.0);
    // A group already ahead (a gap of -2, projected -3) is not a gap to narrow: the rule as it was.
    assertThat(TargetRule.decide(Better.LOWER, Unit.PERCENTAGE_POINTS, -2, -3, null, "x", 2, POLICY, 2))
        .extracting("value", "step", "projection").containsExactly(-3.0, Step.PROJECTION, -3.0);
    // A projection at 0.4 stays: 0.4 (rounded down), no closing step.
    assertThat(gap(3, 0.4, null)).extracting("value", "step").containsExactly(0.4, Step.PROJECTION);
  }

  @Test
  void withoutTheBaselineFloorAFallingProjectionStands() {
    TargetPolicy noFloor = new TargetPolicy(2, POLICY.measures(), POLICY.ambition(), false, Map.of(), Map.of(), 1);
    assertThat(TargetRule.decide(Better.HIGHER, Unit.PERCENT, 70, 68, null, "x", 2, noFloor, 3))
        .extracting("value", "step").containsExactly(68.0, Step.PROJECTION);
  }

  @Test
  void roundsTowardsAmbitionIgnoringFloatingPointDust() {
    assertThat(TargetRule.towardsAmbition(71.2, 1)).isEqualTo(71.2);
    assertThat(TargetRule.towardsAmbition(71.2 + 1e-12, 1)).isEqualTo(71.2);
    assertThat(TargetRule.towardsAmbition(71.21, 1)).isEqualTo(71.3);
    assertThat(TargetRule.towardsAmbition(-31.06, 1)).isEqualTo(-31.0);
  }
}
