package eyfsp.publish;

import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Which count cells of a set of published tables are shown as {@code c} (domain page §6).
 *
 * <p>Primary suppression: a count of children from 1 to below the threshold, and a count of
 * children with an outcome whose complement in its group (children without GLD, say) is that
 * small. A count built on a suppressed count is suppressed with it.
 *
 * <p>Secondary suppression: the published counts are tied by sums (a topic's breakdowns add up to
 * the total, an LA's schools to the LA, a region's LAs to the region, ...: {@link Relations}). As
 * long as a sum has exactly one suppressed cell, that cell could be worked out by subtraction, so
 * one more of its cells is suppressed: the one that leaves fewest other sums with a single
 * suppressed cell, then a non-zero one, then the smallest, then the first. When no sum has a single
 * suppressed cell, each group of suppressed cells linked by sums is checked for a cell that the sums
 * fix all together (by Gaussian elimination), and protected the same way until none is. Every
 * choice follows the tables' row order, so the same tables always give the same cells.
 */
final class Suppression {

  /** A cell: a table (its position in the list), a row and a column (their positions). */
  record Cell(int table, int row, int column) {}

  /** A relation between published counts: the total is the sum of the parts. */
  record Sum(Cell total, List<Cell> parts) {}

  private static final double EPSILON = 1e-9;

  private final List<Table> tables;
  private final int threshold;
  private final int[] offsets;
  private final double[] values;
  private final boolean[] suppressed;
  /** For each table and column, the count columns of the same row built on it. */
  private final int[][][] dependents;
  private final int[][] sums;
  private final int[] unknowns;
  private final int[][] sumsOf;
  private final Deque<Integer> singles = new ArrayDeque<>();

  private Suppression(List<Table> tables, List<Sum> relations, int threshold) {
    this.tables = tables;
    this.threshold = threshold;
    offsets = new int[tables.size() + 1];
    for (int t = 0; t < tables.size(); t++) {
      offsets[t + 1] = offsets[t] + tables.get(t).rows().size() * tables.get(t).columns().size();
    }
    values = new double[offsets[tables.size()]];
    Arrays.fill(values, Double.NaN);
    suppressed = new boolean[values.length];
    dependents = new int[tables.size()][][];
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      int width = table.columns().size();
      dependents[t] = new int[width][];
      for (int c = 0; c < width; c++) {
        String column = table.columns().get(c);
        dependents[t][c] = table.indicators().stream()
            .filter(i -> i.isCount() && i.builtOn().contains(column))
            .mapToInt(i -> table.schema().fieldIndex(i.name()))
            .toArray();
      }
      for (Indicator indicator : table.indicators()) {
        if (indicator.isCount()) {
          int c = table.schema().fieldIndex(indicator.name());
          for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            if (!row.isNullAt(c)) {
              values[id(t, r, c)] = ((Number) row.get(c)).doubleValue();
            }
          }
        }
      }
    }
    sums = relations.stream()
        .map(s -> {
          List<Cell> cells = new ArrayList<>(s.parts());
          cells.add(0, s.total());
          return cells.stream().mapToInt(this::id).toArray();
        })
        .filter(ids -> Arrays.stream(ids).noneMatch(i -> Double.isNaN(values[i])))
        .toArray(int[][]::new);
    unknowns = new int[sums.length];
    int[] memberships = new int[values.length];
    for (int[] sum : sums) {
      for (int i : sum) {
        memberships[i]++;
      }
    }
    sumsOf = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      sumsOf[i] = new int[memberships[i]];
    }
    int[] filled = new int[values.length];
    for (int s = 0; s < sums.length; s++) {
      for (int i : sums[s]) {
        sumsOf[i][filled[i]++] = s;
      }
    }
  }

  /** Decides the suppressed cells of the tables: true where a count cell is shown as c. */
  static Suppression decide(List<Table> tables, List<Sum> relations, int threshold) {
    Suppression s = new Suppression(tables, relations, threshold);
    s.primary();
    s.secondary();
    return s;
  }

  boolean isSuppressed(int table, int row, int column) {
    return suppressed[id(table, row, column)];
  }

  private int id(int table, int row, int column) {
    return offsets[table] + row * tables.get(table).columns().size() + column;
  }

  private int id(Cell cell) {
    return id(cell.table(), cell.row(), cell.column());
  }

  private boolean small(double value) {
    return value > 0 && value < threshold;
  }

  private void primary() {
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      for (Indicator indicator : table.indicators()) {
        if (indicator.unit() != Indicator.Unit.COUNT) {
          continue;
        }
        int c = table.schema().fieldIndex(indicator.name());
        List<Integer> bases = indicator.builtOn().stream()
            .filter(b -> table.indicator(b).isCount())
            .map(b -> table.schema().fieldIndex(b))
            .toList();
        for (int r = 0; r < table.rows().size(); r++) {
          double value = values[id(t, r, c)];
          boolean small = small(value);
          for (int base : bases) {
            // The complement: 37 of 40 with GLD would show that 3 children are without it.
            small |= small(values[id(t, r, base)] - value);
          }
          if (small) {
            suppress(t, r, c);
          }
        }
      }
    }
  }

  /** Suppresses a cell and every count of its row built on it; notes sums left with one suppressed cell. */
  private void suppress(int table, int row, int column) {
    int id = id(table, row, column);
    if (suppressed[id]) {
      return;
    }
    suppressed[id] = true;
    for (int s : sumsOf[id]) {
      if (++unknowns[s] == 1) {
        singles.add(s);
      }
    }
    for (int dependent : dependents[table][column]) {
      suppress(table, row, dependent);
    }
  }

  private void suppress(int id) {
    int table = 0;
    while (offsets[table + 1] <= id) {
      table++;
    }
    int width = tables.get(table).columns().size();
    suppress(table, (id - offsets[table]) / width, (id - offsets[table]) % width);
  }

  private void secondary() {
    while (true) {
      while (!singles.isEmpty()) {
        int s = singles.poll();
        if (unknowns[s] == 1) {
          protect(List.of(s), s);
        }
      }
      List<Integer> determined = determined();
      if (determined.isEmpty()) {
        return;
      }
      for (int cell : determined) {
        protectAround(cell);
      }
    }
  }

  /**
   * Suppresses one more cell in the sums nearest a determined cell that have a published cell: its
   * own sums, or where every cell of those is suppressed (a count published twice), the sums of
   * the suppressed cells they hold, and so on outwards.
   */
  private void protectAround(int determined) {
    boolean[] seen = new boolean[values.length];
    seen[determined] = true;
    List<Integer> layer = List.of(determined);
    while (!layer.isEmpty()) {
      List<Integer> around = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int cell : layer) {
        for (int s : sumsOf[cell]) {
          around.add(s);
          for (int i : sums[s]) {
            if (suppressed[i] && !seen[i]) {
              seen[i] = true;
              next.add(i);
            }
          }
        }
      }
      if (protect(around, -1)) {
        return;
      }
      layer = next;
    }
    throw new IllegalStateException("a suppressed cell cannot be protected: every cell it is summed with is suppressed");
  }

  /** Suppresses the best published cell of the given sums; false if they have none. */
  private boolean protect(List<Integer> among, int current) {
    int best = -1;
    long[] bestScore = null;
    for (int s : among) {
      for (int i : sums[s]) {
        if (suppressed[i]) {
          continue;
        }
        long[] score = score(i, current);
        if (best < 0 || Arrays.compare(score, bestScore) < 0) {
          best = i;
          bestScore = score;
        }
      }
    }
    if (best < 0) {
      return false;
    }
    suppress(best);
    return true;
  }

  /** Lower is better: sums newly left with one suppressed cell less sums it completes, non-zero, smallest, first. */
  private long[] score(int id, int current) {
    long created = 0;
    for (int s : sumsOf[id]) {
      if (s != current) {
        created += unknowns[s] == 0 ? 1 : unknowns[s] == 1 ? -1 : 0;
      }
    }
    return new long[] {created, values[id] == 0 ? 1 : 0, Math.round(Math.abs(values[id]) * 1000), id};
  }

  /**
   * Suppressed cells that the sums fix all together, the first of each group. Suppressed cells linked by sums form
   * groups; in each, a cell is fixed when its unit vector lies in the row space of the sums'
   * coefficients on the group's cells: a row of the reduced row echelon form with one non-zero.
   */
  private List<Integer> determined() {
    int[] parent = new int[values.length];
    Arrays.fill(parent, -1);
    for (int[] sum : sums) {
      int first = -1;
      for (int i : sum) {
        if (suppressed[i]) {
          if (parent[i] < 0) {
            parent[i] = i;
          }
          if (first < 0) {
            first = i;
          } else {
            union(parent, first, i);
          }
        }
      }
    }
    Map<Integer, List<Integer>> sumsByGroup = new LinkedHashMap<>();
    for (int s = 0; s < sums.length; s++) {
      if (unknowns[s] > 0) {
        int root = -1;
        for (int i : sums[s]) {
          if (suppressed[i]) {
            root = find(parent, i);
            break;
          }
        }
        sumsByGroup.computeIfAbsent(root, r -> new ArrayList<>()).add(s);
      }
    }
    // One cell a group a round: protecting it may free the group's others.
    List<Integer> determined = new ArrayList<>();
    for (List<Integer> group : sumsByGroup.values()) {
      determinedIn(group).stream().min(Integer::compare).ifPresent(determined::add);
    }
    determined.sort(null);
    return determined;
  }

  private List<Integer> determinedIn(List<Integer> group) {
    Map<Integer, Integer> columnOf = new LinkedHashMap<>();
    for (int s : group) {
      for (int i : sums[s]) {
        if (suppressed[i]) {
          columnOf.putIfAbsent(i, columnOf.size());
        }
      }
    }
    int[] cells = columnOf.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[][] m = new double[group.size()][cells.length];
    for (int r = 0; r < group.size(); r++) {
      int[] sum = sums[group.get(r)];
      for (int k = 0; k < sum.length; k++) {
        if (suppressed[sum[k]]) {
          m[r][columnOf.get(sum[k])] = k == 0 ? 1 : -1;
        }
      }
    }
    int rank = 0;
    int[] pivots = new int[Math.min(m.length, cells.length)];
    for (int c = 0; c < cells.length && rank < m.length; c++) {
      int pivot = rank;
      for (int r = rank + 1; r < m.length; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      if (Math.abs(m[pivot][c]) < EPSILON) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      double scale = m[rank][c];
      for (int k = c; k < cells.length; k++) {
        m[rank][k] /= scale;
      }
      for (int r = 0; r < m.length; r++) {
        double factor = m[r][c];
        if (r != rank && Math.abs(factor) > EPSILON) {
          for (int k = c; k < cells.length; k++) {
            m[r][k] -= factor * m[rank][k];
          }
        }
      }
      pivots[rank++] = c;
    }
    List<Integer> determined = new ArrayList<>();
    for (int r = 0; r < rank; r++) {
      int nonZero = 0;
      for (int k = 0; k < cells.length; k++) {
        if (Math.abs(m[r][k]) > EPSILON) {
          nonZero++;
        }
      }
      if (nonZero == 1) {
        determined.add(cells[pivots[r]]);
      }
    }
    return determined;
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
}
