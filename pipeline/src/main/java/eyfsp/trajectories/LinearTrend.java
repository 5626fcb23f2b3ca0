package eyfsp.trajectories;

import java.util.List;

/**
 * A straight line fitted by ordinary least squares to (summer year, value) points, with the
 * prediction interval for one new year's result:
 *
 * <pre>
 *   slope b = Sxy / Sxx,  fitted(x) = ybar + b (x - xbar),  s^2 = SSE / (n - 2)
 *   interval(x0) = fitted(x0) -/+ t(1 - (1 - level)/2; n - 2) * s * sqrt(1 + 1/n + (x0 - xbar)^2 / Sxx)
 * </pre>
 *
 * the textbook interval for a new observation in simple linear regression (Montgomery, Peck and
 * Vining, Introduction to Linear Regression Analysis, 5th ed., §2.5, "Prediction of new
 * observations"). It assumes independent, normally distributed deviations from the line, which a
 * handful of yearly results can only roughly bear: read it as the spread the LA's own recent years
 * suggest, not a guarantee.
 */
public record LinearTrend(int n, int firstYear, int lastYear, double meanYear, double meanValue, double slope,
    double sxx, double residualVariance) {

  /** The fit through the points (at least 3, distinct years), in any order. */
  public static LinearTrend fit(List<Integer> years, List<Double> values) {
    int n = years.size();
    if (n < 3 || values.size() != n) {
      throw new IllegalArgumentException("a trend with an interval needs at least 3 points");
    }
    double meanYear = years.stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
    double meanValue = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = years.get(i) - meanYear;
      sxx += dx * dx;
      sxy += dx * (values.get(i) - meanValue);
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("a trend needs points in different years");
    }
    double slope = sxy / sxx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double residual = values.get(i) - (meanValue + slope * (years.get(i) - meanYear));
      sse += residual * residual;
    }
    int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return new LinearTrend(n, first, last, meanYear, meanValue, slope, sxx, sse / (n - 2));
  }

  /** The line's value in a year. */
  public double at(int year) {
    return meanValue + slope * (year - meanYear);
  }

  /** Half the width of the prediction interval for a new result in {@code year} at {@code level}. */
  public double predictionHalfWidth(int year, double level) {
    double t = StudentT.quantile(1 - (1 - level) / 2, n - 2);
    double dx = year - meanYear;
    return t * Math.sqrt(residualVariance * (1 + 1.0 / n + dx * dx / sxx));
  }
}
