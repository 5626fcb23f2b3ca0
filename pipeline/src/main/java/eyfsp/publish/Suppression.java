package eyfsp.publish;

import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

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
 * one more of its cells is suppressed: a cell outside the headline results (attainment) where there
 * is one, as those are the figures an LA is held to; then the one that leaves fewest other sums with
 * a single suppressed cell, then a non-zero one, then the smallest, then the first. When no sum has
 * a single suppressed cell, each group of suppressed cells linked by sums is checked for a cell that
 * the sums fix all together (by elimination, {@link LinkedGroups#determined}), and protected the
 * same way, from its own sums outwards, until none is: a round protects every fixed cell it finds
 * unless a protection that round came near it (see {@link #secondary}). Every choice follows the
 * tables' row order, so the same tables always give the same cells. The cells by id are {@link
 * CountCells}'.
 */
final class Suppression {

  /** A cell: a table (its position in the list), a row and a column (their positions). */
  record Cell(int table, int row, int column) {}

  /** A relation between published counts: the total is the sum of the parts. */
  record Sum(Cell total, List<Cell> parts) {}

  /** The largest group of linked suppressed cells checked again after each protection in it. */
  private static final int RECHECKED_WHOLE = 1000;

  private final List<Table> tables;
  private final int threshold;
  private final Sensitivity sensitivity;
  /** The tables' cells by id, and what each is. */
  private final CountCells counts;
  private final boolean[] suppressed;
  private final int[][] sums;
  private final int[] unknowns;
  private final int[][] sumsOf;
  private final Deque<Integer> singles = new ArrayDeque<>();
  /** The suppressed cells linked by sums, and which of them the sums fix. */
  private final LinkedGroups groups;
  /** Fixed cells left to the audit (no cell of their sums frees them), and protections tried per fixed cell. */
  private final boolean[] settled;
  private final Map<Integer, Integer> tries = new HashMap<>();

  private Suppression(List<Table> tables, List<Sum> relations, int threshold, Sensitivity sensitivity) {
    this.tables = tables;
    this.threshold = threshold;
    this.sensitivity = sensitivity;
    counts = new CountCells(tables, sensitivity);
    suppressed = new boolean[counts.size()];
    settled = new boolean[counts.size()];
    sums = counts.sums(relations);
    unknowns = new int[sums.length];
    sumsOf = counts.sumsOf(sums);
    groups = new LinkedGroups(sums, sumsOf, suppressed, counts.size());
  }

  /** Decides the suppressed cells of the tables, every count protected. */
  static Suppression decide(List<Table> tables, List<Sum> relations, int threshold) {
    return decide(tables, relations, threshold, Sensitivity.ALL);
  }

  /** Decides the suppressed cells of the tables; counts that say nothing about a child are published. */
  static Suppression decide(List<Table> tables, List<Sum> relations, int threshold, Sensitivity sensitivity) {
    Suppression s = new Suppression(tables, relations, threshold, sensitivity);
    s.primary();
    s.secondary();
    return s;
  }

  /** True where a count is not published at its row's level (x). */
  boolean isWithheld(int table, int row, int column) {
    return counts.withheld[counts.id(table, row, column)];
  }

  /** True where a cell is shown as c (a count, or a percentage or average suppressed on its own). */
  boolean isSuppressed(int table, int row, int column) {
    return suppressed[counts.id(table, row, column)];
  }

  /**
   * Suppresses more cells to widen what an attacker can work out of an exposed one: the best
   * {@code cells} of the candidates (published cells tied to it), by the order secondary suppression
   * uses, a headline result only when {@code headline} (a last resort); then {@link #close} protects
   * every sum that leaves with one suppressed cell. Returns false when no candidate can be.
   */
  boolean widen(List<int[]> candidates, int cells, boolean headline) {
    record Scored(int id, long[] score) {}
    List<Scored> scored = new ArrayList<>();
    for (int[] c : candidates) {
      int i = counts.id(c[0], c[1], c[2]);
      if (suppressed[i] || counts.fixed[i] || counts.withheld[i] || (!headline && counts.headline(i))) {
        continue;
      }
      // Fewest relations first (a shown percentage or average has none: hiding it frees what it
      // bounded, and nothing else), then as secondary suppression chooses.
      long[] rest = score(i, -1);
      long[] score = new long[rest.length + 1];
      score[0] = sumsOf[i].length;
      System.arraycopy(rest, 0, score, 1, rest.length);
      scored.add(new Scored(i, score));
    }
    scored.sort((a, b) -> Arrays.compare(a.score(), b.score()));
    scored.stream().limit(cells).forEach(s -> suppress(s.id()));
    return !scored.isEmpty();
  }

  /** After cells are widened: every sum left with one suppressed cell, and every cell the sums fix, protected again. */
  void close() {
    secondary();
  }

  /** The value of a count cell, NaN for another. */
  double value(int table, int row, int column) {
    return counts.values[counts.id(table, row, column)];
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
        boolean restSensitive = !sensitivity.restNotSensitive(indicator.name());
        for (int r = 0; r < table.rows().size(); r++) {
          double value = counts.values[counts.id(t, r, c)];
          if (counts.fixed[counts.id(t, r, c)]) {
            continue;
          }
          boolean small = small(value);
          for (int base : bases) {
            // The complement: 37 of 40 with GLD would show that 3 children are without it.
            small |= restSensitive && small(counts.values[counts.id(t, r, base)] - value);
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
    int id = counts.id(table, row, column);
    if (suppressed[id]) {
      return;
    }
    suppressed[id] = true;
    for (int s : sumsOf[id]) {
      if (++unknowns[s] == 1) {
        singles.add(s);
      }
    }
    groups.add(id);
    for (int dependent : counts.dependents[table][column]) {
      if (!counts.fixed[counts.id(table, row, dependent)]) {
        suppress(table, row, dependent);
      }
    }
  }

  private void suppress(int id) {
    suppress(counts.tableOf(id), counts.rowOf(id), counts.columnOf(id));
  }

  private void secondary() {
    while (true) {
      while (!singles.isEmpty()) {
        int s = singles.poll();
        if (unknowns[s] == 1) {
          protect(List.of(s), s);
        }
      }
      List<Integer> determined = groups.determined().stream().filter(i -> !settled[i]).toList();
      if (determined.isEmpty()) {
        return;
      }
      // Each fixed cell is protected in turn unless a protection this round came near it, which may
      // have freed it: then it waits for the next round's check. Near is anywhere in a group of up
      // to RECHECKED_WHOLE cells (cheap to check again, and protecting one fixed cell at a time
      // suppresses fewest); in a larger group, the fixed cell's sums and those of the cell
      // suppressed and of the suppressed cells beside it, so that a national group of thousands of
      // cells is not worked out again for each of its fixed cells. The loop ends when none is fixed.
      boolean[] changed = new boolean[sums.length];
      for (int cell : determined) {
        if (Arrays.stream(sumsOf[cell]).noneMatch(s -> changed[s])) {
          // A cell fixed by sums that hold a count never suppressed may not be freed by any cell of
          // them: it gets one protection in its own sums, never a headline result, and is then left to
          // the audit (reaching further out, as for a cell published twice, suppressed far and wide).
          boolean nearFixed = nearFixed(cell);
          if (nearFixed && tries.merge(cell, 1, Integer::sum) > 1) {
            settled[cell] = true;
            continue;
          }
          int protectedCell = nearFixed ? protectOwn(cell) : protectAround(cell);
          if (protectedCell >= 0) {
            if (groups.sizeOf(protectedCell) <= RECHECKED_WHOLE) {
              markGroup(groups.cellsOf(protectedCell), changed);
            } else {
              for (int s : sumsOf[cell]) {
                changed[s] = true;
              }
              markAround(protectedCell, changed);
            }
          } else {
            settle(cell);
            settled[cell] = true;
          }
        }
      }
    }
  }

  /**
   * A fixed cell whose linked sums hold no published cell that may be suppressed: when every one is
   * suppressed, the sums are all unknowns, so the value they fix is 0, which a zero count publishes
   * anyway, and any other value is a contradiction. When some are counts that say nothing about a
   * child (never suppressed), the audit that follows widens the cell by the other relations it is in.
   */
  private void settle(int cell) {
    if (counts.values[cell] != 0 && !nearFixed(cell)) {
      throw new IllegalStateException("suppressed count " + counts.values[cell]
          + " is fixed by sums that hold no published cell, which only a zero can be");
    }
  }

  /** Whether a cell's linked sums hold a count that is never suppressed. */
  private boolean nearFixed(int cell) {
    Set<Integer> seen = new HashSet<>(List.of(cell));
    Deque<Integer> open = new ArrayDeque<>(List.of(cell));
    while (!open.isEmpty()) {
      for (int s : sumsOf[open.poll()]) {
        for (int i : sums[s]) {
          if (counts.fixed[i]) {
            return true;
          }
          if (suppressed[i] && seen.add(i)) {
            open.add(i);
          }
        }
      }
    }
    return false;
  }

  /** Marks the sums of every cell of a group. */
  private void markGroup(int[] group, boolean[] marked) {
    for (int cell : group) {
      for (int s : sumsOf[cell]) {
        marked[s] = true;
      }
    }
  }

  /** Marks the sums of a cell and of the suppressed cells they hold. */
  private void markAround(int cell, boolean[] marked) {
    for (int s : sumsOf[cell]) {
      marked[s] = true;
      for (int i : sums[s]) {
        if (suppressed[i]) {
          for (int t : sumsOf[i]) {
            marked[t] = true;
          }
        }
      }
    }
  }

  /**
   * Suppresses one more cell, returned, in the sums nearest a determined cell that have a published
   * cell: its own sums, or where every cell of those is suppressed (a count published twice), the sums of
   * the suppressed cells they hold, and so on outwards; -1 when none of them has a published cell.
   */
  private int protectAround(int determined) {
    Set<Integer> seen = new HashSet<>(List.of(determined));
    List<Integer> layer = List.of(determined);
    while (!layer.isEmpty()) {
      List<Integer> around = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int cell : layer) {
        for (int s : sumsOf[cell]) {
          around.add(s);
          for (int i : sums[s]) {
            if (suppressed[i] && seen.add(i)) {
              next.add(i);
            }
          }
        }
      }
      int protectedCell = protect(around, -1);
      if (protectedCell >= 0) {
        return protectedCell;
      }
      layer = next;
    }
    return -1;
  }

  /** Suppresses the best published cell of a fixed cell's own sums but a headline result; -1 if there is none. */
  private int protectOwn(int determined) {
    int best = -1;
    long[] bestScore = null;
    for (int s : sumsOf[determined]) {
      for (int i : sums[s]) {
        if (suppressed[i] || counts.fixed[i] || (counts.headline(i))) {
          continue;
        }
        long[] score = score(i, -1);
        if (best < 0 || Arrays.compare(score, bestScore) < 0) {
          best = i;
          bestScore = score;
        }
      }
    }
    if (best >= 0) {
      suppress(best);
    }
    return best;
  }

  /** Suppresses the best published cell of the given sums and returns it; -1 if they have none. */
  private int protect(List<Integer> among, int current) {
    int best = -1;
    long[] bestScore = null;
    for (int s : among) {
      for (int i : sums[s]) {
        if (suppressed[i] || counts.fixed[i]) {
          continue;
        }
        long[] score = score(i, current);
        if (best < 0 || Arrays.compare(score, bestScore) < 0) {
          best = i;
          bestScore = score;
        }
      }
    }
    if (best >= 0) {
      suppress(best);
    }
    return best;
  }

  /**
   * Lower is better: a cell outside the headline results, then sums newly left with one suppressed
   * cell less sums it completes, non-zero, smallest, first.
   */
  private long[] score(int id, int current) {
    long created = 0;
    for (int s : sumsOf[id]) {
      if (s != current) {
        created += unknowns[s] == 0 ? 1 : unknowns[s] == 1 ? -1 : 0;
      }
    }
    return new long[] {counts.headline(id) ? 1 : 0, created, counts.values[id] == 0 ? 1 : 0,
        Math.round(Math.abs(counts.values[id]) * 1000), id};
  }
}
