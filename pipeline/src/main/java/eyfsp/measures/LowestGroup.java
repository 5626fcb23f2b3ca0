package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.GapConventions.BoundaryTies;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Who makes up a cohort's lowest-achieving 20% (NI 92), from how many valid children reached each
 * total: every child below the boundary total, and some or all of the children at it.
 *
 * <p>With {@code EXACTLY_K}, k children are taken from the bottom of the sorted totals, so only
 * {@code takenAtBoundary} of the {@code atBoundary} children tied at the boundary are in. No rule
 * says which (domain page §2), and the group's mean does not depend on it; where it matters, who
 * is in the group, each tied child counts as {@code takenAtBoundary / atBoundary} of a child (see
 * {@link #share}), the expected share when the tie is broken at random, so no child's place depends
 * on the order of the rows or the pseudonym key. With {@code ALL_AT_OR_BELOW} every tied child is in.
 *
 * @param boundaryTotal the total of the k-th lowest child
 * @param below children with a lower total
 * @param atBoundary children with the boundary total
 * @param takenAtBoundary how many of them the group holds
 */
public record LowestGroup(int boundaryTotal, long below, long atBoundary, long takenAtBoundary) {

  /** The lowest group of a cohort of n >= 1 children with these counts by total. */
  static LowestGroup of(long[] counts, long n, GapConventions conventions) {
    long k = size(n, conventions);
    long below = 0;
    int boundary = 0;
    while (below + counts[boundary] < k) {
      below += counts[boundary];
      boundary++;
    }
    long taken = conventions.boundaryTies() == BoundaryTies.ALL_AT_OR_BELOW ? counts[boundary] : k - below;
    return new LowestGroup(boundary, below, counts[boundary], taken);
  }

  /** k = max(1, share x N rounded as the convention says), for N >= 1. */
  static long size(long n, GapConventions conventions) {
    RoundingMode mode = switch (conventions.lowestSizeRounding()) {
      case HALF_UP -> RoundingMode.HALF_UP;
      case FLOOR -> RoundingMode.FLOOR;
      case CEILING -> RoundingMode.CEILING;
    };
    long k = BigDecimal.valueOf(conventions.lowestShare()).multiply(BigDecimal.valueOf(n))
        .setScale(0, mode).longValueExact();
    return Math.max(1, Math.min(k, n));
  }

  /** How many children the group holds. */
  public long size() {
    return below + takenAtBoundary;
  }

  /**
   * How many of a sub-group's children are in the lowest group, given how many of them are below
   * the boundary and at it: tied children count fractionally under EXACTLY_K (one division).
   */
  public double share(long subgroupBelow, long subgroupAtBoundary) {
    return atBoundary == 0 ? subgroupBelow
        : (double) (subgroupBelow * atBoundary + subgroupAtBoundary * takenAtBoundary) / atBoundary;
  }
}
