package eyfsp.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis: from low to high with round ticks covering every value, each tick written
 * with as many decimals as its step needs (so ticks 0.05 apart never read 98.5, 98.6, 98.6).
 *
 * @param whole the axis counts whole things (children, rows): its steps are whole numbers
 */
record Axis(double low, double high, List<Double> ticks, double step) {

  /**
   * A percentage axis spans at least this many points: a change of 0.2 of a point drawn over the
   * chart's whole height reads as a cliff.
   */
  static final double PERCENT_MIN_SPAN = 10;

  /** An axis over the values: within 0-100 for a percentage, in whole steps for counts. */
  static Axis of(List<Double> values, boolean percent, boolean whole) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    if (percent && max - min < PERCENT_MIN_SPAN) {
      // Widen about the values, within 0-100.
      double middle = (min + max) / 2;
      min = Math.max(0, Math.min(middle - PERCENT_MIN_SPAN / 2, 100 - PERCENT_MIN_SPAN));
      max = min + PERCENT_MIN_SPAN;
    }
    double span = Math.max(max - min, 1e-9);
    double step = niceStep(span / 5, whole);
    double low = Math.floor(min / step) * step;
    double high = Math.ceil(max / step) * step;
    if (high <= low) {
      high = low + step;
    }
    if (percent) {
      low = Math.max(low, 0);
      high = Math.min(Math.max(high, low + step), 100);
    }
    List<Double> ticks = new ArrayList<>();
    for (double t = low; t <= high + step / 1000; t += step) {
      ticks.add(Math.round(t / step) * step);
    }
    return new Axis(low, high, ticks, step);
  }

  static Axis of(List<Double> values, boolean percent) {
    return of(values, percent, false);
  }

  /** A tick's label: as many decimals as the step has (2.5 -> 1, 0.05 -> 2, 10 -> 0). */
  String label(double tick) {
    int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    return BigDecimal.valueOf(tick).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** 1, 2, 2.5 or 5 times a power of ten; for whole counts 1, 2 or 5 times one, at least 1. */
  private static double niceStep(double rough, boolean whole) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    if (whole && power < 1) {
      return 1;
    }
    for (double m : whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= rough) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
