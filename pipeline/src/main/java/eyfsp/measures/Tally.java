package eyfsp.measures;

import eyfsp.domain.Framework;
import eyfsp.domain.GapConventions;
import eyfsp.enrich.Child;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One group's children counted by total: how many reached each total, how many were not assessed,
 * how many have GLD and each of the framework's other outcomes, and how many of their results are
 * secure. The counts give the group's exact median and lowest-20% mean; groups add up by adding
 * their tallies, so regions and the nation roll up from their LAs exactly. A tally takes the
 * framework of the children it counts (all of one year, so of one framework); an empty one has none.
 */
public final class Tally implements Serializable {

  private Framework framework;
  /**
   * How many assessed children reached each total from {@code lowest} on, only as far as the
   * totals seen reach: a pass over the children holds a tally for every breakdown, school and
   * setting of every LA, and a small group's totals span a few of the 118 a 13-scale profile has.
   * Counts are ints: a year of England is under a million children.
   */
  private int[] byTotal = new int[0];
  private int lowest;
  private long notAssessed;
  private long gld;
  private long[] outcomes = new long[0];
  private long secureResults;

  /** Counts one child. */
  public void add(Child child) {
    adopt(child.framework());
    if (child.assessed()) {
      int total = child.total();
      reach(total, total);
      byTotal[total - lowest]++;
      secureResults += child.secureResults();
    } else {
      notAssessed++;
    }
    gld += child.goodLevel() ? 1 : 0;
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] += child.outcomes()[o] ? 1 : 0;
    }
  }

  public void add(Tally other) {
    if (other.framework == null) {
      return;
    }
    adopt(other.framework);
    if (other.byTotal.length > 0) {
      reach(other.lowest, other.lowest + other.byTotal.length - 1);
      for (int t = 0; t < other.byTotal.length; t++) {
        byTotal[other.lowest + t - lowest] = Math.addExact(byTotal[other.lowest + t - lowest], other.byTotal[t]);
      }
    }
    notAssessed += other.notAssessed;
    gld += other.gld;
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] += other.outcomes[o];
    }
    secureResults += other.secureResults;
  }

  /** Widens the counts held to reach totals from low to high. */
  private void reach(int low, int high) {
    if (byTotal.length == 0) {
      byTotal = new int[high - low + 1];
      lowest = low;
    } else if (low < lowest || high >= lowest + byTotal.length) {
      int from = Math.min(low, lowest);
      int[] wider = new int[Math.max(high, lowest + byTotal.length - 1) - from + 1];
      System.arraycopy(byTotal, 0, wider, lowest - from, byTotal.length);
      byTotal = wider;
      lowest = from;
    }
  }

  private void adopt(Framework of) {
    if (framework == null) {
      framework = of;
      outcomes = new long[of.outcomes().size()];
    } else if (framework != of && !framework.code().equals(of.code())) {
      throw new IllegalStateException("children of " + framework.code() + " and " + of.code() + " counted together");
    }
  }

  /** The framework of the children counted; null when there are none. */
  public Framework framework() {
    return framework;
  }

  /** How many assessed children reached each total (index = total, up to the framework's highest). */
  public long[] byTotal() {
    long[] counts = new long[framework == null ? 0 : framework.maxTotal() + 1];
    for (int t = 0; t < byTotal.length; t++) {
      counts[lowest + t] = byTotal[t];
    }
    return counts;
  }

  /** The valid cohort by total: all-zero profiles left out when the conventions say so. */
  public long[] validByTotal(GapConventions conventions) {
    return valid(byTotal(), conventions, framework);
  }

  /**
   * Children by total in the valid cohort: a total of 0 left out when the conventions exclude
   * all-zero profiles and 0 is one under the framework (0 on every scale; under the 2021 goals a
   * total of 0 is a child emerging on every goal, who stays).
   */
  static long[] valid(long[] byTotal, GapConventions conventions, Framework framework) {
    long[] counts = byTotal.clone();
    if (conventions.allZeroProfiles() == GapConventions.AllZeroProfiles.EXCLUDED && framework != null
        && framework.zeroTotalIsAllZeroProfile() && counts.length > 0) {
      counts[0] = 0;
    }
    return counts;
  }

  public CohortStatistics statistics(GapConventions conventions) {
    return CohortStatistics.of(validByTotal(conventions), notAssessed, gld, Arrays.copyOf(outcomes, outcomes.length),
        secureResults, conventions);
  }
}
