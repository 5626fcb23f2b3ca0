package eyfsp.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The smallest and largest value of linear objectives over everything the attacker knows, by
 * linear programming (ojAlgo's simplex) over the real numbers: the LP relaxation, as tau-ARGUS
 * audits a pattern; the caller rounds the bounds of whole counts inwards. Unknowns linked by no
 * constraint are independent, so each connected group is solved on its own.
 *
 * <p>Every solution found is a point of the feasible set, so it widens what is known of every
 * objective: a few solutions far out in many objectives first, then an objective is solved for only
 * when what has been seen of it does not already satisfy the caller's {@code enough} test, and its
 * maximum only when its minimum with what has been seen does not (the test is on inner intervals,
 * which the exact one contains).
 */
final class FeasibleIntervals {

  /** An objective: coefficients on variables. */
  record Objective(int[] variables, double[] coefficients) {}

  /** The interval of an objective: exact when solved for, else an inner one (seen in solutions). */
  record Interval(double low, double high, boolean exact) {}

  /**
   * Every unknown is at most this: no count of children comes near it, and the programs stay bounded
   * (a bound reached means no upper bound).
   */
  static final double LARGE = 1e7;

  /** At most this many solutions drawn before any objective is solved for. */
  private static final int FIRST_SOLUTIONS = 4;

  /** A value seen this close to an objective's bound over the box is taken to reach it (the simplex's own precision). */
  private static final double BOX_TOLERANCE = 1e-9;

  private final int variables;
  private final List<Model.Constraint> constraints;
  private int solved;

  FeasibleIntervals(int variables, List<Model.Constraint> constraints) {
    this.variables = variables;
    this.constraints = constraints;
  }

  /** Linear programs solved so far. */
  int solved() {
    return solved;
  }

  /** The groups of variables linked by constraints, in order of their first variable; groupOf filled in. */
  List<int[]> components(int[] groupOf) {
    int[] parent = new int[variables];
    for (int i = 0; i < variables; i++) {
      parent[i] = i;
    }
    for (Model.Constraint c : constraints) {
      for (int k = 1; k < c.variables().length; k++) {
        union(parent, c.variables()[0], c.variables()[k]);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < variables; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<int[]> result = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      for (int v : g) {
        groupOf[v] = result.size();
      }
      result.add(g.stream().mapToInt(Integer::intValue).toArray());
    }
    return result;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** A linear program over some variables, the others (if any) held at given values. */
  private final class Program {
    final Map<Integer, Integer> local = new HashMap<>();
    final Variable[] x;
    final ExpressionsBasedModel lp = new ExpressionsBasedModel();

    Program(int[] group, List<Model.Constraint> groupConstraints, double[] held) {
      for (int v : group) {
        local.put(v, local.size());
      }
      x = new Variable[group.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = lp.addVariable("x" + i).lower(0).upper(LARGE);
      }
      int k = 0;
      for (Model.Constraint c : groupConstraints) {
        double shift = 0;
        Expression e = null;
        for (int j = 0; j < c.variables().length; j++) {
          Integer l = local.get(c.variables()[j]);
          if (l == null) {
            shift += c.coefficients()[j] * held[c.variables()[j]];
          } else {
            if (e == null) {
              e = lp.addExpression("c" + k++);
            }
            e.set(x[l], c.coefficients()[j]);
          }
        }
        if (e == null) {
          continue;
        }
        if (Double.isFinite(c.lower())) {
          e.lower(c.lower() - shift);
        }
        if (Double.isFinite(c.upper())) {
          e.upper(c.upper() - shift);
        }
      }
    }

    /** An optimum of the objective (minimum or maximum), null when there is no solution. */
    double[] optimum(int[] vars, double[] coefficients, boolean maximise) {
      for (int j = 0; j < vars.length; j++) {
        x[local.get(vars[j])].weight(coefficients[j]);
      }
      Optimisation.Result r = maximise ? lp.maximise() : lp.minimise();
      solved++;
      for (int j = 0; j < vars.length; j++) {
        x[local.get(vars[j])].weight(0);
      }
      if (!r.getState().isFeasible()) {
        return null;
      }
      double[] point = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        point[i] = r.doubleValue(i);
      }
      return point;
    }

    double value(Objective objective, double[] point) {
      double v = 0;
      for (int j = 0; j < objective.variables().length; j++) {
        v += objective.coefficients()[j] * point[local.get(objective.variables()[j])];
      }
      return v;
    }
  }

  /** A point of a group's feasible set (its values by variable, in a full-length array), null when there is none. */
  double[] point(int[] group, List<Model.Constraint> groupConstraints) {
    return point(group, groupConstraints, null);
  }

  /** The same, the variables of the constraints outside the group held at their values in {@code held}. */
  double[] point(int[] group, List<Model.Constraint> groupConstraints, double[] held) {
    Program p = new Program(group, groupConstraints, held);
    double[] local = p.optimum(new int[0], new double[0], false);
    if (local == null) {
      return null;
    }
    double[] point = new double[variables];
    for (int v : group) {
      point[v] = local[p.local.get(v)];
    }
    return point;
  }

  /**
   * The intervals of some objectives over the variables of {@code block}, every other variable of
   * the constraints held at its value in {@code held} (a feasible point: the intervals are then
   * inner ones, each value in them feasible for the whole); null when there is no solution.
   */
  Interval[] solve(int[] block, List<Model.Constraint> blockConstraints, double[] held, List<Objective> objectives,
      BiPredicate<Integer, Interval> enough) {
    Program p = new Program(block, blockConstraints, held);
    double[] seenLow = new double[objectives.size()];
    double[] seenHigh = new double[objectives.size()];
    Arrays.fill(seenLow, Double.POSITIVE_INFINITY);
    Arrays.fill(seenHigh, Double.NEGATIVE_INFINITY);
    // Solutions far out in many objectives at once first: the counts all as high as they go together,
    // then all as low, then random directions, until what is seen of every objective is enough.
    SplittableRandom random = new SplittableRandom(block.length * 31L + objectives.size());
    int[] vars = block.clone();
    double[] counts = countsOf(vars, objectives);
    for (int s = 0; s < FIRST_SOLUTIONS && objectives.size() > 2; s++) {
      boolean together = s < 2 && counts != null;
      double[] coefficients = together ? counts : new double[vars.length];
      for (int j = 0; j < vars.length && !together; j++) {
        coefficients[j] = random.nextBoolean() ? 1 : -1;
      }
      double[] point = p.optimum(vars, coefficients, !together || s == 0);
      if (point == null) {
        return null;
      }
      see(p, objectives, point, seenLow, seenHigh);
      if (s > 0 && allEnough(seenLow, seenHigh, enough)) {
        break;
      }
    }
    Interval[] result = new Interval[objectives.size()];
    for (int o = 0; o < objectives.size(); o++) {
      if (seenLow[o] <= seenHigh[o] && enough.test(o, new Interval(seenLow[o], seenHigh[o], false))) {
        result[o] = new Interval(seenLow[o], seenHigh[o], false);
        continue;
      }
      Objective objective = objectives.get(o);
      // A side a seen point puts at the objective's bound over the box [0, LARGE] is exact without a program
      // (a count seen at 0 has 0 for its minimum); else the minimum is solved, and the maximum only when
      // the exact minimum with the highest value seen is not already enough.
      double floor = boxBound(objective, false);
      double ceiling = boxBound(objective, true);
      Double low = seenLow[o] <= floor + BOX_TOLERANCE ? floor : optimum(p, objectives, o, false, seenLow, seenHigh);
      if (low == null) {
        return null;
      }
      if (seenHigh[o] < ceiling - BOX_TOLERANCE && enough.test(o, new Interval(low, seenHigh[o], false))) {
        result[o] = new Interval(low, seenHigh[o], false);
        continue;
      }
      Double high = seenHigh[o] >= ceiling - BOX_TOLERANCE ? ceiling : optimum(p, objectives, o, true, seenLow, seenHigh);
      if (high == null) {
        return null;
      }
      result[o] = new Interval(low, high, true);
    }
    return result;
  }

  /** An objective's minimum (or maximum), the solution seen as every solution is; null when there is none. */
  private Double optimum(Program p, List<Objective> objectives, int o, boolean maximise, double[] seenLow,
      double[] seenHigh) {
    Objective objective = objectives.get(o);
    double[] point = p.optimum(objective.variables(), objective.coefficients(), maximise);
    if (point == null) {
      return null;
    }
    see(p, objectives, point, seenLow, seenHigh);
    return p.value(objective, point);
  }

  /** The least (or greatest) value of an objective over the box every unknown lies in, [0, LARGE]. */
  static double boxBound(Objective objective, boolean greatest) {
    double bound = 0;
    for (double c : objective.coefficients()) {
      bound += (c > 0) == greatest ? c * LARGE : 0;
    }
    return bound;
  }

  /** A weight of 1 on each variable that is an objective by itself (a suppressed count), null when there is none. */
  private static double[] countsOf(int[] vars, List<Objective> objectives) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int j = 0; j < vars.length; j++) {
      index.put(vars[j], j);
    }
    double[] weights = new double[vars.length];
    boolean any = false;
    for (Objective o : objectives) {
      Integer j = o.variables().length == 1 ? index.get(o.variables()[0]) : null;
      if (j != null) {
        weights[j] = 1;
        any = true;
      }
    }
    return any ? weights : null;
  }

  private static boolean allEnough(double[] low, double[] high, BiPredicate<Integer, Interval> enough) {
    for (int o = 0; o < low.length; o++) {
      if (!enough.test(o, new Interval(low[o], high[o], false))) {
        return false;
      }
    }
    return true;
  }

  private static void see(Program p, List<Objective> objectives, double[] point, double[] low, double[] high) {
    for (int o = 0; o < objectives.size(); o++) {
      double v = p.value(objectives.get(o), point);
      low[o] = Math.min(low[o], v);
      high[o] = Math.max(high[o], v);
    }
  }
}
