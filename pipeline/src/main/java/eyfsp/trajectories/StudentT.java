package eyfsp.trajectories;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Student's t distribution: its distribution function through the regularised incomplete beta
 * function, and its quantiles by bisection on that. Accurate to about 1e-10, which is far finer
 * than any interval we report.
 */
final class StudentT {

  /** Quantiles asked for, by p and df: a drafting asks for the same few thousands of times. */
  private static final Map<String, Double> QUANTILES = new ConcurrentHashMap<>();

  private StudentT() {}

  /** The value t with P(T <= t) = p, for T with df degrees of freedom. */
  static double quantile(double p, int df) {
    if (!(p > 0 && p < 1) || df < 1) {
      throw new IllegalArgumentException("quantile needs 0 < p < 1 and df >= 1");
    }
    if (p < 0.5) {
      return -quantile(1 - p, df);
    }
    return QUANTILES.computeIfAbsent(p + "/" + df, key -> bisect(p, df));
  }

  private static double bisect(double p, int df) {
    double low = 0;
    double high = 1;
    while (cdf(high, df) < p) {
      high *= 2;
    }
    for (int i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
      double mid = (low + high) / 2;
      if (cdf(mid, df) < p) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }

  /** P(T <= t) = 1 - I_x(df/2, 1/2) / 2 for t >= 0, where x = df / (df + t^2). */
  static double cdf(double t, int df) {
    double tail = 0.5 * regularisedIncompleteBeta(df / (df + t * t), df / 2.0, 0.5);
    return t >= 0 ? 1 - tail : tail;
  }

  /** I_x(a, b) by its continued fraction (Numerical Recipes, 3rd ed., §6.4), using the symmetry for large x. */
  static double regularisedIncompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  /** Lentz's method for the continued fraction of I_x(a, b). */
  private static double continuedFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 500; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 / nonZero(1 + aa * d, tiny);
      c = nonZero(1 + aa / c, tiny);
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 / nonZero(1 + aa * d, tiny);
      c = nonZero(1 + aa / c, tiny);
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  private static double nonZero(double v, double tiny) {
    return Math.abs(v) < tiny ? tiny : v;
  }

  /** ln Gamma(x) for x > 0 (Lanczos approximation, g = 7, 9 terms). */
  static double logGamma(double x) {
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double sum = c[0];
    for (int i = 1; i < c.length; i++) {
      sum += c[i] / (x + i);
    }
    double t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
