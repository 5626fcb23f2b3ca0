package eyfsp.audit;

import eyfsp.audit.Audit.Known;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * For {@link Audit}: a group of linked unknowns too large to solve whole ({@link
 * Audit#WHOLE_GROUP_LIMIT}) is solved in parts, by year and LA, with the rest held at one feasible
 * point; and where no point satisfies every rule, by its sums alone.
 */
final class LargeGroups {

  private LargeGroups() {}

  /** The parts of a large group: its unknowns by year and LA (national and regional rows together). */
  static Map<List<String>, List<Integer>> parts(Model model, int[] group) {
    Map<List<String>, List<Integer>> parts = new TreeMap<>(Comparator.comparing(Object::toString));
    for (int v : group) {
      Model.Cell anchor = model.unknowns().get(v).anchor();
      PublishedTables.Table t = model.tables().get(anchor.table());
      parts.computeIfAbsent(List.of(Rows.get(t, anchor.row(), Rows.TIME), Rows.get(t, anchor.row(), Rows.LA)),
          k -> new ArrayList<>()).add(v);
    }
    return parts;
  }

  /**
   * A point of a group's feasible set at the true values where the caller knows them: the unknowns
   * it does not know (a total of points of an empty group, say) solved for with the others held;
   * null when the caller knows none, or the true values satisfy no solution.
   */
  static double[] held(Model model, Known known, FeasibleIntervals lp, int[] group,
      List<Model.Constraint> constraints) {
    if (known == null) {
      return null;
    }
    double[] point = new double[model.unknowns().size()];
    List<Integer> unknown = new ArrayList<>();
    for (int v : group) {
      Model.Unknown u = model.unknowns().get(v);
      Model.Cell a = u.anchor();
      PublishedTables.Table t = model.tables().get(a.table());
      double value = u.cell() != null ? known.value(a.table(), a.row(), t.columns().get(a.column()))
          : known.value(a.table(), a.row(), "average_point_score") * known.value(a.table(), a.row(), "children_number");
      if (Double.isNaN(value)) {
        unknown.add(v);
      }
      point[v] = value;
    }
    if (unknown.isEmpty()) {
      return point;
    }
    Set<Integer> free = new HashSet<>(unknown);
    double[] rest = lp.point(unknown.stream().mapToInt(Integer::intValue).toArray(),
        constraints.stream().filter(c -> Arrays.stream(c.variables()).anyMatch(free::contains)).toList(), point);
    if (rest == null) {
      return null;
    }
    unknown.forEach(v -> point[v] = rest[v]);
    return point;
  }

  /** The sums between published counts only (places, topics, scores, copies, gap groups, accepted, context). */
  static List<Model.Constraint> sumsOnly(List<Model.Constraint> constraints) {
    return constraints.stream().filter(c -> List.of("places", "topic", "scores", "secure", "copy", "gap", "accepted",
        "context").contains(c.family().split(" ")[0])).toList();
  }
}
