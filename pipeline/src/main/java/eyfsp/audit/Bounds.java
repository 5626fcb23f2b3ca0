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
 * side); total points tie an average
 * to the scores of each scale.
 */
final class Bounds {

  /** Half a unit of the last shown decimal, widened by this much: rounding intervals are closed. */
  private static final double EPSILON = 1e-9;

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;
  private final Map<List<Object>, Lin> totals = new java.util.HashMap<>();

  /** The averages of a quantity per child that add up over results, breakdowns and schools. */
  private static final List<String> AVERAGES = List.of(Framework.AVERAGE_POINT_SCORE, Framework.AVERAGE_GOALS_EXPECTED);

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
    b.points();
    b.scaleScores();
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

  /**
   * The quantity an average is the mean of over a row's children (total points, goals at expected):
   * the shown average times the children, within rounding; else a hidden quantity of at most the
   * highest per child, at least what each outcome asks of its children (78 points; a secure result
   * on each goal it needs) and, for an outcome of a total alone, at most one short of it for every
   * other child. Totals add up over a topic's breakdowns and a place's schools, and are the results'.
   */
  private Lin total(int t, int r, String average) {
    return totals.computeIfAbsent(List.of(t, r, average), k -> newTotal(t, r, average));
  }

  private Lin newTotal(int t, int r, String average) {
    PublishedTables.Table table = tables.get(t);
    Lin n = model.term(t, r, "children_number");
    Framework f = framework(t, r);
    if (n == null || f == null || !f.definesAverage(average)) {
      return null;
    }
    double[] shown = model.shown(t, r, average);
    if (n.isConstant() && shown != null) {
      double children = n.low();
      return new Lin().plusConstant(children * Math.max(0, shown[0] - EPSILON), children * (shown[1] + EPSILON))
          .from(new Model.Cell(t, r, table.column(average)));
    }
    int[] perResult = new int[f.maxScore() + 1];
    for (int v = f.minScore(); v <= f.maxScore(); v++) {
      perResult[v] = AuditRules.contribution(f, average, v);
    }
    int most = f.scaleCount() * perResult[f.maxScore()];
    int least = f.scaleCount() * perResult[f.minScore()];
    String label = table.name() + " row " + r + " " + average;
    Lin total = new Lin().plus(model.hidden(t, r, label), 1);
    model.atMost(total, new Lin().plus(n, most), "total " + table.name());
    model.atMost(new Lin().plus(n, least), total, "total " + table.name());
    AuditRules.outcomes(f).forEach((column, rule) -> {
      Lin count = model.term(t, r, column);
      if (count == null) {
        return;
      }
      // The least a child with the outcome can have: secure on each result it needs, and its total.
      int lowest = least + f.positionsOf(rule.secureInAllOf()).length * (perResult[f.secureScore()] - perResult[f.minScore()]);
      if (average.equals(Framework.AVERAGE_POINT_SCORE) && rule.totalAtLeast() != null
          && f.total() == Framework.Total.SUM_OF_SCORES) {
        lowest = Math.max(lowest, rule.totalAtLeast());
        if (rule.secureInAllOf().isEmpty()) {
          int below = rule.totalAtLeast() - 1;
          model.atMost(total, new Lin().plus(n, below).plus(count, most - below), "total " + table.name());
        }
      }
      int asked = lowest - least;
      if (asked > 0) {
        model.atMost(new Lin().plus(n, least).plus(count, asked), total, "total " + table.name());
      }
    });
    return total;
  }

  private void points() {
    int attainment = tables.index("attainment");
    int characteristic = tables.index("attainment_by_characteristic");
    int schools = tables.index("schools");
    if (attainment < 0) {
      return;
    }
    PublishedTables.Table a = tables.get(attainment);
    Map<List<String>, Integer> places = Rows.index(a, r -> Rows.place(a, r));
    for (String average : AVERAGES) {
      for (int r = 0; r < a.rows().size(); r++) {
        total(attainment, r, average);
      }
      if (characteristic >= 0) {
        PublishedTables.Table b = tables.get(characteristic);
        Rows.groups(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC))).forEach((key, rows) -> {
          Integer total = places.get(key.subList(0, key.size() - 1));
          if (total != null) {
            require(total(attainment, total, average), rows.stream().map(r -> total(characteristic, r, average)).toList(),
                "points topic");
          }
        });
      }
      if (schools >= 0) {
        PublishedTables.Table s = tables.get(schools);
        Rows.groups(s, r -> Rows.parent(Rows.place(s, r))).forEach((la, rows) -> {
          Integer total = places.get(la);
          if (total != null) {
            require(total(attainment, total, average), rows.stream().map(r -> total(schools, r, average)).toList(),
                "points schools");
          }
        });
      }
    }
  }

  /** total = sum of parts, where any of them may be an interval. */
  private void require(Lin total, List<Lin> parts, String family) {
    Lin sum = Lin.sum(parts);
    if (total != null && sum != null && !(total.isConstant() && sum.isConstant())) {
      model.equal(total, sum, family);
    }
  }

  /**
   * Each result's values times their counts are its children's total on it, within its shown
   * average; an area's results add up to its shown average area total, and its secure count is at
   * most each result's; over all results, what each value adds to an average (points, goals at
   * expected) adds up to the place's total of it.
   */
  private void scaleScores() {
    int scales = tables.index("scales");
    int attainment = tables.index("attainment");
    if (scales < 0) {
      return;
    }
    PublishedTables.Table s = tables.get(scales);
    PublishedTables.Table a = attainment < 0 ? null : tables.get(attainment);
    Map<List<String>, Integer> places = a == null ? Map.of() : Rows.index(a, r -> Rows.place(a, r));
    Rows.groups(s, r -> Rows.place(s, r)).forEach((place, rows) -> {
      Framework f = framework(scales, rows.get(0));
      if (f == null) {
        return;
      }
      List<Integer> results = new ArrayList<>();
      Map<String, List<Integer>> areas = new java.util.LinkedHashMap<>();
      Map<String, Integer> areaRows = new java.util.LinkedHashMap<>();
      for (int r : rows) {
        Lin points = weighted(scales, r, f, null);
        String area = Rows.get(s, r, "area_of_learning");
        if (points == null) {
          areaRows.put(area, r);
          continue;
        }
        results.add(r);
        areas.computeIfAbsent(area, k -> new ArrayList<>()).add(r);
        within(points, scales, r, "scale points");
      }
      areaRows.forEach((area, areaRow) -> {
        List<Integer> members = areas.getOrDefault(area, List.of());
        Lin sum = Lin.sum(members.stream().map(m -> weighted(scales, m, f, null)).toList());
        if (sum != null && !members.isEmpty()) {
          within(sum, scales, areaRow, "area points");
          for (int m : members) {
            model.atMost(model.term(scales, areaRow, "secure_number"), model.term(scales, m, "secure_number"),
                "area secure within scale");
          }
        }
      });
      Integer total = places.get(place);
      if (total == null || results.isEmpty()) {
        return;
      }
      for (String average : AVERAGES) {
        Lin sum = Lin.sum(results.stream().map(r -> weighted(scales, r, f, average)).toList());
        if (f.definesAverage(average) && sum != null) {
          require(total(attainment, total, average), List.of(sum), "points scales");
        }
      }
    });
  }

  /**
   * What a result's children add up to: each value times the children at it (average null), or
   * what each value adds to an average; null for an area's row.
   */
  private Lin weighted(int scales, int r, Framework f, String average) {
    Lin points = new Lin();
    for (int value = f.minScore(); value <= f.maxScore(); value++) {
      Lin n = model.term(scales, r, f.valueColumn(value));
      if (n == null) {
        return null;
      }
      points.plus(n, average == null ? value : AuditRules.contribution(f, average, value));
    }
    return points;
  }

  /** points within children x the shown average of the row. */
  private void within(Lin points, int t, int r, String family) {
    double[] average = model.shown(t, r, "average_score");
    Lin n = model.term(t, r, "children_number");
    if (average == null || n == null || (points.isConstant() && n.isConstant())) {
      return;
    }
    points = points.copy().from(new Model.Cell(t, r, tables.get(t).column("average_score")));
    model.require(points.minus(new Lin().plus(n, average[0] - EPSILON)), 0, Double.POSITIVE_INFINITY, family);
    model.require(points.minus(new Lin().plus(n, average[1] + EPSILON)), Double.NEGATIVE_INFINITY, 0, family);
  }
}
