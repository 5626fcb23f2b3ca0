package eyfsp.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attacker's unknowns and what ties them: every suppressed count is a variable (at least 0),
 * as is every quantity never published but implied (a place's total points); published cells are
 * numbers, or intervals where rounding hides the exact value. Constraints are linear: a sum of
 * terms within [lower, upper]. Each belongs to a family (one kind of relation in one table); a
 * family some of whose fully published instances fail is not a relation of this output, and is
 * dropped whole, as an attacker who checked it would drop it.
 */
final class Model {

  /** A cell of a published table. */
  record Cell(int table, int row, int column) {}

  /**
   * A linear constraint: lower <= sum of coefficients[k] x variables[k] <= upper; the published
   * cells it was made with are what would widen it if suppressed.
   */
  record Constraint(int[] variables, double[] coefficients, double lower, double upper, String family,
      List<Cell> published) {}

  /**
   * What a variable stands for: a suppressed cell (whole or fractional), or an unpublished quantity
   * (cell null) of the row of {@code anchor}.
   */
  record Unknown(Cell cell, boolean whole, String label, Cell anchor) {}

  /** A count and the group it counts in (GLD of the children): the rest of the group must not be pinned small either. */
  record Complement(Lin count, Lin base, String label) {}

  /** A count not published at its row's level: unknown, at least 0, but not protected. */
  static final String NOT_AVAILABLE = "x";

  /** Within this of a bound counts as on it (sums of published values carry rounding error). */
  static final double TOLERANCE = 1e-6;

  private final PublishedTables tables;
  private final List<Unknown> unknowns = new ArrayList<>();
  private final Map<Cell, Integer> variableOf = new HashMap<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final Set<String> refuted = new LinkedHashSet<>();
  private final List<Complement> complements = new ArrayList<>();
  private final Map<String, Integer> checked = new LinkedHashMap<>();

  Model(PublishedTables tables) {
    this.tables = tables;
  }

  PublishedTables tables() {
    return tables;
  }

  List<Unknown> unknowns() {
    return unknowns;
  }

  /** The variable of a suppressed cell, -1 for any other cell. */
  /** Whether an unknown is a count shown as x: in the relations, but nothing to protect. */
  boolean notAvailable(int variable) {
    Cell c = unknowns.get(variable).cell();
    return c != null && NOT_AVAILABLE.equals(tables.get(c.table()).rows().get(c.row()).get(c.column()));
  }

  int variableOf(Cell cell) {
    return variableOf.getOrDefault(cell, -1);
  }

  /** A new unpublished quantity of a row, at least 0. */
  int hidden(int table, int row, String label) {
    unknowns.add(new Unknown(null, false, label, new Cell(table, row, 0)));
    return unknowns.size() - 1;
  }

  /**
   * A cell as a term: a published number (its interval when rounding hides it), a variable when
   * suppressed, or null when not applicable (z, x, blank, or no such cell).
   */
  Lin term(int table, int row, String column) {
    PublishedTables.Table t = tables.get(table);
    int c = t.column(column);
    if (c < 0 || row < 0) {
      return null;
    }
    String text = t.rows().get(row).get(c);
    if (text.equals("c") || text.equals(NOT_AVAILABLE)) {
      Cell cell = new Cell(table, row, c);
      Integer v = variableOf.get(cell);
      if (v == null) {
        int places = t.decimals().getOrDefault(column, 0);
        unknowns.add(new Unknown(cell, places == 0, t.name() + " row " + row + " " + column, cell));
        v = unknowns.size() - 1;
        variableOf.put(cell, v);
      }
      return new Lin().plus(v, 1);
    }
    int places = t.decimals().getOrDefault(column, 0);
    Cell cell = new Cell(table, row, c);
    if (text.equals("low")) {
      // Rounds to 0 but is not 0.
      return new Lin().plusConstant(0, 0.5 * Math.pow(10, -Math.max(1, places))).from(cell);
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return null;
    }
    // A fractional count (tied children shared out) is shown rounded: it is within half its last decimal.
    double half = places > 0 ? 0.5 * Math.pow(10, -places) : 0;
    return new Lin().plusConstant(value - half, value + half).from(cell);
  }

  /**
   * A published value shown to some decimals, as the interval it was rounded (half up) from;
   * null when not a number.
   */
  double[] shown(int table, int row, String column) {
    PublishedTables.Table t = tables.get(table);
    String text = t.cell(row, column);
    if (text == null) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return null;
    }
    double half = 0.5 * Math.pow(10, -Math.max(0, t.decimals().getOrDefault(column, 0)));
    return new double[] {value - half, value + half};
  }

  /** lower <= expression <= upper, in the given family. */
  void require(Lin expression, double lower, double upper, String family) {
    if (expression == null) {
      return;
    }
    double low = lower - expression.constantHigh;
    double high = upper - expression.constantLow;
    if (expression.terms.isEmpty()) {
      checked.merge(family, 1, Integer::sum);
      if (low > TOLERANCE * (1 + Math.abs(lower)) || high < -TOLERANCE * (1 + Math.abs(upper))) {
        refuted.add(family);
      }
      return;
    }
    int[] variables = new int[expression.terms.size()];
    double[] coefficients = new double[variables.length];
    int k = 0;
    for (Map.Entry<Integer, Double> e : expression.terms.entrySet()) {
      variables[k] = e.getKey();
      coefficients[k++] = e.getValue();
    }
    constraints.add(new Constraint(variables, coefficients, low, high, family, List.copyOf(expression.sources)));
  }

  /** a = b. */
  void equal(Lin a, Lin b, String family) {
    if (a != null && b != null) {
      require(a.minus(b), 0, 0, family);
    }
  }

  /** a <= b. */
  void atMost(Lin a, Lin b, String family) {
    if (a != null && b != null) {
      require(a.minus(b), Double.NEGATIVE_INFINITY, 0, family);
    }
  }

  /** Notes a count whose complement in its group is sensitive too, when either is suppressed. */
  void complement(Lin count, Lin base, String label) {
    if (count != null && base != null && !(count.isConstant() && base.isConstant())) {
      complements.add(new Complement(count, base, label));
    }
  }

  List<Complement> complements() {
    return complements;
  }

  /** The constraints of every family that no published instance refutes. */
  List<Constraint> constraints() {
    return constraints.stream().filter(c -> !refuted.contains(c.family())).toList();
  }

  /**
   * Drops the identities the true values (where known, else NaN) refute: what holds of the children
   * is known to the pipeline, though suppression may hide every instance that shows it does not.
   */
  void refuteIdentities(double[] truth) {
    for (Constraint c : constraints) {
      if (!c.family().startsWith("identity") || refuted.contains(c.family())) {
        continue;
      }
      double sum = 0;
      for (int k = 0; k < c.variables().length; k++) {
        sum += c.coefficients()[k] * truth[c.variables()[k]];
      }
      if (!Double.isNaN(sum) && (sum < c.lower() - TOLERANCE * (1 + Math.abs(c.lower()))
          || sum > c.upper() + TOLERANCE * (1 + Math.abs(c.upper())))) {
        refuted.add(c.family());
      }
    }
  }

  /** Families dropped because a fully published instance of them does not hold. */
  Set<String> refuted() {
    return refuted;
  }

  /** A linear expression: variables with coefficients, plus a constant known to lie in an interval. */
  static final class Lin {
    private final Map<Integer, Double> terms = new LinkedHashMap<>();
    private final Set<Cell> sources = new LinkedHashSet<>();
    private double constantLow;
    private double constantHigh;

    Lin plus(int variable, double coefficient) {
      terms.merge(variable, coefficient, Double::sum);
      if (terms.get(variable) == 0) {
        terms.remove(variable);
      }
      return this;
    }

    /** Notes a published cell this expression's constant comes from. */
    Lin from(Cell cell) {
      sources.add(cell);
      return this;
    }

    Lin plusConstant(double low, double high) {
      constantLow += low;
      constantHigh += high;
      return this;
    }

    /** This plus f times another expression (f may be negative: the interval turns round). */
    Lin plus(Lin other, double f) {
      other.terms.forEach((v, c) -> plus(v, f * c));
      sources.addAll(other.sources);
      if (f >= 0) {
        plusConstant(f * other.constantLow, f * other.constantHigh);
      } else {
        plusConstant(f * other.constantHigh, f * other.constantLow);
      }
      return this;
    }

    Lin minus(Lin other) {
      return copy().plus(other, -1);
    }

    Lin copy() {
      Lin c = new Lin();
      c.terms.putAll(terms);
      c.sources.addAll(sources);
      c.constantLow = constantLow;
      c.constantHigh = constantHigh;
      return c;
    }

    /** The least value of a constant expression (a published count's value). */
    double low() {
      return constantLow;
    }

    Map<Integer, Double> terms() {
      return terms;
    }

    boolean isConstant() {
      return terms.isEmpty();
    }

    /** The sum of some expressions; null if any is null (a cell not applicable). */
    static Lin sum(List<Lin> parts) {
      Lin sum = new Lin();
      for (Lin p : parts) {
        if (p == null) {
          return null;
        }
        sum.plus(p, 1);
      }
      return sum;
    }
  }
}
