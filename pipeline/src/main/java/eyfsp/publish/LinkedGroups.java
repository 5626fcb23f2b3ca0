package eyfsp.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The suppressed cells that the sums between published counts fix all together, for {@link
 * Suppression}'s secondary suppression: the suppressed cells linked by sums, kept in groups as they
 * are suppressed, and each group's sums brought to echelon form modulo a prime to find the cells
 * every solution gives the same value ({@link #determined}).
 */
final class LinkedGroups {

  private final int[][] sums;
  private final int[][] sumsOf;
  private final boolean[] suppressed;
  /**
   * The cells of the sums in the order the sums first hold them, and each cell's place in it (-1
   * for a cell in no sum): the order of the elimination's columns, as the sums never change.
   */
  private final int[] order;
  private final int[] place;
  /**
   * Suppressed cells linked by sums, by place, as a union-find forest whose roots are each group's
   * first column (groups only ever merge); and for each sum, the place of a suppressed cell of it (-1 for none).
   */
  private final int[] linked;
  private final int[] anchors;
  /** By place, the group whose root it is (else null), and the roots. */
  private final Group[] groups;
  private final BitSet roots = new BitSet();
  /** By place, each suppressed cell's column in its group; and the places of the free columns. */
  private final int[] localColumn;
  private final BitSet free = new BitSet();

  /** The groups of the given sums (cells by id, total first) over cells 0 to {@code cells}, suppressed as the array says. */
  LinkedGroups(int[][] sums, int[][] sumsOf, boolean[] suppressed, int cells) {
    this.sums = sums;
    this.sumsOf = sumsOf;
    this.suppressed = suppressed;
    anchors = new int[sums.length];
    Arrays.fill(anchors, -1);
    place = new int[cells];
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
    for (int i = 0; i < cells; i++) {
      if (place[i] >= 0) {
        order[place[i]] = i;
      }
    }
  }

  /** A cell newly suppressed: a group of its own, merged with the groups of the suppressed cells of its sums. */
  void add(int cell) {
    int p = place[cell];
    if (p < 0) {
      return;
    }
    linked[p] = p;
    groups[p] = new Group(p);
    roots.set(p);
    for (int s : sumsOf[cell]) {
      if (anchors[s] < 0) {
        anchors[s] = p;
      } else {
        link(p, anchors[s]);
      }
    }
  }

  /** The number of cells in the group of a suppressed cell of some sum. */
  int sizeOf(int cell) {
    return groups[root(place[cell])].size;
  }

  /** The cells of the group of a suppressed cell of some sum. */
  int[] cellsOf(int cell) {
    Group group = groups[root(place[cell])];
    int[] cells = new int[group.size];
    for (int k = 0; k < group.size; k++) {
      cells[k] = order[group.places[k]];
    }
    return cells;
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
  List<Integer> determined() {
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
