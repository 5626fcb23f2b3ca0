package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The attainment table by characteristic on five hand-made children, worked out by hand. */
class AttainmentByCharacteristicTest {

  private static final List<Breakdowns.Topic> TOPICS = Breakdowns.topics(TestChildren.SETTINGS);
  private static final List<GeographicLevel> LEVELS =
      List.of(GeographicLevel.NATIONAL, GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY);

  private static Table table() {
    // Cambridgeshire (873): A girl, FSM, decile 1, total 90 (GLD); B boy, decile 10, total 60; C boy, no
    // IDACI, total 80 (GLD); D boy, no IDACI, FSM unknown, not assessed. Peterborough (874): E girl, FSM,
    // decile 2, total 70. Both LAs are in the East of England, the only region.
    Map<List<Object>, Tally> tallies = AttainmentByCharacteristic.tallies(new TestChildren()
        .add(child().sex("F").fsm("FSM eligible").decile(1).total(90))
        .add(child().sex("M").decile(10).total(60))
        .add(child().sex("M").decile(null).total(80))
        .add(child().sex("M").decile(null).fsm("Unknown").notAssessed())
        .add(child().la("874").sex("F").fsm("FSM eligible").decile(2).total(70))
        .cohorts(), TOPICS);
    return AttainmentByCharacteristic.table(tallies, TestChildren.LAS, LEVELS, TOPICS, TestChildren.SETTINGS);
  }

  @Test
  void namesTheColumnsAsTheContractSays() {
    assertThat(table().columns()).startsWith("time_period", "time_identifier", "geographic_level", "country_code",
        "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "breakdown_topic",
        "breakdown", "children_number", "not_assessed_number", "gld_number", "gld_percent");
    assertThat(table().columns()).endsWith("lowest20_number", "lowest20_average_point_score",
        "inequality_gap_percent", "all_goals_expected_number", "all_goals_expected_percent", "com_lit_expected_number",
        "com_lit_expected_percent", "average_goals_expected");
  }

  @Test
  void everyBreakdownOfEveryTopicHasARowAtEveryGeography() {
    // 3 sex + 3 FSM + 3 language + 4 SEN + 6 ethnicity (the GSS major groups, Chinese within Asian) + 3 term
    // + 11 IDACI + 3 area = 36 breakdowns; 23 minor ethnic groups (19 DfE groups, and White, Mixed, Asian and
    // Black for codes listed under none); the pairs: sex x FSM 9, FSM x language 9, FSM x ethnicity 18, sex x
    // minor ethnicity 69, FSM x area 9, SEN x FSM 12, term x sex 9 = 135. 194 in all, at 4 places (England,
    // East of England, Cambridgeshire, Peterborough).
    assertThat(table().rows()).hasSize((36 + 23 + 135) * 4);
  }

  @Test
  void measuresAGroupOfTwoAGroupOfOneAndAnEmptyGroup() {
    Table t = table();
    // Cambridgeshire boys: B 60, C 80 and D not assessed. N = 2, GLD 1 = 50%, median (60 + 80) / 2 = 70,
    // k = max(1, round(0.4)) = 1: mean 60; gap = 100 (70 - 60) / 70 = 14.2857...
    Row boys = row(t, "old_la_code", "873", "breakdown_topic", "Sex", "breakdown", "Boys");
    assertThat(value(t, boys, "children_number")).isEqualTo(2L);
    assertThat(value(t, boys, "not_assessed_number")).isEqualTo(1L);
    assertThat(value(t, boys, "gld_percent")).isEqualTo(50.0);
    assertThat(value(t, boys, "median_point_score")).isEqualTo(70.0);
    assertThat(value(t, boys, "lowest20_average_point_score")).isEqualTo(60.0);
    assertThat((Double) value(t, boys, "inequality_gap_percent")).isCloseTo(100.0 / 7, within(1e-12));
    // Cambridgeshire girls: A alone. N = 1, GLD 100%, median 90, lowest 20% = A: gap 0.
    Row girls = row(t, "old_la_code", "873", "breakdown_topic", "Sex", "breakdown", "Girls");
    assertThat(value(t, girls, "children_number")).isEqualTo(1L);
    assertThat(value(t, girls, "gld_percent")).isEqualTo(100.0);
    assertThat(value(t, girls, "inequality_gap_percent")).isEqualTo(0.0);
    // Nobody of unknown sex: zeros, and nothing defined.
    Row unknown = row(t, "old_la_code", "873", "breakdown_topic", "Sex", "breakdown", "Unknown");
    assertThat(value(t, unknown, "children_number")).isEqualTo(0L);
    assertThat(value(t, unknown, "not_assessed_number")).isEqualTo(0L);
    assertThat(value(t, unknown, "gld_percent")).isNull();
    assertThat(value(t, unknown, "median_point_score")).isNull();
    // D, not assessed and not in the census, is the only child of unknown FSM: counted, not measured.
    Row fsmUnknown = row(t, "old_la_code", "873", "breakdown_topic", "FSM", "breakdown", "Unknown");
    assertThat(value(t, fsmUnknown, "children_number")).isEqualTo(0L);
    assertThat(value(t, fsmUnknown, "not_assessed_number")).isEqualTo(1L);
  }

  @Test
  void groupsChildrenByDecileAndByTheMostDeprivedAreas() {
    Table t = table();
    // Decile 1 (A) and 2 (E, Peterborough) are among the 30% most deprived; 10 (B) is the rest; C and D
    // have no IDACI: unknown.
    Row first = row(t, "geographic_level", "National", "breakdown_topic", "IDACI decile", "breakdown", "1");
    assertThat(value(t, first, "children_number")).isEqualTo(1L);
    Row mostDeprived = row(t, "geographic_level", "National", "breakdown_topic", "Area deprivation", "breakdown",
        "30% most deprived LSOAs");
    assertThat(value(t, mostDeprived, "children_number")).isEqualTo(2L);
    // A 90 and E 70: GLD 1 of 2; median 80; k = 1, mean 70; gap = 100 (80 - 70) / 80 = 12.5.
    assertThat(value(t, mostDeprived, "gld_percent")).isEqualTo(50.0);
    assertThat(value(t, mostDeprived, "inequality_gap_percent")).isEqualTo(12.5);
    Row unknown = row(t, "geographic_level", "National", "breakdown_topic", "IDACI decile", "breakdown", "Unknown");
    assertThat(value(t, unknown, "children_number")).isEqualTo(1L);
    assertThat(value(t, unknown, "not_assessed_number")).isEqualTo(1L);
  }

  @Test
  void regionsRollUpFromTheirLasAndEachTopicAddsUpToTheCohort() {
    Table t = table();
    // East of England girls: A 90 (Cambridgeshire) and E 70 (Peterborough): N = 2, median 80, GLD 50%.
    Row girls = row(t, "geographic_level", "Regional", "breakdown_topic", "Sex", "breakdown", "Girls");
    assertThat(value(t, girls, "children_number")).isEqualTo(2L);
    assertThat(value(t, girls, "median_point_score")).isEqualTo(80.0);
    // Every topic of Cambridgeshire: 3 valid children and 1 not assessed.
    for (Breakdowns.Topic topic : TOPICS) {
      long children = 0;
      long notAssessed = 0;
      for (Row r : t.rows()) {
        if ("873".equals(value(t, r, "old_la_code")) && topic.name().equals(value(t, r, "breakdown_topic"))) {
          children += (Long) value(t, r, "children_number");
          notAssessed += (Long) value(t, r, "not_assessed_number");
        }
      }
      assertThat(children).as(topic.name()).isEqualTo(3);
      assertThat(notAssessed).as(topic.name()).isEqualTo(1);
    }
  }

  @Test
  void aPairOfTopicsSumsToEachOfItsTopics() {
    Table t = table();
    // Cambridgeshire by sex and FSM: A girl FSM (90, GLD); B boy not FSM (60); C boy not FSM (80, GLD); D boy
    // FSM unknown, not assessed. Boys / Not FSM eligible: B and C, N = 2, GLD 1, median 70.
    Row boysNotFsm = row(t, "old_la_code", "873", "breakdown_topic", "Sex by FSM", "breakdown",
        "Boys / Not FSM eligible");
    assertThat(value(t, boysNotFsm, "children_number")).isEqualTo(2L);
    assertThat(value(t, boysNotFsm, "gld_number")).isEqualTo(1L);
    assertThat(value(t, boysNotFsm, "median_point_score")).isEqualTo(70.0);
    Row boysUnknown = row(t, "old_la_code", "873", "breakdown_topic", "Sex by FSM", "breakdown", "Boys / Unknown");
    assertThat(value(t, boysUnknown, "not_assessed_number")).isEqualTo(1L);
    // Each sex's row is the sum of its row by FSM, and each FSM row the sum of its row by sex.
    for (String sex : List.of("Boys", "Girls", "Unknown")) {
      assertThat(sum(t, "children_number", b -> b.startsWith(sex + " / ")))
          .isEqualTo(value(t, row(t, "old_la_code", "873", "breakdown_topic", "Sex", "breakdown", sex), "children_number"));
    }
    for (String fsm : List.of("FSM eligible", "Not FSM eligible", "Unknown")) {
      assertThat(sum(t, "not_assessed_number", b -> b.endsWith(" / " + fsm))).isEqualTo(value(t,
          row(t, "old_la_code", "873", "breakdown_topic", "FSM", "breakdown", fsm), "not_assessed_number"));
    }
    // By hand: boys 3 (B, C valid; D not assessed) and girls 1; not FSM 2, FSM 1, unknown 0 valid.
    assertThat(sum(t, "children_number", b -> b.startsWith("Boys / "))).isEqualTo(2L);
    assertThat(sum(t, "children_number", b -> b.endsWith(" / Not FSM eligible"))).isEqualTo(2L);
  }

  /** A count summed over Cambridgeshire's "Sex by FSM" rows whose breakdown passes a test. */
  private static long sum(Table t, String column, java.util.function.Predicate<String> breakdown) {
    return t.rows().stream()
        .filter(r -> "873".equals(value(t, r, "old_la_code")) && "Sex by FSM".equals(value(t, r, "breakdown_topic"))
            && breakdown.test((String) value(t, r, "breakdown")))
        .mapToLong(r -> (Long) value(t, r, column)).sum();
  }

  @Test
  void sortsBreakdownsWithNumbersInTheirOrder() {
    Table t = table();
    List<Object> deciles = t.rows().stream()
        .filter(r -> "National".equals(value(t, r, "geographic_level"))
            && "IDACI decile".equals(value(t, r, "breakdown_topic")))
        .map(r -> value(t, r, "breakdown")).toList();
    assertThat(deciles).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Unknown");
  }
}
