package eyfsp.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Newcombe's hybrid score interval against the worked examples of his 1998 paper (Table II, method 10). */
class ProportionDifferenceTest {

  private static void interval(long x1, long n1, long x2, long n2, double lower, double upper) {
    ProportionDifference.Interval i = ProportionDifference.newcombe(x1, n1, x2, n2, ProportionDifference.Z_95);
    assertThat(i.lower()).as(x1 + "/" + n1 + " - " + x2 + "/" + n2 + " lower").isCloseTo(lower, within(0.00005));
    assertThat(i.upper()).as(x1 + "/" + n1 + " - " + x2 + "/" + n2 + " upper").isCloseTo(upper, within(0.00005));
  }

  @Test
  void matchesNewcombesExamples() {
    interval(56, 70, 48, 80, 0.0524, 0.3339);
    interval(9, 10, 3, 10, 0.1705, 0.8090);
    interval(6, 7, 2, 7, 0.0582, 0.8062);
    interval(5, 56, 0, 29, -0.0381, 0.1926);
  }

  @Test
  void staysWithinTheRangeOfADifferenceForAGroupOfOne() {
    // 1/1 - 0/1: each Wilson interval is (0.2065, 1) and (0, 0.7935); the difference 1 lies in (0.2065 - ..., 1].
    ProportionDifference.Interval i = ProportionDifference.newcombe(1, 1, 0, 1, ProportionDifference.Z_95);
    assertThat(i.upper()).isEqualTo(1.0);
    assertThat(i.lower()).isGreaterThan(-1.0).isLessThan(1.0);
    ProportionDifference.Interval w = ProportionDifference.wilson(0, 1, ProportionDifference.Z_95);
    assertThat(w.lower()).isEqualTo(0.0);
    assertThat(w.upper()).isCloseTo(0.79345, within(0.00001));
  }
}
