package eyfsp.publish;

import eyfsp.measures.Attainment;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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
 * one more of its cells is suppressed: a cell outside the headline results (attainment) where there
 * is one, as those are the figures an LA is held to; then the one that leaves fewest other sums with
 * a single suppressed cell, then a non-zero one, then the smallest, then the first. When no sum has
 * a single suppressed cell, each group of suppressed cells linked by sums is checked for a cell that
 * the sums fix all together (by elimination, {@link #determined}), and protected the same way, from
 * its own sums outwards, until none is: a round protects every fixed cell it finds unless a
 * protection that round came near it (see {@link #secondary}). Every choice follows the tables' row
 * order, so the same tables always give the same cells.
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
  /** Cells never suppressed: counts that say nothing about a child ({@link Sensitivity}). */
  private final boolean[] fixed;
  /** Cells not published at their row's level (x): in no sum, as an unknown that needs no protection would be. */
  private final boolean[] withheld;
  /**
   * The cells of the headline results (the attainment table: each place's GLD and inequality gap),
   * from and to (exclusive), chosen to protect another cell only when no other published cell would do.
   */
  private int headlineFrom;
  private int headlineTo;
  private final int[] offsets;
  private final int[] widths;
  private final double[] values;
  private final boolean[] suppressed;
  /** For each table and column, the count columns of the same row built on it. */
  private final int[][][] dependents;
  private final int[][] sums;
  private final int[] unknowns;
  private final int[][] sumsOf;
  private final Deque<Integer> singles = new ArrayDeque<>();
  /**
   * The cells of the sums in the order the sums first hold them, and each cell's place in it (-1
   * for a cell in no sum): the order of the elimination's columns, as the sums never change.
   */
  private final int[] order;
  private final int[] place;
  /**
   * Suppressed cells linked by sums, by place, as a union-find forest whose roots are each group's
   * first column (groups only ever merge); and for each sum, the place of a suppressed cell of it.
   */
  private final int[] linked;
  private final int[] anchors;
  /** By place, the group whose root it is (else null), and the roots. */
  private final Group[] groups;
  private final BitSet roots = new BitSet();
  /** By place, each suppressed cell's column in its group; and the places of the free columns. */
  private final int[] localColumn;
  private final BitSet free = new BitSet();
  /** Fixed cells left to the audit (no cell of their sums frees them), and protections tried per fixed cell. */
  private final boolean[] settled;
  private final Map<Integer, Integer> tries = new HashMap<>();

  private Suppression(List<Table> tables, List<Sum> relations, int threshold, Sensitivity sensitivity) {
    this.tables = tables;
    this.threshold = threshold;
    this.sensitivity = sensitivity;
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
    suppressed = new boolean[values.length];
    fixed = new boolean[values.length];
    withheld = new boolean[values.length];
    settled = new boolean[values.length];
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
    sums = relations.stream()
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
    unknowns = new int[sums.length];
    anchors = new int[sums.length];
    place = new int[values.length];
    Arrays.fill(place, -1);
    int placed = 0;
    for (int[] sum : sums) {
      for (int i : sum) {
        if (place[i] < 0) {
          place[i] = placed++;
        }
      }
    }
    order = new int[placed];
    linked = new int[placed];
    groups = new Group[placed];
    localColumn = new int[placed];
    for (int i = 0; i < values.length; i++) {
      if (place[i] >= 0) {
        order[place[i]] = i;
      }
    }
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
    return withheld[id(table, row, column)];
  }

  /** True where a cell is shown as c (a count, or a percentage or average suppressed on its own). */
  boolean isSuppressed(int table, int row, int column) {
    return suppressed[id(table, row, column)];
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
      int i = id(c[0], c[1], c[2]);
      if (suppressed[i] || fixed[i] || withheld[i] || (!headline && i >= headlineFrom && i < headlineTo)) {
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
    return values[id(table, row, column)];
  }

  private int id(int table, int row, int column) {
    return offsets[table] + row * widths[table] + column;
  }

  private int tableOf(int id) {
    int t = 0;
    while (offsets[t + 1] <= id) {
      t++;
    }
    return t;
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
        boolean restSensitive = !sensitivity.restNotSensitive(indicator.name());
        for (int r = 0; r < table.rows().size(); r++) {
          double value = values[id(t, r, c)];
          if (fixed[id(t, r, c)]) {
            continue;
          }
          boolean small = small(value);
          for (int base : bases) {
            // The complement: 37 of 40 with GLD would show that 3 children are without it.
            small |= restSensitive && small(values[id(t, r, base)] - value);
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
    if (place[id] >= 0) {
      linked[place[id]] = place[id];
      groups[place[id]] = new Group(place[id]);
      roots.set(place[id]);
    }
    for (int s : sumsOf[id]) {
      if (++unknowns[s] == 1) {
        singles.add(s);
        anchors[s] = place[id];
      } else {
        link(place[id], anchors[s]);
      }
    }
    for (int dependent : dependents[table][column]) {
      if (!fixed[id(table, row, dependent)]) {
        suppress(table, row, dependent);
      }
    }
  }

  private void link(int a, int b) {
    int rootA = root(a);
    int rootB = root(b);
    if (rootA != rootB) {
      int root = Math.min(rootA, rootB);
      int other = Math.max(rootA, rootB);
      linked[other] = root;
      groups[root].absorb(groups[other]);
      groups[other] = null;
      roots.clear(other);
    }
  }

  private int root(int p) {
    while (linked[p] != p) {
      linked[p] = linked[linked[p]];
      p = linked[p];
    }
    return p;
  }

  private void suppress(int id) {
    int table = tableOf(id);
    suppress(table, (id - offsets[table]) / widths[table], (id - offsets[table]) % widths[table]);
  }

  private void secondary() {
    while (true) {
      while (!singles.isEmpty()) {
        int s = singles.poll();
        if (unknowns[s] == 1) {
          protect(List.of(s), s);
        }
      }
      List<Integer> determined = determined().stream().filter(i -> !settled[i]).toList();
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
            Group group = groups[root(place[protectedCell])];
            if (group.size <= RECHECKED_WHOLE) {
              markGroup(group, changed);
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
    if (values[cell] != 0 && !nearFixed(cell)) {
      throw new IllegalStateException("suppressed count " + values[cell]
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
          if (fixed[i]) {
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
  private void markGroup(Group group, boolean[] marked) {
    for (int k = 0; k < group.size; k++) {
      for (int s : sumsOf[order[group.places[k]]]) {
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
        if (suppressed[i] || fixed[i] || (i >= headlineFrom && i < headlineTo)) {
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
        if (suppressed[i] || fixed[i]) {
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
    return new long[] {id >= headlineFrom && id < headlineTo ? 1 : 0, created, values[id] == 0 ? 1 : 0,
        Math.round(Math.abs(values[id]) * 1000), id};
  }

  /**
   * The suppressed cells that the sums fix all together.
   *
   * <p>A cell is fixed when every solution of the sums (taking the published cells as known) gives
   * it the same value: when every vector of the null space of the sums' coefficients on the
   * suppressed cells is zero there. The sums are brought to echelon form, sparse, over the integers
   * modulo the prime 2^31 - 1 (exact; coefficients are 1 and -1), and one null-space vector is drawn
   * by giving each free cell a random non-zero value and solving for the others. A cell that is not
   * fixed is zero in it only with probability 1/(2^31 - 1), and then is merely suppressed with one
   * more cell than it needs; a fixed cell is always zero. The seed is fixed: the same tables, the
   * same cells.
   *
   * <p>The columns are the suppressed cells in the order the sums first hold them (their places).
   * Groups of cells linked by sums share no sum, so each is brought to echelon form on its own when
   * it grows, and kept while it does not. The free cells still draw their values in the order of
   * all the columns, last first, so the vector is the one a single elimination of every sum would
   * give.
   */
  private List<Integer> determined() {
    for (int root = roots.nextSetBit(0); root >= 0; root = roots.nextSetBit(root + 1)) {
      if (groups[root].pivots == null) {
        eliminate(groups[root]);
      }
    }
    // The same seed in every call: the same free cells draw the same values.
    SplittableRandom random = new SplittableRandom(20090701L);
    for (int p = free.previousSetBit(free.length()); p >= 0; p = free.previousSetBit(p - 1)) {
      groups[root(p)].nullVector[localColumn[p]] = 1 + random.nextLong(SparseRow.P - 1);
    }
    List<Integer> determined = new ArrayList<>();
    for (int root = roots.nextSetBit(0); root >= 0; root = roots.nextSetBit(root + 1)) {
      Group group = groups[root];
      group.solve();
      for (int c = 0; c < group.size; c++) {
        if (group.nullVector[c] == 0) {
          determined.add(order[group.places[c]]);
        }
      }
    }
    determined.sort(null);
    return determined;
  }

  /**
   * Brings the sums holding a group's cells, taken in their order, to echelon form over its columns
   * (its cells in column order): each is reduced by the pivot rows at its first non-zero column, in
   * a dense row as long as the group, until it is zero or starts a new pivot row.
   */
  private void eliminate(Group group) {
    int[] places = group.columns();
    for (int c = 0; c < places.length; c++) {
      localColumn[places[c]] = c;
    }
    int[] open = Arrays.stream(places).flatMap(p -> Arrays.stream(sumsOf[order[p]])).sorted().distinct().toArray();
    SparseRow[] pivots = new SparseRow[places.length];
    long[] row = new long[places.length];
    for (int s : open) {
      int first = row.length;
      for (int k = 0; k < sums[s].length; k++) {
        if (suppressed[sums[s][k]]) {
          // +1 for the total, -1 for each part.
          int c = localColumn[place[sums[s][k]]];
          row[c] = (row[c] + (k == 0 ? 1 : SparseRow.P - 1)) % SparseRow.P;
          first = Math.min(first, c);
        }
      }
      for (int c = first; c < row.length; c++) {
        if (row[c] != 0) {
          if (pivots[c] == null) {
            pivots[c] = SparseRow.normalised(row, c);
            break;
          }
          pivots[c].subtractFrom(row, row[c]);
        }
      }
    }
    for (int c = 0; c < places.length; c++) {
      free.set(places[c], pivots[c] == null);
    }
    group.eliminated(pivots);
  }

  /**
   * A group of linked suppressed cells, by place; once eliminated, the echelon form of their sums
   * (each column's pivot row or null, the columns being the places in order), kept until the group
   * grows, and the null-space vector of the last call.
   */
  private static final class Group {

    private int[] places;
    private int size;
    private SparseRow[] pivots;
    private long[] nullVector;

    Group(int place) {
      places = new int[] {place};
      size = 1;
    }

    /** Takes in another group's cells; the sums must be eliminated again. */
    void absorb(Group other) {
      // The smaller group's places are copied into the larger's, so no place is copied more than log n times.
      if (other.size > size) {
        int[] larger = other.places;
        other.places = places;
        places = larger;
        int largerSize = other.size;
        other.size = size;
        size = largerSize;
      }
      if (size + other.size > places.length) {
        places = Arrays.copyOf(places, Math.max(2 * places.length, size + other.size));
      }
      System.arraycopy(other.places, 0, places, size, other.size);
      size += other.size;
      pivots = null;
    }

    /** The places in order: the group's columns. */
    int[] columns() {
      Arrays.sort(places, 0, size);
      return Arrays.copyOf(places, size);
    }

    void eliminated(SparseRow[] rows) {
      pivots = rows;
      nullVector = new long[size];
    }

    /** Fills in the pivot columns of the null-space vector, whose free columns hold their values, last first. */
    void solve() {
      for (int c = size - 1; c >= 0; c--) {
        if (pivots[c] != null) {
          nullVector[c] = pivots[c].solve(nullVector);
        }
      }
    }
  }

  /** A pivot row of the sums' coefficients on the suppressed cells, modulo P: sorted columns and their values. */
  private record SparseRow(int[] columns, long[] values) {

    static final long P = 2_147_483_647L;

    /** A dense row from its first non-zero column on, scaled so that it starts with 1; the dense row is left zero. */
    static SparseRow normalised(long[] row, int first) {
      long inverse = power(row[first], P - 2);
      int n = 0;
      for (int c = first; c < row.length; c++) {
        n += row[c] == 0 ? 0 : 1;
      }
      int[] columns = new int[n];
      long[] values = new long[n];
      n = 0;
      for (int c = first; c < row.length; c++) {
        if (row[c] != 0) {
          columns[n] = c;
          values[n++] = times(row[c], inverse);
          row[c] = 0;
        }
      }
      return new SparseRow(columns, values);
    }

    /** Takes f times this row from a dense row. */
    void subtractFrom(long[] row, long f) {
      for (int k = 0; k < columns.length; k++) {
        long difference = row[columns[k]] - times(f, values[k]);
        row[columns[k]] = difference < 0 ? difference + P : difference;
      }
    }

    /** The pivot's value that makes this row zero, given the values of the later columns. */
    long solve(long[] x) {
      // Each product folded is below 2^32, so a row of fewer than 2^31 of them adds up without overflow.
      long sum = 0;
      for (int k = 1; k < columns.length; k++) {
        long product = values[k] * x[columns[k]];
        sum += (product & P) + (product >>> 31);
      }
      return (P - sum % P) % P;
    }

    /** a times b modulo P, for a and b below P: as 2^31 is 1 modulo P, the high bits add to the low ones. */
    static long times(long a, long b) {
      long product = a * b;
      long folded = (product & P) + (product >>> 31);
      return folded >= P ? folded - P : folded;
    }

    private static long power(long base, long exponent) {
      long result = 1;
      long b = base;
      for (long e = exponent; e > 0; e >>= 1) {
        if ((e & 1) == 1) {
          result = times(result, b);
        }
        b = times(b, b);
      }
      return result;
    }
  }
}
