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
  private long[] byTotal = new long[0];
  private long notAssessed;
  private long gld;
  private long[] outcomes = new long[0];
  private long secureResults;

  /** Counts one child. */
  public void add(Child child) {
    adopt(child.framework());
    if (child.assessed()) {
      byTotal[child.total()]++;
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
    for (int t = 0; t < byTotal.length; t++) {
      byTotal[t] += other.byTotal[t];
    }
    notAssessed += other.notAssessed;
    gld += other.gld;
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] += other.outcomes[o];
    }
    secureResults += other.secureResults;
  }

  private void adopt(Framework of) {
    if (framework == null) {
      framework = of;
      byTotal = new long[of.maxTotal() + 1];
      outcomes = new long[of.outcomes().size()];
    } else if (framework != of && !framework.code().equals(of.code())) {
      throw new IllegalStateException("children of " + framework.code() + " and " + of.code() + " counted together");
    }
  }

  /** The framework of the children counted; null when there are none. */
  public Framework framework() {
    return framework;
  }

  /** How many assessed children reached each total (a copy; index = total). */
  public long[] byTotal() {
    return byTotal.clone();
  }

  /** The valid cohort by total: all-zero profiles left out when the conventions say so. */
  public long[] validByTotal(GapConventions conventions) {
    return valid(byTotal, conventions, framework);
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
