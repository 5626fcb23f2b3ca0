package eyfsp.measures;

import eyfsp.domain.GapConventions;
import org.apache.spark.sql.Row;

/**
 * One group's children counted by total (bins, as {@link CohortMeasures#bins} makes them), added
 * up on the driver: how many reached each total, how many were not assessed, and how many have GLD,
 * 78+ points and 6+ in every PSED and CLL scale. Groups add up by adding their tallies, so regions
 * and the nation roll up from their LAs exactly.
 */
public final class Tally {

  private final long[] byTotal;
  private long notAssessed;
  private long gld;
  private long points78;
  private long psedCllSecure;

  public Tally(int maxTotal) {
    byTotal = new long[maxTotal + 1];
  }

  /** Adds one bin: a row of total_points (null: not assessed), children, gld, points78, psed_cll_secure, from {@code first}. */
  public void add(Row bin, int first) {
    long children = bin.getLong(first + 1);
    if (bin.isNullAt(first)) {
      notAssessed += children;
    } else {
      byTotal[bin.getInt(first)] += children;
    }
    gld += bin.getLong(first + 2);
    points78 += bin.getLong(first + 3);
    psedCllSecure += bin.getLong(first + 4);
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
