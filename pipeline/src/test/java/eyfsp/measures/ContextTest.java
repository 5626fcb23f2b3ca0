package eyfsp.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static eyfsp.measures.TestChildren.child;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The context table on hand-built children, worked out by hand. */
class ContextTest {

  // Cambridgeshire: FSM known for 3 of 4, 2 eligible: 66.67%; first language known 3, 2 other than English: 66.67%;
  // deprivation known 3, 2 in the most deprived areas (deciles 1-3): 66.67%; ranks 100, 5000, 300: average
  // 5400 / 3 = 1800. The fourth child is not assessed: context counts every child (without it, FSM would be
  // known for 2, 1 eligible: 50%).
  // Peterborough: one child, nothing known: every share undefined (empty), not 0.
  private static final TestChildren CHILDREN = new TestChildren()
      .add(child().fsm("FSM eligible").language("English").area(1, 100))
      .add(child().fsm("Not FSM eligible").language("Other than English").area(5, 5000))
      .add(child().fsm("Unknown").language("Unknown").area(null, null))
      .add(child().fsm("FSM eligible").language("Other than English").area(2, 300).notAssessed())
      .add(child().la("874").fsm("Unknown").language("Unknown").area(null, null));

  private static Table table;

  private static Object value(Row row, String column) {
    return TestChildren.value(table, row, column);
  }

  @Test
  void sharesOfTheChildrenWhoseStatusIsKnown() {
    table = Context.table(CHILDREN.cohorts(), List.of(GeographicLevel.NATIONAL, GeographicLevel.LOCAL_AUTHORITY));
    assertThat(table.rows()).hasSize(3);
    Row cambs = TestChildren.row(table, "geographic_level", "Local authority", "old_la_code", "873");
    assertThat(value(cambs, "fsm_known_number")).isEqualTo(3L);
    assertThat(value(cambs, "fsm_number")).isEqualTo(2L);
    assertThat((Double) value(cambs, "fsm_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "eal_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "most_deprived_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "idaci_rank_average")).isCloseTo(1800.0, within(1e-12));
    Row peterborough = TestChildren.row(table, "geographic_level", "Local authority", "old_la_code", "874");
    assertThat(value(peterborough, "fsm_known_number")).isEqualTo(0L);
    assertThat(value(peterborough, "fsm_percent")).isNull();
    assertThat(value(peterborough, "idaci_rank_average")).isNull();
    // England sums the LAs: the same counts, as Peterborough adds no known child.
    Row england = TestChildren.row(table, "geographic_level", "National");
    assertThat(value(england, "fsm_known_number")).isEqualTo(3L);
    assertThat((Double) value(england, "idaci_rank_average")).isCloseTo(1800.0, within(1e-12));
    assertThat(value(england, "time_period")).isEqualTo(200809);
  }
}
