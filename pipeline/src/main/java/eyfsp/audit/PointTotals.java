package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import eyfsp.domain.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of {@link Bounds} about totals of points (and of goals at the expected level): each
 * average times its children is a total, totals add up over a topic's breakdowns (a pair's to
 * either topic's), a place's schools and the scales' results, and each result's values times their
 * counts lie within its shown average.
 */
final class PointTotals {

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;
  private final Map<List<Object>, Lin> totals = new HashMap<>();

  /** The averages of a quantity per child that add up over results, breakdowns and schools. */
  private static final List<String> AVERAGES = List.of(Framework.AVERAGE_POINT_SCORE, Framework.AVERAGE_GOALS_EXPECTED);

  private PointTotals(Model model, AuditRules rules) {
    this.model = model;
    this.tables = model.tables();
    this.rules = rules;
  }

  static void add(Model model, AuditRules rules) {
    PointTotals p = new PointTotals(model, rules);
    p.points();
    p.scaleScores();
  }

  private Framework framework(int t, int r) {
    return rules.framework(tables.get(t).cell(r, Rows.TIME));
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
      return new Lin().plusConstant(children * Math.max(0, shown[0] - Bounds.EPSILON), children * (shown[1] + Bounds.EPSILON))
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
    int pairs = tables.index("attainment_by_pair");
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
      for (int breakdowns : new int[] {characteristic, pairs}) {
        if (breakdowns < 0) {
          continue;
        }
        PublishedTables.Table b = tables.get(breakdowns);
        Rows.groups(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC))).forEach((key, rows) -> {
          Integer total = places.get(key.subList(0, key.size() - 1));
          if (total != null) {
            require(total(attainment, total, average), rows.stream().map(r -> total(breakdowns, r, average)).toList(),
                "points topic");
          }
        });
      }
      if (characteristic >= 0 && pairs >= 0) {
        PairSums.marginals(tables, pairs, characteristic).forEach((single, rows) -> require(
            total(characteristic, (Integer) single.get(0), average), rows.stream().map(r -> total(pairs, r, average)).toList(),
            "points topic pair"));
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
      Map<String, List<Integer>> areas = new LinkedHashMap<>();
      Map<String, Integer> areaRows = new LinkedHashMap<>();
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
    model.require(points.minus(new Lin().plus(n, average[0] - Bounds.EPSILON)), 0, Double.POSITIVE_INFINITY, family);
    model.require(points.minus(new Lin().plus(n, average[1] + Bounds.EPSILON)), Double.NEGATIVE_INFINITY, 0, family);
  }
}
