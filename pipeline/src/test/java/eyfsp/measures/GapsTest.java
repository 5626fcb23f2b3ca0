package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GLD gaps on hand-made children, worked out by hand; intervals from Newcombe's own example. */
class GapsTest {

  private static final List<Breakdowns.Topic> TOPICS = Breakdowns.topics(TestChildren.SETTINGS);
  private static Table table;

  @BeforeAll
  static void measure() {
    // Cambridgeshire: 10 FSM-eligible children, 3 with GLD (total 90) and 7 without (total 50); 10 not
    // eligible, 9 with GLD (90) and 1 without (50): Newcombe's 9/10 vs 3/10. Two more, of unknown FSM, have
    // SEN: one without a statement (total 40), one with a statement (total 20).
    // Peterborough: 2 children not FSM eligible (one 90, one 50); no FSM-eligible child.
    TestChildren children = new TestChildren()
        .add(3, child().fsm("FSM eligible").total(90))
        .add(7, child().fsm("FSM eligible").total(50))
        .add(9, child().total(90))
        .add(1, child().total(50))
        .add(child().fsm("Unknown").sen("SEN without a statement").total(40))
        .add(child().fsm("Unknown").sen("Statement or EHC plan").total(20))
        .add(child().la("874").total(90))
        .add(child().la("874").total(50));
    table = Gaps.table(AttainmentByCharacteristic.tallies(children.cohorts(), TOPICS), TestChildren.LAS,
        List.of(GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY),
        Gaps.comparisons(Breakdowns.byName(TOPICS)), TestChildren.SETTINGS.inequalityGap(), 30);
  }

  @Test
  void theFsmGapWithItsIntervalAndEachGroupsInequalityGap() {
    Row fsm = row(table, "old_la_code", "873", "breakdown_topic", "FSM");
    assertThat(value(table, fsm, "group")).isEqualTo("FSM eligible");
    assertThat(value(table, fsm, "comparison_group")).isEqualTo("Not FSM eligible");
    assertThat(value(table, fsm, "group_children_number")).isEqualTo(10L);
    assertThat(value(table, fsm, "group_gld_number")).isEqualTo(3L);
    assertThat(value(table, fsm, "comparison_group_gld_percent")).isEqualTo(90.0);
    // 90% - 30% = 60 points; Newcombe (1998): 9/10 - 3/10 lies in (0.1705, 0.8090).
    assertThat(value(table, fsm, "gld_gap_percentage_points")).isEqualTo(60.0);
    assertThat((Double) value(table, fsm, "gld_gap_ci_lower")).isCloseTo(17.05, within(0.005));
    assertThat((Double) value(table, fsm, "gld_gap_ci_upper")).isCloseTo(80.90, within(0.005));
    // FSM: 50 x7, 90 x3: median 50, k = 2, mean 50: gap 0. Not FSM: 50, 90 x9: median 90, k = 2: (50 + 90) / 2
    // = 70: gap 100 (90 - 70) / 90 = 22.22...
    assertThat(value(table, fsm, "group_inequality_gap_percent")).isEqualTo(0.0);
    assertThat((Double) value(table, fsm, "comparison_group_inequality_gap_percent")).isCloseTo(200.0 / 9,
        within(1e-12));
    // Both groups have fewer than 30 children.
    assertThat(value(table, fsm, "low_reliability")).isEqualTo(1);
  }

  @Test
  void anEmptyGroupHasNoGapAndTheRegionAddsUpItsLas() {
    // Peterborough has no FSM-eligible child: no gap, no interval.
    Row empty = row(table, "old_la_code", "874", "breakdown_topic", "FSM");
    assertThat(value(table, empty, "group_children_number")).isEqualTo(0L);
    assertThat(value(table, empty, "comparison_group_children_number")).isEqualTo(2L);
    assertThat(value(table, empty, "gld_gap_percentage_points")).isNull();
    assertThat(value(table, empty, "gld_gap_ci_lower")).isNull();
    assertThat(value(table, empty, "group_gld_percent")).isNull();
    // East of England: FSM 3 of 10; not FSM 10 of 12: 100 (10 x 10 - 3 x 12) / (12 x 10) = 53.33... points.
    Row east = row(table, "geographic_level", "Regional", "breakdown_topic", "FSM");
    assertThat(value(table, east, "comparison_group_children_number")).isEqualTo(12L);
    assertThat((Double) value(table, east, "gld_gap_percentage_points")).isCloseTo(160.0 / 3, within(1e-12));
  }

  @Test
  void senIsEveryProvisionButNoneAndComparesWithNoSen() {
    // SEN: 40 and 20, no GLD: median 30, k = 1, mean 20: gap 100 (30 - 20) / 30 = 33.33...
    Row sen = row(table, "old_la_code", "873", "breakdown_topic", "SEN provision");
    assertThat(value(table, sen, "group")).isEqualTo("SEN");
    assertThat(value(table, sen, "comparison_group")).isEqualTo("No SEN");
    assertThat(value(table, sen, "group_children_number")).isEqualTo(2L);
    assertThat(value(table, sen, "comparison_group_children_number")).isEqualTo(20L);
    assertThat((Double) value(table, sen, "group_inequality_gap_percent")).isCloseTo(100.0 / 3, within(1e-12));
    // No SEN: 12 of 20 with GLD = 60%; SEN 0%: 60 points.
    assertThat(value(table, sen, "gld_gap_percentage_points")).isEqualTo(60.0);
  }

  @Test
  void everyGapAtEveryPlace() {
    // Six gaps at three places (East of England, Cambridgeshire, Peterborough), even where a group is empty:
    // nobody is summer-born, so the term-of-birth gap has an empty group everywhere.
    assertThat(table.rows()).hasSize(6 * 3);
    Row term = row(table, "old_la_code", "873", "breakdown_topic", "Term of birth");
    assertThat(value(table, term, "group")).isEqualTo("Summer");
    assertThat(value(table, term, "group_children_number")).isEqualTo(0L);
    assertThat(value(table, term, "gld_gap_percentage_points")).isNull();
  }
}
