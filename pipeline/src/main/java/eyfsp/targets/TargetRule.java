package eyfsp.targets;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.TargetPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The target policy's rule (conf {@code targets}), for one LA, measure and target year. Worked in
 * the direction of ambition (values negated where lower is better, so "more" always means "more
 * ambitious"):
 *
 * <ol>
 *   <li>start from the projection P; for a gap (lower is better) from a latest result of 0 or
 *       more, from max(P, 0): a gap target narrows a gap, never reverses it;</li>
 *   <li>where the benchmark Q is more ambitious, add share x (Q - P): AMBITION_STEP, else PROJECTION;</li>
 *   <li>if that is short of the latest result B and at_least_baseline: B (BASELINE);</li>
 *   <li>if it is beyond B + max_yearly_change x years, taken at {@code decimals} so that rounding
 *       never passes it: that limit (YEARLY_CAP), unless P itself is beyond it, when P stands
 *       (PROJECTION_BEYOND_CAP): a draft never falls short of its projection;</li>
 *   <li>a gap draft that would go below 0 is 0 (GAP_CLOSED);</li>
 *   <li>within the measure's range, rounded to {@code decimals} towards ambition.</li>
 * </ol>
 */
public final class TargetRule {

  /** The step that decided a draft. */
  public enum Step { PROJECTION, AMBITION_STEP, BASELINE, YEARLY_CAP, PROJECTION_BEYOND_CAP, GAP_CLOSED }

  /**
   * A draft: its value (rounded), the step that decided it, the working in words, and the
   * projection the rule started from (the projection, or 0 for a gap it would have reversed).
   */
  public record Decision(double value, Step step, String working, double projection) {}

  private TargetRule() {}

  /**
   * @param benchmark the benchmark's value, or null when there is none
   * @param benchmarkName what the benchmark is, for the working ("the neighbours' upper quartile")
   */
  public static Decision decide(Better better, Unit unit, double baseline, double projection, Double benchmark,
      String benchmarkName, int yearsAhead, TargetPolicy policy, double maxYearlyChange) {
    double sign = better == Better.LOWER ? -1 : 1;
    // A gap target narrows a gap, never reverses it: from a gap of 0 or more, neither the
    // projection the draft may not fall short of nor the draft goes below 0 (Luton's deprived-area
    // gap projected at -1.13 would otherwise be a target of -1.2, the deprived areas ahead).
    boolean narrowsOnly = better == Better.LOWER && baseline >= 0;
    double floor = narrowsOnly ? Math.max(projection, 0) : projection;
    double b = sign * baseline;
    double p = sign * floor;
    StringBuilder working = new StringBuilder();
    if (floor != projection) {
      working.append(String.format(Locale.ROOT, "the projection %s crosses zero, but a gap target narrows a gap and "
          + "never reverses it: from 0; ", f(projection)));
    }
    double candidate = p;
    Step step = Step.PROJECTION;
    if (benchmark == null) {
      working.append("no benchmark: no ambition step");
    } else if (sign * benchmark > p) {
      double add = policy.ambition().share() * (sign * benchmark - p);
      candidate = p + add;
      step = add > 0 ? Step.AMBITION_STEP : Step.PROJECTION;
      working.append(String.format(Locale.ROOT, "%s %s is %s %s than the projection; %s of the distance %s %s",
          benchmarkName, f(benchmark), f(Math.abs(benchmark - floor)), better == Better.LOWER ? "lower" : "higher",
          f(policy.ambition().share()), better == Better.LOWER ? "takes off" : "adds", f(add)));
    } else {
      working.append(String.format(Locale.ROOT, "%s %s is no more ambitious than the projection: no ambition step",
          benchmarkName, f(benchmark)));
    }
    if (policy.atLeastBaseline() && candidate < b) {
      candidate = b;
      step = Step.BASELINE;
      working.append("; held at the latest result, as a draft never goes backwards");
    }
    // The cap as a draft can state it: the most ambitious value at `decimals` within it, so that
    // rounding towards ambition never passes it (Bradford: a cap of 41.12 is 41.1, not 41.2).
    double exactLimit = b + maxYearlyChange * yearsAhead;
    double limit = withinCap(exactLimit, policy.decimals());
    if (candidate > limit) {
      if (p > limit) {
        candidate = p;
        step = Step.PROJECTION_BEYOND_CAP;
        working.append(String.format(Locale.ROOT,
            "; the projection is beyond the %s a year cap (%s%s) but a draft is never less ambitious than it",
            f(maxYearlyChange), f(sign * exactLimit),
            limit != exactLimit ? String.format(Locale.ROOT, ", %s at %d dp", f(sign * limit), policy.decimals())
                : ""));
      } else {
        candidate = limit;
        step = Step.YEARLY_CAP;
        working.append(String.format(Locale.ROOT, "; capped at %s a year for %d year%s: %s", f(maxYearlyChange),
            yearsAhead, yearsAhead == 1 ? "" : "s", f(sign * exactLimit)));
        if (limit != exactLimit) {
          working.append(String.format(Locale.ROOT, ", %s at %d dp", f(sign * limit), policy.decimals()));
        }
      }
    }
    if (narrowsOnly && (floor != projection || sign * candidate < 0)) {
      candidate = 0;
      step = Step.GAP_CLOSED;
      working.append("; a gap target narrows a gap and never reverses it: 0");
    }
    double value = unit.clamp(sign * towardsAmbition(candidate, policy.decimals()));
    working.append(String.format(Locale.ROOT, "; rounded %s to %d dp", better == Better.LOWER ? "down" : "up",
        policy.decimals()));
    return new Decision(value == 0 ? 0 : value, step, working.toString(), floor);
  }

  /**
   * The cap at the given decimals, rounded back from ambition (down in the direction of ambition),
   * ignoring floating-point dust as {@link #towardsAmbition} does.
   */
  static double withinCap(double limit, int decimals) {
    BigDecimal dusted = BigDecimal.valueOf(limit).setScale(9, RoundingMode.HALF_UP);
    return dusted.setScale(decimals, RoundingMode.FLOOR).doubleValue();
  }

  /**
   * Rounds up to the given decimals (in the direction of ambition), ignoring floating-point dust
   * below 1e-9 so that 71.2 stays 71.2 rather than becoming 71.3.
   */
  static double towardsAmbition(double value, int decimals) {
    BigDecimal dusted = BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP);
    return dusted.setScale(decimals, RoundingMode.CEILING).doubleValue();
  }

  /** A number for the working: up to 2 decimals. */
  static String f(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
