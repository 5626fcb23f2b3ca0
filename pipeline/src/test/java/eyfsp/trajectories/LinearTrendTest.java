package eyfsp.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordinary least squares and its prediction interval, worked by hand. */
class LinearTrendTest {

  // 2015..2019: 60, 62, 63, 66, 67. xbar = 2017, ybar = 63.6, Sxx = 4 + 1 + 0 + 1 + 4 = 10,
  // Sxy = (-2)(-3.6) + (-1)(-1.6) + 0 + (1)(2.4) + (2)(3.4) = 18, slope = 1.8.
  // Fitted 60.0, 61.8, 63.6, 65.4, 67.2; residuals 0, 0.2, -0.6, 0.6, -0.2; SSE = 0.8; s^2 = 0.8 / 3.
  private static final LinearTrend FIT =
      LinearTrend.fit(List.of(2015, 2016, 2017, 2018, 2019), List.of(60.0, 62.0, 63.0, 66.0, 67.0));

  @Test
  void fitsTheLineByLeastSquares() {
    assertThat(FIT.slope()).isCloseTo(1.8, within(1e-12));
    assertThat(FIT.meanYear()).isEqualTo(2017.0);
    assertThat(FIT.at(2017)).isCloseTo(63.6, within(1e-12));
    assertThat(FIT.at(2015)).isCloseTo(60.0, within(1e-12));
    assertThat(FIT.residualVariance()).isCloseTo(0.8 / 3, within(1e-12));
    assertThat(FIT.firstYear()).isEqualTo(2015);
    assertThat(FIT.lastYear()).isEqualTo(2019);
  }

  @Test
  void projectsWithAWideningPredictionInterval() {
    // 2021: 63.6 + 1.8 x 4 = 70.8; half width t(0.975; 3) s sqrt(1 + 1/5 + 16/10) = 3.182446 x sqrt(0.8/3 x 2.8)
    // = 3.182446 x 0.864099 = 2.749948.
    assertThat(FIT.at(2021)).isCloseTo(70.8, within(1e-12));
    assertThat(FIT.predictionHalfWidth(2021, 0.95)).isCloseTo(2.749948, within(1e-6));
    // 2020: sqrt(1 + 0.2 + 9/10) = sqrt(2.1); 3.182446 x sqrt(0.8/3 x 2.1) = 2.381525.
    assertThat(FIT.predictionHalfWidth(2020, 0.95)).isCloseTo(2.381525, within(1e-6));
  }

  @Test
  void threePointsTheDefaultWindowLeaveOneDegreeOfFreedom() {
    // 2017..2019: 60, 63, 64. xbar = 2018, ybar = 187 / 3 = 62.3333, Sxx = 1 + 0 + 1 = 2,
    // Sxy = (-1)(-2.3333) + 0 + (1)(1.6667) = 4, slope = 2. Fitted 60.3333, 62.3333, 64.3333; residuals
    // -1/3, 2/3, -1/3; SSE = 1/9 + 4/9 + 1/9 = 2/3 over n - 2 = 1 degree of freedom: s^2 = 2/3.
    // t(0.975; 1) = tan(0.475 pi) = 12.706205.
    LinearTrend three = LinearTrend.fit(List.of(2017, 2018, 2019), List.of(60.0, 63.0, 64.0));
    assertThat(three.slope()).isCloseTo(2.0, within(1e-12));
    assertThat(three.residualVariance()).isCloseTo(2.0 / 3, within(1e-12));
    // 2021, two summers on: 62.3333 + 2 x 3 = 68.3333; half width 12.706205 x sqrt(2/3 x (1 + 1/3 + 9/2))
    // = 12.706205 x sqrt(35/9) = 12.706205 x 1.972027 = 25.056974: 43.28 to 93.39.
    assertThat(three.at(2021)).isCloseTo(68.333333, within(1e-6));
    assertThat(three.predictionHalfWidth(2021, 0.95)).isCloseTo(25.056974, within(1e-6));
    // 2020: sqrt(2/3 x (1 + 1/3 + 4/2)) = sqrt(20/9) = 1.490712; x 12.706205 = 18.941292.
    assertThat(three.predictionHalfWidth(2020, 0.95)).isCloseTo(18.941292, within(1e-6));
  }

  @Test
  void aPerfectLineHasNoSpread() {
    LinearTrend line = LinearTrend.fit(List.of(2017, 2018, 2019), List.of(34.0, 33.0, 32.0));
    assertThat(line.slope()).isCloseTo(-1.0, within(1e-12));
    assertThat(line.at(2021)).isCloseTo(30.0, within(1e-12));
    assertThat(line.predictionHalfWidth(2021, 0.95)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void needsThreePointsInDifferentYears() {
    assertThatThrownBy(() -> LinearTrend.fit(List.of(2018, 2019), List.of(1.0, 2.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinearTrend.fit(List.of(2019, 2019, 2019), List.of(1.0, 2.0, 3.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
