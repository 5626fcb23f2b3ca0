package eyfsp.measures;

import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.Framework;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.ProfileRules;
import eyfsp.enrich.Child;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The tables under each of the three frameworks, each year read under its own, with every figure
 * worked by hand: a 13-scale year (2011/12), the year the 17 goals began (2012/13), and a year of the
 * 2021 goals (2022/23).
 */
class FrameworkMeasuresTest {

  private static final Framework FSP13 = TestChildren.SETTINGS.framework("fsp13");
  private static final Framework ELG17 = TestChildren.SETTINGS.framework("elg17");
  private static final Framework ELG21 = TestChildren.SETTINGS.framework("elg21");
  private static final LocalAuthority CAMBRIDGESHIRE = TestChildren.LAS.get("873");
  private static final LocalAuthority PETERBOROUGH = TestChildren.LAS.get("874");

  private final List<Child> children = new ArrayList<>();

  /** A child of a year and LA with these results (none: not assessed), everything else as TestChildren's default. */
  private FrameworkMeasuresTest child(int year, LocalAuthority la, Framework framework, int... scores) {
    boolean assessed = scores.length > 0;
    ProfileRules.Outcome o = assessed ? new ProfileRules(framework).evaluate(scores) : null;
    Integer[] results = new Integer[framework.scaleCount()];
    for (int s = 0; assessed && s < results.length; s++) {
      results[s] = scores[s];
    }
    children.add(new Child("p" + children.size(), year, framework, la, "2001", la.laCode() + "2001", "F", "Autumn",
        results, o == null ? null : o.total(), o != null && o.goodLevel(),
        o == null ? new boolean[framework.outcomes().size()] : o.outcomes(), o == null ? null : o.secureCount(),
        true, "Not FSM eligible", "English", "WBRI", "White", "No SEN", null, 15_000, 5, false, false, false, false,
        List.of(), List.of()));
    return this;
  }

  private static int[] filled(int goals, int value) {
    int[] s = new int[goals];
    Arrays.fill(s, value);
    return s;
  }

  private static int[] with(int[] scores, int position, int value) {
    int[] s = scores.clone();
    s[position] = value;
    return s;
  }

  private List<LocalCohort> cohorts() {
    // 2011/12, 13 scales: one child with 6 everywhere (78: GLD).
    child(2012, CAMBRIDGESHIRE, FSP13, filled(13, 6));
    // 2012/13, 17 goals scored 1-3: totals 17, 34, 34, 35, 40, 51 and one not assessed.
    child(2013, CAMBRIDGESHIRE, ELG17, filled(17, 1));
    child(2013, CAMBRIDGESHIRE, ELG17, filled(17, 2));
    child(2013, CAMBRIDGESHIRE, ELG17, filled(17, 2));
    child(2013, CAMBRIDGESHIRE, ELG17, with(filled(17, 2), 16, 3));
    int[] forty = filled(17, 2);
    Arrays.fill(forty, 0, 6, 3);
    child(2013, CAMBRIDGESHIRE, ELG17, forty);
    child(2013, CAMBRIDGESHIRE, ELG17, filled(17, 3));
    child(2013, CAMBRIDGESHIRE, ELG17);
    // Peterborough 2012/13: one goal short of GLD (writing emerging), two goals short, all emerging.
    child(2013, PETERBOROUGH, ELG17, with(filled(17, 2), 9, 1));
    child(2013, PETERBOROUGH, ELG17, with(with(filled(17, 2), 9, 1), 0, 1));
    child(2013, PETERBOROUGH, ELG17, filled(17, 1));
    // 2022/23, 17 goals emerging or expected: 17, 16 (speaking emerging), 0, 12 (GLD goals only), one not
    // assessed.
    child(2023, CAMBRIDGESHIRE, ELG21, filled(17, 2));
    child(2023, CAMBRIDGESHIRE, ELG21, with(filled(17, 2), 1, 1));
    child(2023, CAMBRIDGESHIRE, ELG21, filled(17, 1));
    int[] gldOnly = filled(17, 2);
    Arrays.fill(gldOnly, 12, 17, 1);
    child(2023, CAMBRIDGESHIRE, ELG21, gldOnly);
    child(2023, CAMBRIDGESHIRE, ELG21);
    LocalCohorts.Counter counter = new LocalCohorts.Counter(TestChildren.SETTINGS);
    children.forEach(counter::add);
    return counter.cohorts();
  }

  @Test
  void eachYearIsMeasuredUnderItsOwnFramework() {
    Table t = Attainment.table(cohorts(), List.of(GeographicLevel.LOCAL_AUTHORITY), TestChildren.SETTINGS);

    Row scales = row(t, "time_period", "201112", "old_la_code", "873");
    assertThat(value(t, scales, "framework")).isEqualTo("fsp13");
    assertThat(value(t, scales, "points78_number")).isEqualTo(1L);
    assertThat(value(t, scales, "all_goals_expected_number")).as("not defined before 2012/13").isNull();
    assertThat(value(t, scales, "average_goals_expected")).isNull();

    // N = 6 (one not assessed). Sorted 17 34 34 35 40 51: median (34 + 35) / 2 = 34.5; k = max(1,
    // round(1.2)) = 1, the lowest 17; gap = 100 (34.5 - 17) / 34.5. GLD: all but the child at 17, 5 of 6;
    // so too every goal expected and every COM and LIT goal. Points 211 / 6; goals at expected 85 / 6.
    Row goals = row(t, "time_period", "201213", "old_la_code", "873");
    assertThat(value(t, goals, "framework")).isEqualTo("elg17");
    assertThat(value(t, goals, "children_number")).isEqualTo(6L);
    assertThat(value(t, goals, "not_assessed_number")).isEqualTo(1L);
    assertThat(value(t, goals, "gld_number")).isEqualTo(5L);
    assertThat((Double) value(t, goals, "gld_percent")).isCloseTo(500.0 / 6, within(1e-12));
    assertThat(value(t, goals, "median_point_score")).isEqualTo(34.5);
    assertThat(value(t, goals, "lowest20_number")).isEqualTo(1L);
    assertThat(value(t, goals, "lowest20_average_point_score")).isEqualTo(17.0);
    assertThat((Double) value(t, goals, "inequality_gap_percent")).isCloseTo(1750 / 34.5, within(1e-12));
    assertThat((Double) value(t, goals, "average_point_score")).isCloseTo(211.0 / 6, within(1e-12));
    assertThat(value(t, goals, "all_goals_expected_number")).isEqualTo(5L);
    assertThat(value(t, goals, "com_lit_expected_number")).isEqualTo(5L);
    assertThat((Double) value(t, goals, "average_goals_expected")).isCloseTo(85.0 / 6, within(1e-12));
    assertThat(value(t, goals, "points78_number")).as("the 13 scales' outcomes are not defined").isNull();
    assertThat(value(t, goals, "psed_cll_secure_percent")).isNull();

    // N = 4: goals at expected 0 12 16 17; median (12 + 16) / 2 = 14; k = round(0.8) = 1, the lowest 0; gap
    // 100 (14 - 0) / 14 = 100. GLD: 17 and 12, 2 of 4; all goals: 1; COM and LIT: 17 and 12. Mean goals at
    // expected (0 + 12 + 16 + 17) / 4 = 11.25, which replaces the average point score.
    Row reformed = row(t, "time_period", "202223", "old_la_code", "873");
    assertThat(value(t, reformed, "framework")).isEqualTo("elg21");
    assertThat(value(t, reformed, "children_number")).isEqualTo(4L);
    assertThat(value(t, reformed, "gld_percent")).isEqualTo(50.0);
    assertThat(value(t, reformed, "median_point_score")).isEqualTo(14.0);
    assertThat(value(t, reformed, "inequality_gap_percent")).isEqualTo(100.0);
    assertThat(value(t, reformed, "all_goals_expected_percent")).isEqualTo(25.0);
    assertThat(value(t, reformed, "com_lit_expected_percent")).isEqualTo(50.0);
    assertThat(value(t, reformed, "average_goals_expected")).isEqualTo(11.25);
    assertThat(value(t, reformed, "average_point_score")).isNull();
  }

  @Test
  void goalsAreCountedByValueAndOneGoalShortIsNearTheThreshold() {
    List<LocalCohort> cohorts = cohorts();
    Table scales = ScaleResults.table(cohorts, List.of(GeographicLevel.LOCAL_AUTHORITY), TestChildren.SETTINGS);
    // Listening and attention (COM_G01), 2012/13 in Cambridgeshire: 1 2 2 2 3 3.
    Row listening = row(scales, "time_period", "201213", "old_la_code", "873", "scale", "Listening and attention");
    assertThat(value(scales, listening, "framework")).isEqualTo("elg17");
    assertThat(value(scales, listening, "area_of_learning")).isEqualTo("Communication and language");
    assertThat(value(scales, listening, "emerging_number")).isEqualTo(1L);
    assertThat(value(scales, listening, "expected_number")).isEqualTo(3L);
    assertThat(value(scales, listening, "exceeding_number")).isEqualTo(2L);
    assertThat(value(scales, listening, "secure_number")).isEqualTo(5L);
    assertThat((Double) value(scales, listening, "average_score")).isCloseTo(13.0 / 6, within(1e-12));
    assertThat(value(scales, listening, "score_6_number")).as("a value the goals do not have").isNull();
    // The area's row: all three COM goals at expected or above for 5 of 6.
    Row com = row(scales, "time_period", "201213", "old_la_code", "873", "scale", "All goals",
        "area_of_learning", "Communication and language");
    assertThat(value(scales, com, "secure_number")).isEqualTo(5L);

    // Near the threshold under the goals: one goal short of GLD (writing emerging), not two.
    Table near = NearThreshold.table(cohorts, java.util.Map.of());
    List<Row> peterborough = near.rows().stream()
        .filter(r -> value(near, r, "old_la_code").equals("874")).toList();
    assertThat(peterborough).hasSize(1);
    assertThat(value(near, peterborough.get(0), "scales_below_secure")).isEqualTo("LIT_G10");
    assertThat(value(near, peterborough.get(0), "points_short")).isEqualTo(0);
  }
}
