package eyfsp.measures;

/**
 * A 95% confidence interval for the difference of two independent proportions, p1 - p2, by
 * Newcombe's hybrid score method (R. G. Newcombe, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873-890,
 * method 10): it combines each proportion's Wilson score interval, so unlike the Wald interval it
 * stays inside [-1, 1] and keeps its coverage for small groups and proportions near 0 or 1.
 */
public final class ProportionDifference {

  /** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  /** An interval's ends. */
  public record Interval(double lower, double upper) {}

  private ProportionDifference() {}

  /** Wilson's score interval for x successes in n >= 1 trials (E. B. Wilson, JASA 22, 1927). */
  static Interval wilson(long x, long n, double z) {
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /** The interval for x1/n1 - x2/n2 (n1, n2 >= 1), as proportions. */
  public static Interval newcombe(long x1, long n1, long x2, long n2, double z) {
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    Interval w1 = wilson(x1, n1, z);
    Interval w2 = wilson(x2, n2, z);
    double difference = p1 - p2;
    double lower = difference - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
    double upper = difference + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
    return new Interval(lower, upper);
  }

  private static double square(double x) {
    return x * x;
  }
}
