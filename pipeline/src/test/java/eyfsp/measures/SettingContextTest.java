package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Each setting's context and gaps on a tiny cohort, worked out by hand. */
class SettingContextTest {

  // School 8732001 (Cambridgeshire), six children:
  //   two FSM eligible, English, decile 1 (rank 100) and decile 2 (rank 500): one with GLD (78), one without (65);
  //   three not eligible, other than English, decile 5 (rank 15,000), all with GLD, one a boy;
  //   one of unknown FSM and first language, unmatched, outside the deprivation file, a boy without GLD.
  // FSM known 5, eligible 2: 40%; first language known 5, other than English 3: 60%; deprivation known 5,
  // most deprived (deciles 1-3) 2: 40%; average rank (100 + 500 + 3 x 15,000) / 5 = 9,120.
  // FSM gap: not eligible 3 of 3 (100%) minus eligible 1 of 2 (50%) = 50 points. Sex: girls 3 of 4 (the FSM
  // eligible pair and two not eligible: 75%) minus boys 1 of 2 (50%) = 25 points. EAL: English 1 of 2
  // minus other than English 3 of 3 = -50 points (the EAL children are ahead).
  // School 8732002: one child, whose groups are all too small for any gap.
  private static final TestChildren CHILDREN = new TestChildren()
      .add(child().fsm("FSM eligible").area(1, 100).scores(TestChildren.filled(6)))
      .add(child().fsm("FSM eligible").area(2, 500).scores(TestChildren.filled(5)))
      .add(2, child().language("Other than English").area(5, 15_000).scores(TestChildren.filled(6)))
      .add(child().sex("M").language("Other than English").area(5, 15_000).scores(TestChildren.filled(6)))
      .add(child().sex("M").fsm("Unknown").language("Unknown").unmatched().area(null, null)
          .scores(TestChildren.filled(5)))
      .add(child().estab("2002").scores(TestChildren.filled(6)));

  private static Table table(int lowReliabilityBelow) {
    return SettingContext.table(CHILDREN.cohorts(), Map.of(), lowReliabilityBelow,
        TestChildren.SETTINGS.inequalityGap(), true);
  }

  @Test
  void aSettingsContextIsCountedAsTheLasIs() {
    Table table = table(2);
    assertThat(table.rows()).as("one row per setting").hasSize(2);
    Row school = TestChildren.row(table, "school_laestab", "8732001");
    assertThat(TestChildren.value(table, school, "framework")).isEqualTo("fsp13");
    assertThat(TestChildren.value(table, school, "setting_type")).isEqualTo("School");
    assertThat(TestChildren.value(table, school, "fsm_known_number")).isEqualTo(5L);
    assertThat(TestChildren.value(table, school, "fsm_number")).isEqualTo(2L);
    assertThat((Double) TestChildren.value(table, school, "fsm_percent")).as("2 of 5").isCloseTo(40.0, within(1e-12));
    assertThat((Double) TestChildren.value(table, school, "eal_percent")).as("3 of 5").isCloseTo(60.0, within(1e-12));
    assertThat((Double) TestChildren.value(table, school, "most_deprived_percent")).isCloseTo(40.0, within(1e-12));
    assertThat((Double) TestChildren.value(table, school, "idaci_rank_average")).isCloseTo(9_120.0, within(1e-9));
  }

  @Test
  void gapsWhereBothGroupsAreBigEnough() {
    // With groups of 2 or more counted as big enough: every gap of the six-child school.
    Table table = table(2);
    Row school = TestChildren.row(table, "school_laestab", "8732001");
    assertThat(TestChildren.value(table, school, "fsm_eligible_children_number")).isEqualTo(2L);
    assertThat(TestChildren.value(table, school, "fsm_eligible_gld_number")).isEqualTo(1L);
    assertThat(TestChildren.value(table, school, "not_fsm_eligible_gld_number")).isEqualTo(3L);
    assertThat((Double) TestChildren.value(table, school, "fsm_gap_percentage_points")).isCloseTo(50.0, within(1e-12));
    assertThat((Double) TestChildren.value(table, school, "sex_gap_percentage_points")).isCloseTo(25.0, within(1e-12));
    assertThat((Double) TestChildren.value(table, school, "eal_gap_percentage_points")).isCloseTo(-50.0, within(1e-12));
    // The one-child school: no group of 2 anywhere, so no gap.
    Row small = TestChildren.row(table, "school_laestab", "8732002");
    assertThat(TestChildren.value(table, small, "fsm_gap_percentage_points")).isNull();
    assertThat(TestChildren.value(table, small, "not_fsm_eligible_children_number")).isEqualTo(1L);
  }

  @Test
  void noGapBelowTheProjectsReliableGroupSize() {
    // gaps.low_reliability_below (30 in conf): groups of 2 and 3 are far too small, so every gap is empty.
    Table table = table(TestChildren.SETTINGS.gaps().lowReliabilityBelow());
    Row school = TestChildren.row(table, "school_laestab", "8732001");
    for (String gap : List.of("fsm_gap_percentage_points", "sex_gap_percentage_points", "eal_gap_percentage_points")) {
      assertThat(TestChildren.value(table, school, gap)).as(gap).isNull();
    }
    assertThat(TestChildren.value(table, school, "fsm_eligible_children_number")).as("the counts are kept")
        .isEqualTo(2L);
  }
}
