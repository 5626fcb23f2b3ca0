package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.measures.Attainment;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression on hand-made counts and sums, worked out by hand (threshold 6). */
class SuppressionTest {

  private static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "children"),
      Indicator.count("gld_number", "gld", "children_number"));

  /** A table of rows (name, children, gld), in this order (names sort as given). */
  private static Table table(Object[]... rows) {
    return table("t", rows);
  }

  private static Table table(String name, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r));
    }
    return new Table(name, name, DataTypes.createStructType(List.of(
        DataTypes.createStructField("name", DataTypes.StringType, false),
        DataTypes.createStructField("children_number", DataTypes.LongType, false),
        DataTypes.createStructField("gld_number", DataTypes.LongType, false))), list, INDICATORS);
  }

  private static Object[] row(String name, long children, long gld) {
    return new Object[] {name, children, gld};
  }

  private static Cell children(int row) {
    return new Cell(0, row, 1);
  }

  private static Sum sum(int total, int... parts) {
    List<Cell> cells = new ArrayList<>();
    for (int p : parts) {
      cells.add(children(p));
    }
    return new Sum(children(total), cells);
  }

  private static List<String> suppressedChildren(Table t, List<Sum> sums) {
    Suppression s = Suppression.decide(List.of(t), sums, 6);
    List<String> names = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      if (s.isSuppressed(0, r, 1)) {
        names.add(t.rows().get(r).getString(0));
      }
    }
    return names;
  }

  @Test
  void smallCountsTheirComplementsAndWhatIsBuiltOnThem() {
    Table t = table(row("a", 40, 3), row("b", 40, 37), row("c", 40, 20), row("d", 4, 2), row("e", 30, 0));
    Suppression s = Suppression.decide(List.of(t), List.of(), 6);
    // a: 3 with GLD; b: 37 of 40, so 3 without; d: 4 children, and the GLD count built on them; e: none
    // with GLD (0 is shown) and 30 without.
    assertThat(s.isSuppressed(0, 0, 2)).as("3 of 40").isTrue();
    assertThat(s.isSuppressed(0, 1, 2)).as("37 of 40").isTrue();
    assertThat(s.isSuppressed(0, 2, 2)).as("20 of 40").isFalse();
    assertThat(s.isSuppressed(0, 3, 1)).as("4 children").isTrue();
    assertThat(s.isSuppressed(0, 3, 2)).as("built on 4 children").isTrue();
    assertThat(s.isSuppressed(0, 4, 2)).as("0 of 30").isFalse();
    assertThat(s.isSuppressed(0, 0, 1)).as("40 children").isFalse();
  }

  @Test
  void aSumWithOneSuppressedCellGetsASecondTheSmallestNonZero() {
    // total 43 = boys 30 + girls 3 + unknown 10 + other 0: girls is small; unknown (10) is the smallest
    // non-zero of the rest, so boys - total - other cannot give girls back.
    Table t = table(row("a total", 43, 20), row("b boys", 30, 15), row("c girls", 3, 0), row("d unknown", 10, 5),
        row("e other", 0, 0));
    assertThat(suppressedChildren(t, List.of(sum(0, 1, 2, 3, 4)))).containsExactly("c girls", "d unknown");
  }

  @Test
  void prefersACellThatLeavesNoOtherSumOpen() {
    // S1: 16 = a 3 + b 7 + c 6; S2: 26 = c 6 + d 20. a is small. c is smaller than b, but suppressing c
    // would leave S2 with one suppressed cell (and need a third); b closes S1 alone.
    Table t = table(row("a", 3, 0), row("b", 7, 0), row("c", 6, 0), row("d", 20, 0), row("s1", 16, 0),
        row("s2", 26, 0));
    assertThat(suppressedChildren(t, List.of(sum(4, 0, 1, 2), sum(5, 2, 3)))).containsExactly("a", "b");
  }

  @Test
  void keepsAHeadlineResultWhereAnotherCellCanBeSuppressedInstead() {
    // An LA's 40 children (attainment: the headline) are 37 + 3 by one topic and 36 + 4 by another; 3 and 4 are
    // small. Suppressing the 40 would close both sums with one cell, but the headline is kept and each topic
    // loses its other cell instead: 37 and 36.
    Table la = table(Attainment.NAME, row("la", 40, 20));
    Table topics = table(row("a1", 37, 18), row("a2", 3, 2), row("b1", 36, 18), row("b2", 4, 2));
    Cell total = new Cell(0, 0, 1);
    Suppression s = Suppression.decide(List.of(la, topics), List.of(
        new Sum(total, List.of(new Cell(1, 0, 1), new Cell(1, 1, 1))),
        new Sum(total, List.of(new Cell(1, 2, 1), new Cell(1, 3, 1)))), 6);
    assertThat(s.isSuppressed(0, 0, 1)).as("the LA's children").isFalse();
    for (int r = 0; r < 4; r++) {
      assertThat(s.isSuppressed(1, r, 1)).as(topics.rows().get(r).getString(0)).isTrue();
    }
    // The same sums with the 40 in a table that is not the headline: it closes both sums with one cell
    // (protecting the first sum, it also completes the second: a score of -1, against 0 for the 37), and is
    // suppressed.
    Suppression plain = Suppression.decide(List.of(table("la", row("la", 40, 20)), topics), List.of(
        new Sum(total, List.of(new Cell(1, 0, 1), new Cell(1, 1, 1))),
        new Sum(total, List.of(new Cell(1, 2, 1), new Cell(1, 3, 1)))), 6);
    assertThat(plain.isSuppressed(0, 0, 1)).as("the 40, not a headline").isTrue();
    assertThat(plain.isSuppressed(1, 0, 1)).as("a1").isFalse();
    assertThat(plain.isSuppressed(1, 2, 1)).as("b1").isFalse();
  }

  @Test
  void protectsACellThatTheSumsFixOnlyTogether() {
    // 7 = a + b, 9 = b + c, 8 = a + c with a 3, b 4, c 5 all small: each sum has two suppressed cells, so
    // no subtraction gives one back, but together a = (7 - 9 + 8) / 2 = 3. One total more breaks it:
    // suppressing 7 (the smaller of a's two totals) leaves b - a = 1 and nothing fixed.
    Table t = table(row("a", 3, 0), row("b", 4, 0), row("c", 5, 0), row("x7", 7, 0), row("y9", 9, 0),
        row("z8", 8, 0));
    assertThat(suppressedChildren(t, List.of(sum(3, 0, 1), sum(4, 1, 2), sum(5, 0, 2))))
        .containsExactly("a", "b", "c", "x7");
  }

  @Test
  void reachesPastACountPublishedTwice() {
    // As above, with a published a second time as _a (first in the table): _a = a is fixed when a is, but
    // every cell of its one sum is suppressed, so the cell to suppress is found one sum further out, in
    // a's own sums: 7 again.
    Table t = table(row("_a", 3, 0), row("a", 3, 0), row("b", 4, 0), row("c", 5, 0), row("x7", 7, 0),
        row("y9", 9, 0), row("z8", 8, 0));
    assertThat(suppressedChildren(t, List.of(sum(1, 0), sum(4, 1, 2), sum(5, 2, 3), sum(6, 1, 3))))
        .containsExactly("_a", "a", "b", "c", "x7");
  }

  @Test
  void leavesAZeroThatOnlySuppressedCellsFix() {
    // Three groups of 4, 2 and 2 children, none with GLD: every count is small or built on one, so all
    // six are suppressed. The GLD counts are tied by t = p + q and t = p (t's count published again as
    // p's, say), so q = t - p = 0 whatever t and p are: the sums fix q with no published cell to
    // suppress. That can only be a zero, which is no disclosure; the cell stays c and the run goes on.
    Table t = table(row("a t", 4, 0), row("b p", 2, 0), row("c q", 2, 0));
    Cell tGld = new Cell(0, 0, 2);
    Cell pGld = new Cell(0, 1, 2);
    Cell qGld = new Cell(0, 2, 2);
    Suppression s = Suppression.decide(List.of(t), List.of(sum(0, 1, 2), new Sum(tGld, List.of(pGld, qGld)),
        new Sum(tGld, List.of(pGld))), 6);
    for (int r = 0; r < 3; r++) {
      assertThat(s.isSuppressed(0, r, 1)).isTrue();
      assertThat(s.isSuppressed(0, r, 2)).isTrue();
    }
  }
}
