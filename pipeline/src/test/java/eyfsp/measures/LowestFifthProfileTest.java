package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.GapConventions;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The lowest-20% profile on ten hand-made children with a tie at the boundary, worked out by hand. */
class LowestFifthProfileTest {

  private static final List<Breakdowns.Topic> TOPICS = Breakdowns.topics(TestChildren.SETTINGS);

  /**
   * Cambridgeshire, ten children: a boy of 10 (Asian), boy 20, girls 20 and 20, boy 30, girl 40, boy 50,
   * girl 60, boy 70, girl 80 (totals made up below 42 of low scores). N = 10, k = round(2.0) = 2; sorted
   * 10, 20, 20, 20, ...: the boundary total is 20, one child (10) below it, three tied at it, and one of
   * those three is taken.
   */
  private static Table profile(GapConventions conventions) {
    TestChildren children = new TestChildren()
        .add(child().sex("M").ethnicity("Asian").total(10))
        .add(child().sex("M").total(20))
        .add(2, child().sex("F").total(20))
        .add(child().sex("M").total(30))
        .add(child().sex("F").total(40))
        .add(child().sex("M").total(50))
        .add(child().sex("F").total(60))
        .add(child().sex("M").total(70))
        .add(child().sex("F").total(80));
    Map<List<Object>, Tally> tallies = AttainmentByCharacteristic.tallies(children.cohorts(), TOPICS);
    return LowestFifthProfile.table(tallies, TestChildren.LAS, TOPICS, conventions);
  }

  @Test
  void tiedChildrenCountFractionallyUnderExactlyK() {
    Table t = profile(GapConventions.defaults());
    // Boys: the 10 below, and one of the three tied: 1 + 1 x 1/3 = 4/3. Girls: two of the three tied: 2/3.
    // Shares of the lowest 20%: 66.67% and 33.33% against 50% of the cohort each: relative risks 4/3 and 2/3.
    Row boys = row(t, "breakdown_topic", "Sex", "breakdown", "Boys");
    assertThat(value(t, boys, "cohort_number")).isEqualTo(10L);
    assertThat(value(t, boys, "lowest20_number")).isEqualTo(2L);
    assertThat(value(t, boys, "children_number")).isEqualTo(5L);
    assertThat((Double) value(t, boys, "in_lowest20_number")).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(value(t, boys, "cohort_share_percent")).isEqualTo(50.0);
    assertThat((Double) value(t, boys, "lowest20_share_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(t, boys, "relative_risk")).isCloseTo(4.0 / 3, within(1e-12));
    // Its 95% interval by the log method: se = sqrt(1/a - 1/g + 1/k - 1/n) with a = 4/3, g = 5, k = 2,
    // n = 10: sqrt(0.75 - 0.2 + 0.5 - 0.1) = sqrt(0.95) = 0.974679; exp(ln(4/3) -/+ 1.959964 x 0.974679)
    // = exp(0.287682 -/+ 1.910339) = exp(-1.622657) and exp(2.198021) = 0.197374 and 9.007150.
    assertThat((Double) value(t, boys, "relative_risk_ci_lower")).isCloseTo(0.197374, within(1e-6));
    assertThat((Double) value(t, boys, "relative_risk_ci_upper")).isCloseTo(9.007150, within(1e-6));
    Row girls = row(t, "breakdown_topic", "Sex", "breakdown", "Girls");
    assertThat((Double) value(t, girls, "in_lowest20_number")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat((Double) value(t, girls, "relative_risk")).isCloseTo(2.0 / 3, within(1e-12));
    // Weighted by cohort share the relative risks average to 1: 0.5 x 4/3 + 0.5 x 2/3 = 1.
  }

  @Test
  void aGroupOfOneAndAnEmptyGroup() {
    Table t = profile(GapConventions.defaults());
    // The one Asian child is the lowest of all: 1 of the 2, 10% of the cohort: relative risk 0.5 / 0.1 = 5.
    Row asian = row(t, "breakdown_topic", "Ethnicity", "breakdown", "Asian");
    assertThat(value(t, asian, "children_number")).isEqualTo(1L);
    assertThat(value(t, asian, "in_lowest20_number")).isEqualTo(1.0);
    assertThat(value(t, asian, "relative_risk")).isEqualTo(5.0);
    // Nobody of unknown sex: no share, no relative risk.
    Row unknown = row(t, "breakdown_topic", "Sex", "breakdown", "Unknown");
    assertThat(value(t, unknown, "children_number")).isEqualTo(0L);
    assertThat(value(t, unknown, "in_lowest20_number")).isEqualTo(0.0);
    assertThat(value(t, unknown, "cohort_share_percent")).isEqualTo(0.0);
    assertThat(value(t, unknown, "relative_risk")).isNull();
    assertThat(value(t, unknown, "relative_risk_ci_lower")).isNull();
  }

  @Test
  void pairsOfTopicsProfileTheirGroupsToo() {
    Table t = profile(GapConventions.defaults());
    // The Asian boy of 10 is in "Sex by Ethnicity (minor)" as Boys / Asian (major name: the test's
    // children carry no minor code) and in "Sex by FSM" as Boys / Not FSM eligible with the other four
    // boys: 4/3 of the 2, as the boys'.
    Row boysNotFsm = row(t, "breakdown_topic", "Sex by FSM", "breakdown", "Boys / Not FSM eligible");
    assertThat(value(t, boysNotFsm, "children_number")).isEqualTo(5L);
    assertThat((Double) value(t, boysNotFsm, "in_lowest20_number")).isCloseTo(4.0 / 3, within(1e-12));
    Row asianBoy = row(t, "breakdown_topic", "Sex by Ethnicity (minor)", "breakdown", "Boys / Asian");
    assertThat(value(t, asianBoy, "relative_risk")).isEqualTo(5.0);
  }

  @Test
  void allTiedChildrenAreInUnderAllAtOrBelow() {
    Table t = profile(GapConventions.defaults().with(GapConventions.BoundaryTies.ALL_AT_OR_BELOW));
    // The lowest group is 10, 20, 20, 20: four children, two boys and two girls: relative risk 1 each.
    Row boys = row(t, "breakdown_topic", "Sex", "breakdown", "Boys");
    assertThat(value(t, boys, "lowest20_number")).isEqualTo(4L);
    assertThat(value(t, boys, "in_lowest20_number")).isEqualTo(2.0);
    assertThat(value(t, boys, "relative_risk")).isEqualTo(1.0);
  }

  @Test
  void rowsRunFromTheStrongestCommonFactorDown() {
    Table t = profile(GapConventions.defaults());
    assertThat(t.rankedBy()).isEqualTo("relative_risk");
    List<Double> risks = t.rows().stream().map(r -> (Double) value(t, r, "relative_risk")).toList();
    // Asian (5) first; undefined relative risks (empty groups) last.
    assertThat(risks.get(0)).isEqualTo(5.0);
    List<Double> defined = risks.stream().filter(r -> r != null).toList();
    assertThat(defined).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(risks.subList(defined.size(), risks.size())).containsOnlyNulls();
  }

  @Test
  void theShareOfTiedChildrenIsOneDivision() {
    // 3 tied at the boundary, 1 of them taken: a group with 2 below and 2 tied holds 2 + 2/3.
    LowestGroup lowest = new LowestGroup(20, 1, 3, 1);
    assertThat(lowest.size()).isEqualTo(2);
    assertThat(lowest.share(2, 2)).isCloseTo(8.0 / 3, within(1e-15));
    assertThat(lowest.share(0, 0)).isZero();
  }
}
