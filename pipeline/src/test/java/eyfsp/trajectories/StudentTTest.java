package eyfsp.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Student's t quantiles against closed forms and printed tables. */
class StudentTTest {

  @Test
  void matchesTheClosedFormsForOneAndTwoDegreesOfFreedom() {
    // df 1 is the Cauchy distribution: t = tan(pi (p - 1/2)); tan(0.475 pi) = 12.7062047362.
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062047362, within(1e-8));
    // df 2: t = (2p - 1) / sqrt(2 p (1 - p)) = 0.95 / sqrt(0.04875) = 4.3026527297.
    assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.3026527297, within(1e-8));
  }

  @Test
  void matchesPrintedTables() {
    // Two-sided 95% (p = 0.975) and one-sided 95% (p = 0.95) values of any t table.
    assertThat(StudentT.quantile(0.975, 3)).isCloseTo(3.182446, within(1e-6));
    assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228139, within(1e-6));
    assertThat(StudentT.quantile(0.95, 4)).isCloseTo(2.131847, within(1e-6));
    assertThat(StudentT.quantile(0.995, 5)).isCloseTo(4.032143, within(1e-6));
  }

  @Test
  void isSymmetricAboutZero() {
    assertThat(StudentT.quantile(0.025, 3)).isCloseTo(-3.182446, within(1e-6));
    assertThat(StudentT.cdf(0, 7)).isCloseTo(0.5, within(1e-12));
    assertThat(StudentT.cdf(-2.228139, 10)).isCloseTo(0.025, within(1e-7));
  }
}
