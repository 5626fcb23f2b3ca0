package eyfsp.measures;

/**
 * Exact p-values for small counts, where a normal approximation misleads (a setting may have five
 * children): the binomial test (two-sided by the method of small p-values, as R's binom.test; and
 * the upper tail) and Fisher's exact test on a 2 x 2 table (two-sided the same way, as R's
 * fisher.test). Probabilities are summed from log factorials; a small relative tolerance keeps an
 * outcome exactly as likely as the observed one in the two-sided sum.
 */
public final class ExactTests {

  /** Outcomes within this relative distance of the observed one's probability count as as likely (R uses 1e-7). */
  private static final double AS_LIKELY = 1 + 1e-7;

  private ExactTests() {}

  /** P(X = k) for X ~ Binomial(n, p). */
  static double binomial(long k, long n, double p) {
    if (p <= 0 || p >= 1) {
      return (p <= 0 ? k == 0 : k == n) ? 1 : 0;
    }
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }

  /** Two-sided p-value of x successes in n trials under success probability p. */
  public static double binomialTwoSided(long x, long n, double p) {
    double observed = binomial(x, n, p);
    double sum = 0;
    for (long k = 0; k <= n; k++) {
      double pk = binomial(k, n, p);
      if (pk <= observed * AS_LIKELY) {
        sum += pk;
      }
    }
    return Math.min(1, sum);
  }

  /** P(X >= x) for X ~ Binomial(n, p): x or more successes being as unusual as x. */
  public static double binomialUpper(long x, long n, double p) {
    double sum = 0;
    for (long k = x; k <= n; k++) {
      sum += binomial(k, n, p);
    }
    return Math.min(1, sum);
  }

  /**
   * Fisher's exact two-sided p-value for x1 of n1 against x2 of n2: over the tables with the same
   * margins, the probability (hypergeometric) of those no more likely than the observed.
   */
  public static double fisherTwoSided(long x1, long n1, long x2, long n2) {
    long successes = x1 + x2;
    long n = n1 + n2;
    double observed = hypergeometric(x1, n1, successes, n);
    double sum = 0;
    for (long k = Math.max(0, successes - n2); k <= Math.min(n1, successes); k++) {
      double pk = hypergeometric(k, n1, successes, n);
      if (pk <= observed * AS_LIKELY) {
        sum += pk;
      }
    }
    return Math.min(1, sum);
  }

  /** P(k of the n1 in the first group succeed) when successes of the n succeed in all. */
  private static double hypergeometric(long k, long n1, long successes, long n) {
    return Math.exp(logChoose(n1, k) + logChoose(n - n1, successes - k) - logChoose(n, successes));
  }

  private static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  /** log n! by table up to the size of a large school's results; Stirling's series (error below 1e-15) beyond. */
  private static final double[] LOG_FACTORIAL = new double[20_001];

  static {
    for (int i = 2; i < LOG_FACTORIAL.length; i++) {
      LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
    }
  }

  private static double logFactorial(long n) {
    if (n < LOG_FACTORIAL.length) {
      return LOG_FACTORIAL[(int) n];
    }
    double x = n;
    return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
  }
}
