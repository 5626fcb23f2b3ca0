package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.GapConventions.MedianRule;

/**
 * The statutory measures of one cohort, computed exactly from how many children reached each total
 * (domain page §2). Every average and percentage is one division of two exact integers, so that
 * published rounding of the unrounded value is never off by a floating-point error.
 *
 * @param children the valid cohort (a numeric result on every scale or goal; all-zero profiles out
 *     when the convention says so)
 * @param notAssessed accepted children with a not-assessed code
 * @param goodLevel children with a good level of development (NI 72)
 * @param outcomes children with each of the framework's other outcomes (78+ points ...), in order
 * @param secureResults the cohort's results at the secure score or more, added up
 * @param totalPoints the sum of the cohort's totals
 * @param medianTimesTwo twice the median total (an integer, as the median may end in .5)
 * @param lowestNumber how many children make up the lowest-achieving 20%
 * @param lowestTotalPoints the sum of their totals
 */
public record CohortStatistics(
    long children,
    long notAssessed,
    long goodLevel,
    long[] outcomes,
    long secureResults,
    long totalPoints,
    long medianTimesTwo,
    long lowestNumber,
    long lowestTotalPoints) {

  /**
   * @param counts how many valid children reached each total, index = total (all-zero profiles
   *     already left out where the conventions say so: {@link Tally#validByTotal})
   * @param notAssessed children with a not-assessed code
   * @param goodLevel children with GLD; outcomes likewise, each of the framework's in order
   */
  public static CohortStatistics of(long[] counts, long notAssessed, long goodLevel, long[] outcomes,
      long secureResults, GapConventions conventions) {
    long n = 0;
    long points = 0;
    for (int total = 0; total < counts.length; total++) {
      n += counts[total];
      points += total * counts[total];
    }
    if (n == 0) {
      return new CohortStatistics(0, notAssessed, goodLevel, outcomes, secureResults, 0, 0, 0, 0);
    }
    long medianTimesTwo = conventions.median() == MedianRule.LOWER || n % 2 == 1
        ? 2L * nth(counts, (n + 1) / 2)
        : nth(counts, n / 2) + nth(counts, n / 2 + 1);

    LowestGroup lowest = LowestGroup.of(counts, n, conventions);
    long lowestPoints = lowest.takenAtBoundary() * lowest.boundaryTotal();
    for (int total = 0; total < lowest.boundaryTotal(); total++) {
      lowestPoints += total * counts[total];
    }
    return new CohortStatistics(n, notAssessed, goodLevel, outcomes, secureResults, points, medianTimesTwo,
        lowest.size(), lowestPoints);
  }

  /** The i-th smallest total (1-based). */
  private static int nth(long[] counts, long i) {
    long seen = 0;
    for (int total = 0; total < counts.length; total++) {
      seen += counts[total];
      if (seen >= i) {
        return total;
      }
    }
    throw new IllegalArgumentException("fewer than " + i + " children");
  }

  private static Double ratio(long numerator, long denominator) {
    return denominator == 0 ? null : (double) numerator / denominator;
  }

  private Double percent(long count) {
    return ratio(100 * count, children);
  }

  public Double goodLevelPercent() {
    return percent(goodLevel);
  }

  /** The percentage with the framework's outcome at position o. */
  public Double outcomePercent(int o) {
    return percent(outcomes[o]);
  }

  /** The mean number of results at the secure score or more (goals at expected). */
  public Double averageSecureResults() {
    return ratio(secureResults, children);
  }

  public Double averagePointScore() {
    return ratio(totalPoints, children);
  }

  public Double medianPointScore() {
    return children == 0 ? null : medianTimesTwo / 2.0;
  }

  public Double lowestAveragePointScore() {
    return ratio(lowestTotalPoints, lowestNumber);
  }

  /**
   * NI 92: 100 x (median - lowest-20% mean) / median; not applicable for an empty cohort or a
   * median of 0. With median = m2/2 and mean = S/k this is 100 (m2 k - 2 S) / (m2 k), one division.
   */
  public Double inequalityGapPercent() {
    if (children == 0 || medianTimesTwo == 0) {
      return null;
    }
    return (double) (100 * (medianTimesTwo * lowestNumber - 2 * lowestTotalPoints)) / (medianTimesTwo * lowestNumber);
  }
}
