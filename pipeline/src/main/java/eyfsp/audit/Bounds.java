package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inequalities an attacker adds to the sums: a count is never negative (every variable) nor
 * more than the group it counts in; a shown percentage, average or median bounds what it is built
 * on to its rounding interval (43.2 means [43.15, 43.25)); the size of the lowest 20% follows from
 * the cohort; GLD needs 78 points and 6+ in PSED and CLL; an area's secure count is at most each of
 * its scales'; a reliable gap has at least 30 children on each side; total points tie an average
 * to the scores of each scale.
 */
final class Bounds {

  /** Half a unit of the last shown decimal, widened by this much: rounding intervals are closed. */
  private static final double EPSILON = 1e-9;

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;
  private final Map<List<Integer>, Lin> totals = new java.util.HashMap<>();

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

  /** GLD is within 78+ points and within 6+ in every PSED and CLL scale; every outcome within its children. */
  private void outcomes(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    Lin gld = model.term(t, r, "gld_number");
    model.atMost(gld, model.term(t, r, "points78_number"), "gld within 78+ " + table.name());
    model.atMost(gld, model.term(t, r, "psed_cll_secure_number"), "gld within secure " + table.name());
    Lin children = model.term(t, r, "children_number");
    for (String outcome : OUTCOMES) {
      Lin count = model.term(t, r, outcome);
      model.atMost(count, children, "outcome within children " + table.name());
      model.complement(count, children, table.name() + " row " + (r + 1) + " children_number - " + outcome);
    }
    for (String column : table.columns()) {
      if (column.startsWith("score_") && column.endsWith("_number")) {
        Lin score = model.term(t, r, column);
        model.atMost(score, children, "score within children " + table.name());
        model.complement(score, children, table.name() + " row " + (r + 1) + " children_number - " + column);
      }
    }
    // The median: at least 78 means half the children have 78 or more; below 78, at most half.
    double[] median = model.shown(t, r, "median_point_score");
    Lin points78 = model.term(t, r, "points78_number");
    if (median != null && points78 != null && children != null && (!points78.isConstant() || !children.isConstant())) {
      Lin half = new Lin().plus(children, 0.5).from(new Model.Cell(t, r, table.column("median_point_score")));
      if (median[0] - EPSILON >= rules.gldTotal()) {
        model.atMost(half, points78, "median " + table.name());
      } else if (median[1] + EPSILON <= rules.gldTotal()) {
        model.atMost(points78, half, "median " + table.name());
      }
    }
  }

  /** k = max(1, round(share x N)) children in the lowest 20%: share N - 1/2 <= k <= share N + 4/5, k <= N. */
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
      // Whatever the rounding (half up, floor or ceiling), k is within one of share x N (and 1 for N of 1 or 2).
      Lin diff = k.minus(new Lin().plus(n, rules.lowestShare()));
      model.require(diff, -1, 1, "lowest size " + table.name());
      model.atMost(k, n, "lowest size " + table.name());
    }
  }

  /** A gap not of low reliability has at least 30 children on each side. */
  private void reliability(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    if (!"false".equals(table.cell(r, "low_reliability"))) {
      return;
    }
    for (String side : List.of("group", "comparison_group")) {
      model.require(model.term(t, r, side + "_children_number"), rules.lowReliabilityBelow(), Double.POSITIVE_INFINITY,
          "reliable gap");
    }
  }

  /**
   * Total points: a shown average times its children, within rounding; else a hidden quantity of
   * at most the highest total per child, at least 78 per child with 78+ and at most 77 for each
   * other. Totals add up over a topic's breakdowns and a place's schools, and are the scales' scores.
   */
  private Lin total(int t, int r) {
    return totals.computeIfAbsent(List.of(t, r), k -> newTotal(t, r));
  }

  private Lin newTotal(int t, int r) {
    PublishedTables.Table table = tables.get(t);
    Lin n = model.term(t, r, "children_number");
    if (n == null) {
      return null;
    }
    double[] average = model.shown(t, r, "average_point_score");
    if (n.isConstant() && average != null) {
      double children = n.low();
      return new Lin().plusConstant(children * Math.max(0, average[0] - EPSILON), children * (average[1] + EPSILON))
          .from(new Model.Cell(t, r, table.column("average_point_score")));
    }
    Lin total = new Lin().plus(model.hidden(t, r, table.name() + " row " + r + " total points"), 1);
    model.atMost(total, new Lin().plus(n, rules.maxTotal()), "total points " + table.name());
    Lin points78 = model.term(t, r, "points78_number");
    if (points78 != null) {
      model.atMost(new Lin().plus(points78, rules.gldTotal()), total, "total points " + table.name());
      model.atMost(total, new Lin().plus(n, rules.gldTotal() - 1).plus(points78, rules.maxTotal() - rules.gldTotal() + 1),
          "total points " + table.name());
    }
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
    for (int r = 0; r < a.rows().size(); r++) {
      total(attainment, r);
    }
    Map<List<String>, Integer> places = Rows.index(a, r -> Rows.place(a, r));
    if (characteristic >= 0) {
      PublishedTables.Table b = tables.get(characteristic);
      Rows.groups(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC))).forEach((key, rows) -> {
        Integer total = places.get(key.subList(0, key.size() - 1));
        if (total != null) {
          require(total(attainment, total), rows.stream().map(r -> total(characteristic, r)).toList(), "points topic");
        }
      });
    }
    if (schools >= 0) {
      PublishedTables.Table s = tables.get(schools);
      Rows.groups(s, r -> Rows.parent(Rows.place(s, r))).forEach((la, rows) -> {
        Integer total = places.get(la);
        if (total != null) {
          require(total(attainment, total), rows.stream().map(r -> total(schools, r)).toList(), "points schools");
        }
      });
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
   * Each scale's scores times their counts are its children's total on it, within its shown average;
   * an area's scales add up to its shown average area total; all scales add up to the place's total points.
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
      List<Lin> all = new ArrayList<>();
      Map<List<String>, List<Integer>> areas = new java.util.LinkedHashMap<>();
      for (int r : rows) {
        Lin points = scalePoints(scales, r);
        String area = Rows.get(s, r, "area_of_learning");
        if (points == null) {
          areas.computeIfAbsent(List.of(area, "all"), k -> new ArrayList<>()).add(r);
          continue;
        }
        all.add(points);
        areas.computeIfAbsent(List.of(area, "scales"), k -> new ArrayList<>()).add(r);
        within(points, scales, r, "scale points");
      }
      areas.forEach((key, areaRows) -> {
        if (key.get(1).equals("all")) {
          List<Integer> members = areas.getOrDefault(List.of(key.get(0), "scales"), List.of());
          List<Lin> parts = members.stream().map(m -> scalePoints(scales, m)).toList();
          Lin sum = Lin.sum(parts);
          if (sum != null && !members.isEmpty()) {
            within(sum, scales, areaRows.get(0), "area points");
            for (int m : members) {
              model.atMost(model.term(scales, areaRows.get(0), "secure_number"), model.term(scales, m, "secure_number"),
                  "area secure within scale");
            }
          }
        }
      });
      Integer total = places.get(place);
      Lin sum = Lin.sum(all);
      if (total != null && sum != null && !all.isEmpty()) {
        require(total(attainment, total), List.of(sum), "points scales");
      }
    });
  }

  /** Points on a scale: the sum of score x children at it; null for an area's row. */
  private Lin scalePoints(int scales, int r) {
    Lin points = new Lin();
    for (int score = rules.minScore(); score <= rules.maxScore(); score++) {
      Lin n = model.term(scales, r, Sums.scoreColumn(score));
      if (n == null) {
        return null;
      }
      points.plus(n, score);
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
