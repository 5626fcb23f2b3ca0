package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import eyfsp.domain.Framework;
import eyfsp.domain.GapConventions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inequalities an attacker adds to the sums: a count is never negative (every variable) nor
 * more than the group it counts in; a shown percentage, average or median bounds what it is built
 * on to its rounding interval (43.2 means [43.15, 43.25)); the size of the lowest 20% follows from
 * the cohort; GLD needs 78 points and 6+ in PSED and CLL; an area's secure count is at most each of
 * its scales'; a reliable gap has at least 30 children on each side (an unreliable one under 30 on a
 * side); total points tie an average to the scores of each scale ({@link PointTotals}).
 */
final class Bounds {

  /** Half a unit of the last shown decimal, widened by this much: rounding intervals are closed. */
  static final double EPSILON = 1e-9;

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;

  private Bounds(Model model, AuditRules rules) {
    this.model = model;
    this.tables = model.tables();
    this.rules = rules;
  }

  static void add(Model model, AuditRules rules) {
    Bounds b = new Bounds(model, rules);
    for (int t = 0; t < b.tables.size(); t++) {
      for (int r = 0; r < b.tables.get(t).rows().size(); r++) {
        b.shares(t, r);
        b.outcomes(t, r);
        b.lowestSizes(t, r);
        b.reliability(t, r);
      }
    }
    PointTotals.add(model, rules);
  }

  /** The denominator each percentage of a count is of (its name's stem, then known exceptions, then the row's children). */
  private static final Map<String, String> DENOMINATORS = Map.of(
      "fsm", "fsm_known_number",
      "eal", "first_language_known_number",
      "most_deprived", "deprivation_known_number",
      "census_matched", "children_accepted_number",
      "cohort_share", "cohort_number",
      "lowest20_share", "lowest20_number");

  /** Shares whose rest is no group of children: the rest of the LA, or of its lowest 20%. */
  private static final java.util.Set<String> NOT_SENSITIVE_REST = java.util.Set.of("cohort_share", "lowest20_share");

  /** A child's outcomes: each within the children, and its rest (children without it) sensitive too. */
  private static final List<String> OUTCOMES = List.of("gld_number", "points78_number", "psed_cll_secure_number");

  private static final Map<String, String> NUMERATORS = Map.of(
      "cohort_share", "children_number",
      "lowest20_share", "in_lowest20_number");

  /** Each {@code X_percent}: X as a share of its denominator, within the rounding of what is shown. */
  private void shares(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    for (String column : table.columns()) {
      if (!column.endsWith("_percent") || !table.isIndicator(column)) {
        continue;
      }
      String stem = column.substring(0, column.length() - "_percent".length());
      String numerator = NUMERATORS.getOrDefault(stem, stem + "_number");
      String denominator = denominator(table, stem);
      Lin num = model.term(t, r, numerator);
      Lin den = model.term(t, r, denominator);
      if (num == null || den == null) {
        continue;
      }
      String family = "share " + table.name() + " " + column;
      model.atMost(num, den, family);
      if (!NOT_SENSITIVE_REST.contains(stem) && !OUTCOMES.contains(numerator)
          && !rules.notSensitiveRests().contains(numerator)) {
        model.complement(num, den, table.name() + " row " + (r + 1) + " " + denominator + " - " + numerator);
      }
      double[] shown = model.shown(t, r, column);
      String text = table.cell(r, column);
      if (text.equals("low")) {
        shown = new double[] {0, 0.5 * Math.pow(10, -table.decimals().getOrDefault(column, 1))};
      }
      if (shown != null && (!num.isConstant() || !den.isConstant())) {
        // 100 num / den in [low, high]: 100 num - low den >= 0 and 100 num - high den <= 0.
        Model.Cell shownCell = new Model.Cell(t, r, table.column(column));
        model.require(new Lin().plus(num, 100).plus(den, -shown[0] + EPSILON).from(shownCell), 0,
            Double.POSITIVE_INFINITY, family);
        model.require(new Lin().plus(num, 100).plus(den, -shown[1] - EPSILON).from(shownCell),
            Double.NEGATIVE_INFINITY, 0, family);
      }
    }
  }

  private static String denominator(PublishedTables.Table table, String stem) {
    if (DENOMINATORS.containsKey(stem)) {
      return DENOMINATORS.get(stem);
    }
    for (String side : List.of("comparison_group_", "group_")) {
      if (stem.startsWith(side)) {
        return side + "children_number";
      }
    }
    return "children_number";
  }

  /**
   * Each outcome of the row's framework within its children, and within every outcome it implies
   * (GLD within 78+ points and within 6+ in PSED and CLL; all goals expected within GLD); each count
   * of a value within its children. A median of at least a total outcome's total (78) means at least
   * half the children have that outcome; below it, at most half.
   */
  private void outcomes(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    Framework f = framework(t, r);
    if (f == null) {
      return;
    }
    for (String[] pair : AuditRules.nested(f)) {
      model.atMost(model.term(t, r, pair[0]), model.term(t, r, pair[1]), "outcome within outcome " + table.name());
    }
    Lin children = model.term(t, r, "children_number");
    List<String> counts = new ArrayList<>(AuditRules.outcomes(f).keySet());
    for (int v = f.minScore(); v <= f.maxScore(); v++) {
      counts.add(f.valueColumn(v));
    }
    for (String column : counts) {
      Lin count = model.term(t, r, column);
      model.atMost(count, children, "count within children " + table.name());
      model.complement(count, children, table.name() + " row " + (r + 1) + " children_number - " + column);
    }
    double[] median = model.shown(t, r, "median_point_score");
    if (median == null || children == null || f.total() != Framework.Total.SUM_OF_SCORES) {
      return;
    }
    AuditRules.outcomes(f).forEach((column, rule) -> {
      Lin count = model.term(t, r, column);
      if (rule.totalAtLeast() == null || !rule.secureInAllOf().isEmpty() || count == null
          || (count.isConstant() && children.isConstant())) {
        return;
      }
      Lin half = new Lin().plus(children, 0.5).from(new Model.Cell(t, r, table.column("median_point_score")));
      if (median[0] - EPSILON >= rule.totalAtLeast()) {
        model.atMost(half, count, "median " + table.name());
      } else if (median[1] + EPSILON <= rule.totalAtLeast()) {
        model.atMost(count, half, "median " + table.name());
      }
    });
  }

  private Framework framework(int t, int r) {
    return rules.framework(tables.get(t).cell(r, Rows.TIME));
  }

  /**
   * k = max(1, share x N rounded as conf says) children in the lowest 20% (at most N; 0 of none):
   * half up, share N - 1/2 <= k <= share N + 1/2 (floor: -1 to 0; ceiling: 0 to 1), and up to share
   * N + 4/5 where max(1, ...) may have raised it (N of 1 or 2: not a published k of 2 or more). With
   * every tied child in the group (conf boundary_ties), k is only at least that.
   */
  private void lowestSizes(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    for (String column : table.columns()) {
      if (!column.endsWith("lowest20_number") || column.startsWith("in_") || !table.isIndicator(column)) {
        continue;
      }
      String base = column.equals("lowest20_number")
          ? (table.column("cohort_number") >= 0 ? "cohort_number" : "children_number")
          : column.replace("lowest20_number", "children_number");
      Lin k = model.term(t, r, column);
      Lin n = model.term(t, r, base);
      if (k == null || n == null || (k.isConstant() && n.isConstant())) {
        continue;
      }
      GapConventions c = rules.lowestGroup();
      double share = c.lowestShare();
      double below = switch (c.lowestSizeRounding()) {
        case HALF_UP -> -0.5;
        case FLOOR -> -1;
        case CEILING -> 0;
      };
      double above = switch (c.lowestSizeRounding()) {
        case HALF_UP -> 0.5;
        case FLOOR -> 0;
        case CEILING -> 1;
      };
      if (!(k.isConstant() && k.low() >= 2)) {
        // max(1, ...): one child of a cohort of 1 is share x 1 + (1 - share).
        above = Math.max(above, 1 - share);
      }
      if (c.boundaryTies() == GapConventions.BoundaryTies.ALL_AT_OR_BELOW) {
        above = Double.POSITIVE_INFINITY;
      }
      Lin diff = k.minus(new Lin().plus(n, share));
      model.require(diff, below, above, "lowest size " + table.name());
      model.atMost(k, n, "lowest size " + table.name());
    }
  }

  /**
   * A gap not of low reliability has at least 30 children on each side; one of low reliability has
   * fewer than 30 on a side, so on this side where the other is shown with 30 or more.
   */
  private void reliability(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    String flag = table.cell(r, "low_reliability");
    int least = rules.lowReliabilityBelow();
    List<String> sides = List.of("group", "comparison_group");
    for (int s = 0; s < sides.size(); s++) {
      Lin own = model.term(t, r, sides.get(s) + "_children_number");
      Lin other = model.term(t, r, sides.get(1 - s) + "_children_number");
      if ("0".equals(flag)) {
        model.require(own, least, Double.POSITIVE_INFINITY, "reliable gap");
      } else if ("1".equals(flag) && own != null && !own.isConstant() && other != null && other.isConstant()
          && other.low() >= least) {
        model.require(own.copy().from(new Model.Cell(t, r, table.column("low_reliability"))), Double.NEGATIVE_INFINITY,
            least - 1, "unreliable gap");
      }
    }
  }
}
