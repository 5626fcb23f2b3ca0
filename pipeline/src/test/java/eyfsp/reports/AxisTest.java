package eyfsp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's value axis: ticks written with the decimals their step needs, percentages no cliff, counts whole. */
class AxisTest {

  private static List<String> labels(Axis axis) {
    return axis.ticks().stream().map(axis::label).toList();
  }

  @Test
  void ticksAFewHundredthsApartAreWrittenToTwoDecimals() {
    // 98.52 to 98.71: a fifth of the span is 0.038, so steps of 0.05 from 98.50 to 98.75 (to 1 dp, 98.5, 98.6,
    // 98.6, 98.7, 98.7, 98.8: the repeated labels of the data-quality chart).
    assertThat(labels(Axis.of(List.of(98.52, 98.71), false)))
        .containsExactly("98.50", "98.55", "98.60", "98.65", "98.70", "98.75");
  }

  @Test
  void aPercentageAxisSpansAtLeastTenPoints() {
    // 98.4 to 98.7 is widened about its middle (98.55) to 10 points, within 0-100: 90 to 100, steps of 2.
    Axis axis = Axis.of(List.of(98.4, 98.7), true);
    assertThat(axis.low()).isEqualTo(90.0);
    assertThat(axis.high()).isEqualTo(100.0);
    assertThat(labels(axis)).containsExactly("90", "92", "94", "96", "98", "100");
  }

  @Test
  void countsHaveWholeSteps() {
    // 0 to 12 rows: a fifth is 2.4, which would be a step of 2.5; counted things step by 5.
    assertThat(labels(Axis.of(List.of(0.0, 12.0), false))).containsExactly("0.0", "2.5", "5.0", "7.5", "10.0",
        "12.5");
    assertThat(labels(Axis.of(List.of(0.0, 12.0), false, true))).containsExactly("0", "5", "10", "15");
    assertThat(labels(Axis.of(List.of(0.0, 3.0), false, true))).containsExactly("0", "1", "2", "3");
  }
}
