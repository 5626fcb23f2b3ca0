package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.filled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A tally holds only the totals it has seen, and widens both ways as children and other tallies come. */
class TallyTest {

  /** The children's tally, one child at a time. */
  private static Tally tally(TestChildren children) {
    Tally tally = new Tally();
    children.children().forEach(tally::add);
    return tally;
  }

  @Test
  void countsEachTotalWhereverTheFirstChildStarted() {
    // Totals 65 (13 x 5), then 52 (below: the counts widen down), then 117 (above) and 0.
    Tally tally = tally(new TestChildren().add(child().scores(filled(5))).add(child().scores(filled(4)))
        .add(2, child().scores(filled(9))).add(child().scores(filled(0))).add(child().notAssessed()));
    long[] byTotal = tally.byTotal();

    assertThat(byTotal).hasSize(118);
    assertThat(byTotal[65]).isEqualTo(1);
    assertThat(byTotal[52]).isEqualTo(1);
    assertThat(byTotal[117]).isEqualTo(2);
    assertThat(byTotal[0]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(byTotal).sum()).isEqualTo(5);
  }

  @Test
  void aTallyAddedWidensToTheOthersTotals() {
    Tally middle = tally(new TestChildren().add(child().scores(filled(5))));
    Tally ends = tally(new TestChildren().add(child().scores(filled(1))).add(child().scores(filled(9)))
        .add(child().scores(filled(5))));
    middle.add(ends);
    middle.add(new Tally());

    long[] byTotal = middle.byTotal();
    assertThat(byTotal[13]).isEqualTo(1);
    assertThat(byTotal[65]).isEqualTo(2);
    assertThat(byTotal[117]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(byTotal).sum()).isEqualTo(4);
    assertThat(new Tally().byTotal()).isEmpty();
  }
}
