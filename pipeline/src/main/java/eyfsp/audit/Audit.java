package eyfsp.audit;

import eyfsp.audit.FeasibleIntervals.Interval;
import eyfsp.audit.FeasibleIntervals.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An outside attacker's audit of published tables (domain page §6): with nothing but the published
 * cells and the documented rules ({@link Sums}, {@link Bounds}), the feasible interval of every
 * suppressed count, by linear programming. A count is exposed when its interval, rounded inwards to
 * whole children, is narrower than the protection width (a width of 0: recovered exactly), or lies
 * within 1 to the threshold - 1 (a small count told from none and from a safe one); and so is a
 * count whose rest in its group (children without GLD) is pinned that small.
 */
public final class Audit {

  /**
   * A suppressed count, or the rest of its group, an attacker can narrow too far: where, to what,
   * and why; {@code unknowns} are the variables of what was bounded (for {@link Result#near}).
   */
  public record Exposure(String table, int row, String column, String cell, double low, double high, String why,
      int[] unknowns) {}

  /**
   * What the audit found: the exposures, the suppressed counts audited, the linear programs solved,
   * the largest group of linked unknowns, the relation families the output refutes (so not used).
   */
  public record Result(List<Exposure> exposures, int suppressed, int solved, int largestGroup, Set<String> refuted,
      Neighbourhood neighbourhood) {
    public boolean safe() {
      return exposures.isEmpty();
    }

    /**
     * The published cells (table, row, column) whose suppression would widen an exposure: those of
     * the relations holding its unknowns, and at depth d those of relations d - 1 unknowns further out.
     */
    public List<int[]> near(Exposure exposure, int depth) {
      return neighbourhood.near(exposure.unknowns(), depth);
    }
  }

  /** What the audit knows of the true values (the pipeline knows them): NaN where it does not. */
  public interface Known {
    double value(int table, int row, String column);
  }

  private static final double TOLERANCE = 1e-5;

  /** A group of more linked unknowns is solved LA by LA, the rest held at a feasible point. */
  static final int WHOLE_GROUP_LIMIT = 1500;
  /** At most this many counts of a large group found exposed by parts are solved again over the whole group. */
  private static final int SOLVED_WHOLE_AT_MOST = 40;

  private final AuditRules rules;
  /**
   * Signatures of groups found safe by this audit before: the same unknowns (by cell), the same
   * relations and the same published values are safe again, so an audit run again after a few more
   * cells are suppressed solves only the groups they changed.
   */
  private final Set<String> safeGroups = new HashSet<>();
  private String[] unknownKeys;
  /** The true value of each unknown where the caller knows it (NaN where not): see {@link #exposed}. */
  private double[] truth;

  public Audit(AuditRules rules) {
    this.rules = rules;
  }

  public Result of(PublishedTables tables) {
    return of(tables, null);
  }

  /**
   * The audit of published tables. A group of linked unknowns larger than {@link #WHOLE_GROUP_LIMIT}
   * is split by year and LA (national and regional rows apart), each part solved with the others
   * held at one feasible point (the true values where {@code known} gives them, else a solution):
   * every interval found is then one an attacker can reach at least, so a count found safe is safe,
   * and a count found exposed in such a part may in fact be wider (the verdict is cautious).
   */
  public Result of(PublishedTables tables, Known known) {
    Model model = new Model(tables);
    Sums.add(model, rules);
    Bounds.add(model, rules);
    List<Model.Unknown> unknowns = model.unknowns();
    unknownKeys = unknowns.stream().map(u -> u.cell() != null ? u.cell().toString() : u.label()).toArray(String[]::new);
    truth = truths(model, known);
    model.refuteIdentities(truth);
    List<Model.Constraint> constraints = model.constraints();
    FeasibleIntervals lp = new FeasibleIntervals(unknowns.size(), constraints);
    int[] groupOf = new int[unknowns.size()];
    List<int[]> groups = lp.components(groupOf);
    List<List<Model.Constraint>> groupConstraints = new ArrayList<>();
    groups.forEach(g -> groupConstraints.add(new ArrayList<>()));
    for (Model.Constraint c : constraints) {
      groupConstraints.get(groupOf[c.variables()[0]]).add(c);
    }
    List<List<Target>> targets = new ArrayList<>();
    groups.forEach(g -> targets.add(new ArrayList<>()));
    int suppressed = targets(model, groupOf, targets);
    // One group after another: ojAlgo's classes initialise one another, and two threads meeting it
    // for the first time at once can wait on each other forever (a run of the audit on two threads hung so).
    List<Exposure> exposures = new ArrayList<>();
    int largest = 0;
    for (int g = 0; g < groups.size(); g++) {
      if (!targets.get(g).isEmpty()) {
        largest = Math.max(largest, groups.get(g).length);
        exposures.addAll(group(model, known, lp, tables, groups.get(g), groupConstraints.get(g), targets.get(g)));
      }
    }
    exposures.sort(Comparator.comparing(Exposure::table).thenComparingInt(Exposure::row)
        .thenComparing(Exposure::column).thenComparing(Exposure::why));
    return new Result(exposures, suppressed, lp.solved(), largest, model.refuted(), new Neighbourhood(constraints));
  }

  /** The exposures of one group of linked unknowns. */
  private List<Exposure> group(Model model, Known known, FeasibleIntervals lp, PublishedTables tables, int[] group,
      List<Model.Constraint> constraints, List<Target> targets) {
    List<Exposure> exposures = new ArrayList<>();
    if (group.length <= WHOLE_GROUP_LIMIT) {
      solve(lp, tables, group, constraints, null, targets, exposures);
      return exposures;
    }
    double[] held = LargeGroups.held(model, known, lp, group, constraints);
    if (held == null) {
      held = lp.point(group, constraints);
    }
    if (held == null) {
      held = lp.point(group, withoutIdentities(constraints));
    }
    List<Model.Constraint> kept = constraints;
    if (held == null) {
      // No point satisfies every rule here (one of them does not hold in this output, and no fully
      // published row showed it): the group is audited by its sums alone, a weaker attacker.
      kept = LargeGroups.sumsOnly(kept);
      held = lp.point(group, kept);
    }
    if (held == null) {
      for (Target t : targets) {
        exposures.add(exposure(tables, t, null));
      }
      return exposures;
    }
    List<Target> exposedTargets = new ArrayList<>();
    for (Map.Entry<List<String>, List<Integer>> part : LargeGroups.parts(model, group).entrySet()) {
      int[] block = part.getValue().stream().mapToInt(Integer::intValue).toArray();
      Set<Integer> in = new HashSet<>(part.getValue());
      List<Model.Constraint> blockConstraints = kept.stream()
          .filter(c -> Arrays.stream(c.variables()).anyMatch(in::contains)).toList();
      List<Target> blockTargets = targets.stream().filter(t -> in.contains(t.objective().variables()[0])).toList();
      exposedTargets.addAll(solve(lp, tables, block, blockConstraints, held, blockTargets, exposures));
    }
    if (!exposedTargets.isEmpty() && exposedTargets.size() <= SOLVED_WHOLE_AT_MOST) {
      // Held values can pin what the whole group leaves free (a national count through its LAs'
      // schools): the few found exposed are solved again over the whole group.
      exposures.clear();
      solve(lp, tables, group, kept, null, exposedTargets, exposures);
    }
    return exposures;
  }

  /** Each group's objectives: its suppressed counts, then the rests of groups they count in; returns the counts. */
  private int targets(Model model, int[] groupOf, List<List<Target>> targets) {
    List<Model.Unknown> unknowns = model.unknowns();
    int suppressed = 0;
    for (int v = 0; v < unknowns.size(); v++) {
      Model.Unknown u = unknowns.get(v);
      if (u.cell() != null && isChildren(model, u.cell()) && !model.notAvailable(v) && sensitive(model, u.cell())) {
        suppressed++;
        targets.get(groupOf[v]).add(new Target(new Objective(new int[] {v}, new double[] {1}), 0, u.whole(), false,
            u.cell(), u.label()));
      }
    }
    for (Model.Complement c : model.complements()) {
      Model.Lin rest = c.base().minus(c.count());
      if (rest.isConstant()) {
        continue;
      }
      int[] vars = rest.terms().keySet().stream().mapToInt(Integer::intValue).toArray();
      if (Arrays.stream(vars).anyMatch(model::notAvailable)) {
        continue;
      }
      double[] coefficients = rest.terms().values().stream().mapToDouble(Double::doubleValue).toArray();
      Model.Unknown first = unknowns.get(vars[0]);
      targets.get(groupOf[vars[0]]).add(new Target(new Objective(vars, coefficients), rest.low(),
          first.whole(), true, first.anchor(), c.label()));
    }
    return suppressed;
  }

  /** Whether a cell says something about a child (conf: not Sex Unknown, not the children not matched to the census). */
  private boolean sensitive(Model model, Model.Cell cell) {
    PublishedTables.Table t = model.tables().get(cell.table());
    return !rules.notSensitive(t.columns().get(cell.column()), Rows.get(t, cell.row(), Rows.TOPIC),
        Rows.get(t, cell.row(), Rows.BREAKDOWN));
  }

  /** A count of children in a group (not the size of a lowest 20%, which follows from its cohort). */
  private static boolean isChildren(Model model, Model.Cell cell) {
    String column = model.tables().get(cell.table()).columns().get(cell.column());
    return !(column.endsWith("lowest20_number") && !column.startsWith("in_"));
  }

  /** Bounds the targets of a block, adding the exposed ones to {@code exposures}; returns those targets. */
  private List<Target> solve(FeasibleIntervals lp, PublishedTables tables, int[] block,
      List<Model.Constraint> blockConstraints, double[] held, List<Target> blockTargets, List<Exposure> exposures) {
    List<Target> exposed = new ArrayList<>();
    if (blockTargets.isEmpty()) {
      return exposed;
    }
    String signature = signature(block, blockConstraints, held, blockTargets);
    if (safeGroups.contains(signature)) {
      return exposed;
    }
    List<Objective> objectives = blockTargets.stream().map(Target::objective).toList();
    Interval[] intervals = lp.solve(block, blockConstraints, held, objectives,
        (o, interval) -> enough(blockTargets.get(o), interval));
    if (intervals == null) {
      // The relations assumed have no solution here: an identity between tables does not hold in this output.
      intervals = lp.solve(block, withoutIdentities(blockConstraints), held, objectives,
          (o, interval) -> enough(blockTargets.get(o), interval));
    }
    for (int o = 0; o < blockTargets.size(); o++) {
      Target target = blockTargets.get(o);
      Interval interval = intervals == null ? null : intervals[o];
      if (interval == null || exposed(target, interval, truthOf(target))) {
        exposures.add(exposure(tables, target, interval));
        exposed.add(target);
      }
    }
    if (exposed.isEmpty()) {
      safeGroups.add(signature);
    }
    return exposed;
  }

  /** What a group's verdict depends on: its unknowns (by cell), relations, values held outside it, targets. */
  private String signature(int[] block, List<Model.Constraint> constraints, double[] held, List<Target> targets) {
    StringBuilder b = new StringBuilder();
    for (Model.Constraint c : constraints) {
      b.append(c.family()).append('|').append(c.lower()).append('|').append(c.upper());
      for (int k = 0; k < c.variables().length; k++) {
        int v = c.variables()[k];
        b.append('|').append(c.coefficients()[k]).append('*').append(unknownKeys[v]);
        if (held != null && Arrays.binarySearch(block, v) < 0) {
          b.append('=').append(held[v]);
        }
      }
      b.append('\n');
    }
    targets.forEach(t -> b.append(t.label()).append(t.constant()).append('\n'));
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Model.Constraint> withoutIdentities(List<Model.Constraint> constraints) {
    return constraints.stream().filter(c -> !c.family().startsWith("identity")).toList();
  }

  /** One objective to bound: a suppressed count, or the rest of a group (constant + objective). */
  private record Target(Objective objective, double constant, boolean whole, boolean rest, Model.Cell cell,
      String label) {}

  /** The interval of a target in children: the constant added, whole counts rounded inwards. */
  private double[] children(Target target, Interval interval) {
    double low = interval.low() + target.constant();
    double high = interval.high() + target.constant();
    if (target.whole()) {
      low = Math.ceil(low - TOLERANCE * Math.max(1, Math.abs(low)));
      high = Math.floor(high + TOLERANCE * Math.max(1, Math.abs(high)));
    }
    return new double[] {low, high};
  }

  /**
   * Exposed: recovered exactly; or pinned between 1 and the threshold - 1; or, while it may be such a
   * small count, narrower than the protection width. A rest of a group is judged the same way. Where
   * the true value is known (the pipeline's own audit) and is not such a small count, only an exact
   * recovery exposes it: an interval like [0, 1] around a true 0 says nothing of a small count.
   */
  private boolean exposed(Target target, Interval interval, double trueValue) {
    double[] v = children(target, interval);
    double one = one(target);
    double small = small(target);
    boolean exact = v[1] - v[0] < TOLERANCE;
    boolean pinned = v[0] >= one && v[1] <= small;
    boolean maySmall = v[0] <= small && v[1] >= one;
    boolean narrow = v[1] - v[0] < rules.protectionWidth() - TOLERANCE;
    return exact || (!knownNotSmall(target, trueValue) && (pinned || (maySmall && narrow)));
  }

  /** Whether a target's true value is known (the pipeline's own audit) and is not a small count. */
  private boolean knownNotSmall(Target target, double trueValue) {
    return trueValue >= 0 && !(trueValue >= one(target) - TOLERANCE && trueValue <= small(target) + TOLERANCE);
  }

  /** The least and the greatest small count of a target's kind (whole children, or fractions of them). */
  private static double one(Target target) {
    return target.whole() ? 1 : TOLERANCE;
  }

  private double small(Target target) {
    return rules.suppressBelow() - (target.whole() ? 1 : TOLERANCE);
  }

  /**
   * Whether what is known of a target's interval already shows it safe. An inner interval (seen in
   * solutions: the exact one contains it) does when it is not exposed and no wider one could be:
   * its true value is known not to be small (only an exact recovery exposes it then), or it is at
   * least the protection width wide (never narrow nor exact, and pinned only if it already were).
   * Without this, [6, 6.5] of a count of fractional children would pass where [5.5, 6.5] does not.
   */
  private boolean enough(Target target, Interval interval) {
    double truth = truthOf(target);
    if (exposed(target, interval, truth)) {
      return false;
    }
    double[] v = children(target, interval);
    return interval.exact() || knownNotSmall(target, truth) || v[1] - v[0] >= rules.protectionWidth() - TOLERANCE;
  }

  /** A target's true value, -1 where not known. */
  private double truthOf(Target target) {
    double value = target.constant();
    Objective o = target.objective();
    for (int k = 0; k < o.variables().length; k++) {
      double t = truth[o.variables()[k]];
      if (Double.isNaN(t)) {
        return -1;
      }
      value += o.coefficients()[k] * t;
    }
    return value;
  }

  /** The true value of every unknown that is a suppressed cell, where the caller knows it; NaN elsewhere. */
  private static double[] truths(Model model, Known known) {
    double[] t = new double[model.unknowns().size()];
    Arrays.fill(t, Double.NaN);
    if (known == null) {
      return t;
    }
    for (int v = 0; v < t.length; v++) {
      Model.Cell c = model.unknowns().get(v).cell();
      if (c != null) {
        t[v] = known.value(c.table(), c.row(), model.tables().get(c.table()).columns().get(c.column()));
      }
    }
    return t;
  }

  private Exposure exposure(PublishedTables tables, Target target, Interval interval) {
    PublishedTables.Table t = tables.get(target.cell().table());
    String column = t.columns().get(target.cell().column());
    StringBuilder cell = new StringBuilder();
    for (String c : t.columns()) {
      String value = t.rows().get(target.cell().row()).get(t.columns().indexOf(c));
      if (!t.isIndicator(c) && !value.isEmpty() && !List.of("time_identifier", "country_code", "country_name",
          "region_name", "new_la_code").contains(c)) {
        cell.append(cell.length() == 0 ? "" : ", ").append(value);
      }
    }
    if (interval == null) {
      return new Exposure(t.name(), target.cell().row(), column, cell.toString(), Double.NaN, Double.NaN,
          "the published cells and rules have no solution here: " + target.label(), target.objective().variables());
    }
    double[] v = children(target, interval);
    String what = target.rest() ? "the rest of its group (" + target.label() + ")" : "the count";
    String why = v[1] - v[0] < TOLERANCE ? what + " is recovered exactly"
        : v[0] >= 1 && v[1] < rules.suppressBelow() ? what + " is pinned between 1 and " + (rules.suppressBelow() - 1)
        : what + " may be small and its interval is narrower than " + rules.protectionWidth();
    return new Exposure(t.name(), target.cell().row(), column, cell.toString(), v[0], v[1], why,
        target.objective().variables());
  }

  /** The exposures in a line each, for people. */
  public static String describe(Exposure e) {
    return String.format(Locale.ROOT, "%s row %d (%s) %s: [%s, %s], %s", e.table(), e.row() + 1, e.cell(),
        e.column(), number(e.low()), number(e.high()), e.why());
  }

  private static String number(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : v == Math.rint(v) ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
