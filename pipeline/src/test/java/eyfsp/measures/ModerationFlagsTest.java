package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.Settings;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The moderation manager's flags: each exact test on plain values, then each flag on hand-built settings. */
class ModerationFlagsTest {

  @Test
  void exactTestsOnValuesWorkedByHand() {
    // 0 of 5 at p = 1/2: P(0) = P(5) = 1/32, the only outcomes as unlikely: 2/32.
    assertThat(ExactTests.binomialTwoSided(0, 5, 0.5)).isCloseTo(0.0625, within(1e-12));
    // 1 of 10 at 1/2: P(X <= 1) + P(X >= 9) = 2 x 11 / 1024.
    assertThat(ExactTests.binomialTwoSided(1, 10, 0.5)).isCloseTo(22.0 / 1024, within(1e-12));
    // 6 of 6 at 1/3: (1/3)^6 = 1/729.
    assertThat(ExactTests.binomialUpper(6, 6, 1.0 / 3)).isCloseTo(1.0 / 729, within(1e-15));
    assertThat(ExactTests.binomialUpper(0, 6, 1.0 / 3)).isCloseTo(1.0, within(1e-12));
    // 5 of 5 against 0 of 5: of the C(10, 5) = 252 ways to share 5 successes, this and its mirror: 2/252.
    assertThat(ExactTests.fisherTwoSided(5, 5, 0, 5)).isCloseTo(2.0 / 252, within(1e-12));
    assertThat(ExactTests.fisherTwoSided(3, 5, 2, 5)).as("as likely as can be").isCloseTo(1.0, within(1e-12));
  }

  private static List<Row> flags(Table table, String test) {
    return table.rows().stream().filter(r -> TestChildren.value(table, r, "test").equals(test)).toList();
  }

  private static Object value(Table table, Row row, String column) {
    return TestChildren.value(table, row, column);
  }

  @Test
  void gldFarFromTheRestOfTheLaIsFlaggedAndGldWithinChanceIsNot() {
    // Cambridgeshire: school 2001 has 1 of 10 with GLD; 2002 and 2003 have 5 of 10 each. 2001 against the rest's
    // 10 of 20 (1/2): 22/1024 = 0.0215 (above). Three settings tested at alpha 0.1: flagged below 0.1 / 3 = 0.0333.
    // 2002 against the rest's 6 of 20 (0.3): P(5) = 252 x 0.3^5 x 0.7^5 = 0.1029; the outcomes no likelier are
    // 0 and 5-10: 0.0282 + 0.1029 + 0.0368 + 0.0090 + 0.0014 + 0.0001 + 0.0000 = 0.178: not flagged.
    TestChildren children = new TestChildren();
    int[] gld = {1, 5, 5};
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < 10; i++) {
        children.add(child().estab("200" + (s + 1)).scores(TestChildren.filled(i < gld[s] ? 6 : 5)));
      }
    }
    Table table = ModerationFlags.table(children.cohorts(), new Settings.Moderation(0.1, 1),
        TestChildren.SETTINGS.inequalityGap());
    assertThat(table.published()).as("internal only").isFalse();
    List<Row> flagged = flags(table, ModerationFlags.GLD_VS_LA);
    assertThat(flagged).as("only 2001").hasSize(1);
    Row row = flagged.get(0);
    assertThat(value(table, row, "school_laestab")).isEqualTo("8732001");
    assertThat(value(table, row, "tested_number")).isEqualTo(10L);
    assertThat(value(table, row, "observed_number")).isEqualTo(1L);
    assertThat(value(table, row, "reference_percent")).isEqualTo(50.0);
    assertThat((Double) value(table, row, "p_value")).isCloseTo(22.0 / 1024, within(1e-12));
    assertThat((Double) value(table, row, "threshold")).isCloseTo(0.1 / 3, within(1e-15));
  }

  @Test
  void heapingAtTheSecureScore() {
    // Each child's lowest PSED/CLL scale (the first seven) decides: 2001's six children are all at 6; 2002's
    // and 2003's six each are two at 5, two at 6, two at 7. 2001 against the rest's 4 of 12 at 6 (1/3):
    // (1/3)^6 = 0.00137, below 0.01 / 3 = 0.00333. 2002 against the rest's 8 of 12 (2/3): P(X >= 2 of 6) =
    // 1 - 1/729 - 12/729 = 0.98: not flagged. Totals are kept away from 78, so the GLD-total test finds nobody
    // near it (2001: 6 x 6 + 9 x 6 = 90).
    int[] at6 = {6, 6, 6, 6, 6, 6, 6, 9, 9, 9, 9, 9, 9};
    int[] at5 = {5, 5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9};
    int[] at7 = {7, 7, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0};
    TestChildren children = new TestChildren().add(6, child().estab("2001").scores(at6));
    for (String estab : List.of("2002", "2003")) {
      children.add(2, child().estab(estab).scores(at5)).add(2, child().estab(estab).scores(at6))
          .add(2, child().estab(estab).scores(at7));
    }
    Table table = ModerationFlags.table(children.cohorts(), new Settings.Moderation(0.01, 1),
        TestChildren.SETTINGS.inequalityGap());
    List<Row> flagged = flags(table, ModerationFlags.HEAPING_AT_SECURE_SCORE);
    assertThat(flagged).hasSize(1);
    assertThat(value(table, flagged.get(0), "school_laestab")).isEqualTo("8732001");
    assertThat(value(table, flagged.get(0), "observed_percent")).isEqualTo(100.0);
    assertThat((Double) value(table, flagged.get(0), "reference_percent")).isCloseTo(100.0 / 3, within(1e-12));
    assertThat((Double) value(table, flagged.get(0), "p_value")).isCloseTo(1.0 / 729, within(1e-15));
    assertThat(flags(table, ModerationFlags.HEAPING_AT_GLD_TOTAL)).isEmpty();
  }

  @Test
  void heapingAtTheGldTotal() {
    // 2001's six children all total exactly 78; 2002's and 2003's three each total 77, 78 and 79. Window 77-79:
    // 2001 against the rest's 2 of 6 (1/3): 1/729, flagged; 2002 (1 of 3) against 7 of 9: P(X >= 1) ~ 1.
    TestChildren children = new TestChildren().add(6, child().estab("2001").total(78));
    for (String estab : List.of("2002", "2003")) {
      children.add(child().estab(estab).total(77)).add(child().estab(estab).total(78))
          .add(child().estab(estab).total(79));
    }
    Table table = ModerationFlags.table(children.cohorts(), new Settings.Moderation(0.01, 1),
        TestChildren.SETTINGS.inequalityGap());
    List<Row> flagged = flags(table, ModerationFlags.HEAPING_AT_GLD_TOTAL);
    assertThat(flagged).extracting(r -> TestChildren.value(table, r, "school_laestab")).containsExactly("8732001");
    assertThat(value(table, flagged.get(0), "tested_number")).isEqualTo(6L);
    assertThat((Double) value(table, flagged.get(0), "p_value")).isCloseTo(1.0 / 729, within(1e-15));
  }

  @Test
  void aJumpBeyondWhatTheCohortExplainsButNotAnOrdinaryChange() {
    // School 2001: 0 of 5 with GLD in 2008, 5 of 5 in 2009: Fisher 2/252 = 0.0079, below 0.05 / 2 = 0.025.
    // School 2002: 2 of 5, then 3 of 5: p = 1. Two settings tested in 2009, none in 2008 (no year before).
    TestChildren children = new TestChildren()
        .add(5, child().year(2008).estab("2001").scores(TestChildren.filled(5)))
        .add(5, child().year(2009).estab("2001").scores(TestChildren.filled(6)));
    for (int i = 0; i < 5; i++) {
      children.add(child().year(2008).estab("2002").scores(TestChildren.filled(i < 2 ? 6 : 5)));
      children.add(child().year(2009).estab("2002").scores(TestChildren.filled(i < 3 ? 6 : 5)));
    }
    Table table = ModerationFlags.table(children.cohorts(), new Settings.Moderation(0.05, 1),
        TestChildren.SETTINGS.inequalityGap());
    List<Row> flagged = flags(table, ModerationFlags.GLD_YEAR_ON_YEAR);
    assertThat(flagged).hasSize(1);
    Row jump = flagged.get(0);
    assertThat(value(table, jump, "school_laestab")).isEqualTo("8732001");
    assertThat(value(table, jump, "time_period")).isEqualTo(200809);
    assertThat(value(table, jump, "observed_percent")).isEqualTo(100.0);
    assertThat(value(table, jump, "reference_percent")).isEqualTo(0.0);
    assertThat((Double) value(table, jump, "p_value")).isCloseTo(2.0 / 252, within(1e-12));
    assertThat((Double) value(table, jump, "threshold")).isCloseTo(0.025, within(1e-15));
  }
}
