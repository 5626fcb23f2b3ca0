package eyfsp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.audit.FeasibleIntervals.Interval;
import eyfsp.audit.FeasibleIntervals.Objective;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Which linear programs the intervals take: a side is solved only when what is known of the other
 * does not already decide, and a side a seen point puts at the bound of the box is not solved at all.
 * Two or fewer objectives draw no random solutions, so every program here is counted by hand.
 */
class FeasibleIntervalsTest {

  private static Model.Constraint constraint(int[] variables, double[] coefficients, double lower, double upper) {
    return new Model.Constraint(variables, coefficients, lower, upper, "test", List.of());
  }

  private static Objective variable(int v) {
    return new Objective(new int[] {v}, new double[] {1});
  }

  /** x0 within [1, 10]: one unknown, its own bounds. */
  private static final List<Model.Constraint> ONE_TO_TEN = List.of(
      constraint(new int[] {0}, new double[] {1}, 1, 10));

  @Test
  void theMaximumIsNotSolvedWhenTheMinimumAlreadyDecides() {
    // min x0 = 1 (one program); [1, 1] with a low of at most 2 is enough: no maximum.
    FeasibleIntervals lp = new FeasibleIntervals(1, ONE_TO_TEN);
    BiPredicate<Integer, Interval> lowEnough = (o, interval) -> interval.low() <= 2;
    Interval[] intervals = lp.solve(new int[] {0}, ONE_TO_TEN, null, List.of(variable(0)), lowEnough);

    assertThat(lp.solved()).as("programs solved").isEqualTo(1);
    assertThat(intervals[0].low()).as("the exact minimum").isEqualTo(1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(intervals[0].exact()).as("an inner interval, the maximum not solved").isFalse();
  }

  @Test
  void theMaximumIsSolvedWhenTheMinimumDoesNotDecide() {
    // min x0 = 1, and [1, 1] does not reach 8: max x0 = 10 is solved too (two programs).
    FeasibleIntervals lp = new FeasibleIntervals(1, ONE_TO_TEN);
    BiPredicate<Integer, Interval> highEnough = (o, interval) -> interval.high() >= 8;
    Interval[] intervals = lp.solve(new int[] {0}, ONE_TO_TEN, null, List.of(variable(0)), highEnough);

    assertThat(lp.solved()).as("programs solved").isEqualTo(2);
    assertThat(intervals[0]).as("the exact interval").isEqualTo(new Interval(1, 10, true));
  }

  @Test
  void aMinimumSeenAtZeroIsNotSolved() {
    // x0 + x1 = 10. x1's minimum (x1 = 0, x0 = 10) and maximum (x1 = 10, x0 = 0) are two programs, and
    // show x0 at 0 and 10; a width of 20 is never enough, so x0's maximum is a third program, but its
    // minimum is 0, the least any unknown can be: not solved.
    List<Model.Constraint> sum = List.of(constraint(new int[] {0, 1}, new double[] {1, 1}, 10, 10));
    FeasibleIntervals lp = new FeasibleIntervals(2, sum);
    BiPredicate<Integer, Interval> never = (o, interval) -> interval.high() - interval.low() >= 20;
    Interval[] intervals = lp.solve(new int[] {0, 1}, sum, null, List.of(variable(1), variable(0)), never);

    assertThat(lp.solved()).as("programs solved").isEqualTo(3);
    assertThat(intervals[0]).as("x1").isEqualTo(new Interval(0, 10, true));
    assertThat(intervals[1]).as("x0").isEqualTo(new Interval(0, 10, true));
  }

  @Test
  void noMoreSolutionsAreDrawnOnceWhatIsSeenIsEnough() {
    // Three counts, each within [0, 10]: all as high as they go together is (10, 10, 10), all as low
    // (0, 0, 0); every count is then seen over a width of 10, enough: two programs, no random ones.
    List<Model.Constraint> tens = List.of(
        constraint(new int[] {0}, new double[] {1}, 0, 10),
        constraint(new int[] {1}, new double[] {1}, 0, 10),
        constraint(new int[] {2}, new double[] {1}, 0, 10));
    FeasibleIntervals lp = new FeasibleIntervals(3, tens);
    BiPredicate<Integer, Interval> wide = (o, interval) -> interval.high() - interval.low() >= 2;
    Interval[] intervals = lp.solve(new int[] {0, 1, 2}, tens, null, List.of(variable(0), variable(1), variable(2)),
        wide);

    assertThat(lp.solved()).as("programs solved").isEqualTo(2);
    for (Interval interval : intervals) {
      assertThat(interval.high() - interval.low()).as("the width seen").isEqualTo(10, org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}
