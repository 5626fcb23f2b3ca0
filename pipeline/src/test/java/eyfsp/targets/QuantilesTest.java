package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.HistorySettings.Better;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantiles, ranks and quartile bands, worked by hand. */
class QuantilesTest {

  @Test
  void interpolatesBetweenOrderStatistics() {
    List<Double> values = List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0);
    // Sorted 1..10; q = 0.75: h = 9 x 0.75 = 6.75, v[6] + 0.75 (v[7] - v[6]) = 7 + 0.75 = 7.75.
    assertThat(Quantiles.quantile(values, 0.75)).isCloseTo(7.75, within(1e-12));
    // q = 0.25: h = 2.25, 3 + 0.25 = 3.25.
    assertThat(Quantiles.quantile(values, 0.25)).isCloseTo(3.25, within(1e-12));
    // Two values 74 and 78: h = 0.75, 74 + 0.75 x 4 = 77; one value is its own quantile.
    assertThat(Quantiles.quantile(List.of(78.0, 74.0), 0.75)).isCloseTo(77, within(1e-12));
    assertThat(Quantiles.quantile(List.of(66.0), 0.75)).isEqualTo(66.0);
  }

  @Test
  void tiesShareTheBestRank() {
    List<Double> group = List.of(5.0, 7.0, 5.0, 3.0);
    assertThat(Quantiles.rank(5.0, group, Better.HIGHER)).isEqualTo(2);   // only 7 is better
    assertThat(Quantiles.rank(7.0, group, Better.HIGHER)).isEqualTo(1);
    assertThat(Quantiles.rank(5.0, group, Better.LOWER)).isEqualTo(2);    // only 3 is better
    assertThat(Quantiles.rank(7.0, group, Better.LOWER)).isEqualTo(4);
  }

  @Test
  void quartileBandsCountTheLasAhead() {
    // 8 LAs 1..8, higher better: band = 1 + floor(4 x ahead / 8): 8, 7 -> 1; 6, 5 -> 2; 4, 3 -> 3; 2, 1 -> 4.
    List<Double> all = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
    assertThat(List.of(8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0).stream()
        .map(v -> Quantiles.quartileBand(v, all, Better.HIGHER)).toList()).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    // For a gap, low is good: 1 is in the best band.
    assertThat(Quantiles.quartileBand(1.0, all, Better.LOWER)).isEqualTo(1);
    assertThat(Quantiles.quartileBand(8.0, all, Better.LOWER)).isEqualTo(4);
  }
}
