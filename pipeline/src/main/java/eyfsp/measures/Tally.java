package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.enrich.Child;
import java.io.Serializable;

/**
 * One group's children counted by total: how many reached each total, how many were not assessed,
 * and how many have GLD, 78+ points and 6+ in every PSED and CLL scale. Totals run 0..117, so the
 * counts give the group's exact median and lowest-20% mean; groups add up by adding their tallies,
 * so regions and the nation roll up from their LAs exactly.
 */
public final class Tally implements Serializable {

  private final long[] byTotal;
  private long notAssessed;
  private long gld;
  private long points78;
  private long psedCllSecure;

  public Tally(int maxTotal) {
    byTotal = new long[maxTotal + 1];
  }

  /** Counts one child. */
  public void add(Child child) {
    if (child.total() == null) {
      notAssessed++;
    } else {
      byTotal[child.total()]++;
    }
    gld += child.goodLevel() ? 1 : 0;
    points78 += child.points78() ? 1 : 0;
    psedCllSecure += child.psedCllSecure() ? 1 : 0;
  }

  public void add(Tally other) {
    for (int t = 0; t < byTotal.length; t++) {
      byTotal[t] += other.byTotal[t];
    }
    notAssessed += other.notAssessed;
    gld += other.gld;
    points78 += other.points78;
    psedCllSecure += other.psedCllSecure;
  }

  /** How many assessed children reached each total (a copy; index = total). */
  public long[] byTotal() {
    return byTotal.clone();
  }

  public CohortStatistics statistics(GapConventions conventions) {
    return CohortStatistics.of(byTotal, notAssessed, gld, points78, psedCllSecure, conventions);
  }
}
