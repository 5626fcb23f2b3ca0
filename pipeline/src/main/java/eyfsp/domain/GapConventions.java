package eyfsp.domain;

/**
 * The fine print of NI 92 that no public source fixes (domain page §2). Defaults are the first
 * constant of each enum; the alternatives are what the setting allows.
 */
public record GapConventions(
    double lowestShare,
    LowestSizeRounding lowestSizeRounding,
    BoundaryTies boundaryTies,
    MedianRule median,
    AllZeroProfiles allZeroProfiles) implements java.io.Serializable {

  /** How k, the size of the lowest-achieving group, is rounded from share x N (never below 1). */
  public enum LowestSizeRounding { HALF_UP, FLOOR, CEILING }

  /** Exactly k children, or every child at or below the k-th child's total. */
  public enum BoundaryTies { EXACTLY_K, ALL_AT_OR_BELOW }

  /** The usual median (mean of the two middle totals for even N), or the lower of the two. */
  public enum MedianRule { USUAL, LOWER }

  /** Whether children scoring 0 on every scale belong to the valid cohort. */
  public enum AllZeroProfiles { INCLUDED, EXCLUDED }

  public static GapConventions defaults() {
    return new GapConventions(0.2, LowestSizeRounding.HALF_UP, BoundaryTies.EXACTLY_K, MedianRule.USUAL,
        AllZeroProfiles.INCLUDED);
  }

  public GapConventions with(LowestSizeRounding r) {
    return new GapConventions(lowestShare, r, boundaryTies, median, allZeroProfiles);
  }

  public GapConventions with(BoundaryTies t) {
    return new GapConventions(lowestShare, lowestSizeRounding, t, median, allZeroProfiles);
  }

  public GapConventions with(MedianRule m) {
    return new GapConventions(lowestShare, lowestSizeRounding, boundaryTies, m, allZeroProfiles);
  }

  public GapConventions with(AllZeroProfiles z) {
    return new GapConventions(lowestShare, lowestSizeRounding, boundaryTies, median, z);
  }
}
