package eyfsp.publish;

import eyfsp.measures.Attainment;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The cells of a list of published tables as one array, by id, for {@link Suppression}: each count's
 * value, whether it is withheld (x) or never suppressed, the counts of its row built on it, and
 * where the headline results lie.
 */
final class CountCells {

  final List<Table> tables;
  /** Cells never suppressed: counts that say nothing about a child ({@link Sensitivity}). */
  final boolean[] fixed;
  /** Cells not published at their row's level (x): in no sum, as an unknown that needs no protection would be. */
  final boolean[] withheld;
  /**
   * The cells of the headline results (the attainment table: each place's GLD and inequality gap),
   * from and to (exclusive), chosen to protect another cell only when no other published cell would do.
   */
  private int headlineFrom;
  private int headlineTo;
  private final int[] offsets;
  private final int[] widths;
  /** Each count's value; NaN for another cell and for a count not published (empty or withheld). */
  final double[] values;
  /** For each table and column, the count columns of the same row built on it. */
  final int[][][] dependents;

  CountCells(List<Table> tables, Sensitivity sensitivity) {
    this.tables = tables;
    offsets = new int[tables.size() + 1];
    widths = new int[tables.size()];
    for (int t = 0; t < tables.size(); t++) {
      widths[t] = tables.get(t).columns().size();
      offsets[t + 1] = offsets[t] + tables.get(t).rows().size() * widths[t];
      if (tables.get(t).name().equals(Attainment.NAME)) {
        headlineFrom = offsets[t];
        headlineTo = offsets[t + 1];
      }
    }
    values = new double[offsets[tables.size()]];
    Arrays.fill(values, Double.NaN);
    fixed = new boolean[values.length];
    withheld = new boolean[values.length];
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
            if (sensitivity.withheld(table, row, indicator.name())) {
              withheld[id(t, r, c)] = true;
            } else if (!row.isNullAt(c)) {
              values[id(t, r, c)] = ((Number) row.get(c)).doubleValue();
            }
            fixed[id(t, r, c)] = sensitivity.notSensitive(table, row, indicator.name());
          }
        }
      }
    }
  }

  /** The number of cells. */
  int size() {
    return values.length;
  }

  int id(int table, int row, int column) {
    return offsets[table] + row * widths[table] + column;
  }

  int id(Cell cell) {
    return id(cell.table(), cell.row(), cell.column());
  }

  /** The table of a cell. */
  int tableOf(int id) {
    int t = 0;
    while (offsets[t + 1] <= id) {
      t++;
    }
    return t;
  }

  /** The row of a cell in its table. */
  int rowOf(int id) {
    int table = tableOf(id);
    return (id - offsets[table]) / widths[table];
  }

  /** The column of a cell in its table. */
  int columnOf(int id) {
    int table = tableOf(id);
    return (id - offsets[table]) % widths[table];
  }

  /**
   * The relations as cells by id, the total first, leaving out those with a cell not published;
   * stops the run if one does not hold.
   */
  int[][] sums(List<Sum> relations) {
    int[][] sums = relations.stream()
        .map(s -> {
          List<Cell> cells = new ArrayList<>(s.parts());
          cells.add(0, s.total());
          return cells.stream().mapToInt(this::id).toArray();
        })
        .filter(ids -> Arrays.stream(ids).noneMatch(i -> Double.isNaN(values[i])))
        .toArray(int[][]::new);
    for (int[] sum : sums) {
      double parts = Arrays.stream(sum, 1, sum.length).mapToDouble(i -> values[i]).sum();
      if (Math.abs(values[sum[0]] - parts) > 1e-6 * Math.max(1, Math.abs(parts))) {
        // Suppression reasons from these sums: one that does not hold is a defect, not a data error.
        throw new IllegalStateException("a published total (" + values[sum[0]] + ") is not the sum of its parts ("
            + parts + ") in " + tables.get(tableOf(sum[0])).name());
      }
    }
    return sums;
  }

  /** For each cell, the sums (by position) that hold it. */
  int[][] sumsOf(int[][] sums) {
    int[] memberships = new int[size()];
    for (int[] sum : sums) {
      for (int i : sum) {
        memberships[i]++;
      }
    }
    int[][] sumsOf = new int[size()][];
    for (int i = 0; i < size(); i++) {
      sumsOf[i] = new int[memberships[i]];
    }
    int[] filled = new int[size()];
    for (int s = 0; s < sums.length; s++) {
      for (int i : sums[s]) {
        sumsOf[i][filled[i]++] = s;
      }
    }
    return sumsOf;
  }

  /** Whether a cell is a headline result. */
  boolean headline(int id) {
    return id >= headlineFrom && id < headlineTo;
  }
}
