package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Vulnerable children (the children's flags input): each flag a breakdown, a gap and a factor, worked by hand. */
class FlagsTest {

  private static final List<Breakdowns.Topic> TOPICS = Breakdowns.topics(TestChildren.SETTINGS, true);

  /**
   * Cambridgeshire, five children: two looked after (totals 50 and 80), the second in need too; three
   * others at 80. GLD at 80 (6 on every PSED and CLL scale), not at 50.
   */
  private static Map<List<Object>, Tally> tallies() {
    LocalCohorts.Counter counter = new LocalCohorts.Counter(LocalCohort.Plans.of(TestChildren.SETTINGS, TOPICS, List.of()));
    TestChildren children = new TestChildren()
        .add(child().flags("looked_after").total(50))
        .add(child().flags("child_in_need", "looked_after").total(80))
        .add(3, child().total(80));
    children.counted(counter);
    return AttainmentByCharacteristic.tallies(counter.cohorts(), TOPICS);
  }

  @Test
  void eachFlagIsABreakdownAGapAndAFactor() {
    Map<List<Object>, Tally> tallies = tallies();
    Table byFlag = AttainmentByCharacteristic.table(tallies, TestChildren.LAS, List.of(GeographicLevel.LOCAL_AUTHORITY),
        TOPICS, TestChildren.SETTINGS);
    // Looked after: N = 2, GLD 1 = 50%; the rest: N = 3, all GLD.
    Row lookedAfter = row(byFlag, "breakdown_topic", "Looked after", "breakdown", "Looked after");
    assertThat(value(byFlag, lookedAfter, "children_number")).isEqualTo(2L);
    assertThat(value(byFlag, lookedAfter, "gld_percent")).isEqualTo(50.0);
    Row rest = row(byFlag, "breakdown_topic", "Looked after", "breakdown", "Not looked after");
    assertThat(value(byFlag, rest, "gld_percent")).isEqualTo(100.0);
    Row inNeed = row(byFlag, "breakdown_topic", "Child in need", "breakdown", "Child in need");
    assertThat(value(byFlag, inNeed, "children_number")).isEqualTo(1L);

    // The gap: 100 - 50 = 50 points, the looked-after children behind.
    Table gaps = Gaps.table(tallies, TestChildren.LAS, List.of(GeographicLevel.LOCAL_AUTHORITY),
        Gaps.comparisons(Breakdowns.byName(TOPICS), TestChildren.SETTINGS.childrenFlags().values()),
        TestChildren.SETTINGS.inequalityGap(), 30);
    Row gap = row(gaps, "breakdown_topic", "Looked after");
    assertThat(value(gaps, gap, "group")).isEqualTo("Looked after");
    assertThat(value(gaps, gap, "comparison_group")).isEqualTo("Not looked after");
    assertThat(value(gaps, gap, "gld_gap_percentage_points")).isEqualTo(50.0);

    // N = 5, k = round(1.0) = 1: the lowest 20% is the looked-after child at 50. Looked after: 1 of the 1,
    // 2 of the 5: relative risk 1 / 0.4 = 2.5.
    Table profile = LowestFifthProfile.table(tallies, TestChildren.LAS, TOPICS,
        TestChildren.SETTINGS.inequalityGap());
    Row factor = row(profile, "breakdown_topic", "Looked after", "breakdown", "Looked after");
    assertThat(value(profile, factor, "in_lowest20_number")).isEqualTo(1.0);
    assertThat(value(profile, factor, "relative_risk")).isEqualTo(2.5);
  }
}
