package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.NeighbourSettings;
import eyfsp.domain.NeighbourSettings.ContextVariable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Settings most like each other in context, found as LA neighbours are, and a setting's place among them. */
class SimilarSettingsTest {

  /** Two nearest by FSM share alone. */
  private static final NeighbourSettings BY_FSM = new NeighbourSettings(2,
      Map.of("fsm_percent", new ContextVariable(1.0, false)));

  @Test
  void theNearestAreThoseOfClosestStandardisedContext() {
    // FSM 10, 20, 40, 50%: mean 30, population sd sqrt((400 + 100 + 100 + 400) / 4) = sqrt(250) = 15.811;
    // z = -1.265, -0.632, 0.632, 1.265. From A: B 0.632, C 1.897, D 2.530; from B: A 0.632, C 1.265, D 1.897.
    // Two alike (E, at 20% as B) are a tie, which goes to the lower key.
    Map<String, Map<String, Double>> context = new TreeMap<>();
    context.put("A", Map.of("fsm_percent", 10.0));
    context.put("B", Map.of("fsm_percent", 20.0));
    context.put("C", Map.of("fsm_percent", 40.0));
    context.put("D", Map.of("fsm_percent", 50.0));
    NearestByContext nearest = NearestByContext.of(context, BY_FSM);
    double unit = 10 / Math.sqrt(250);
    assertThat(nearest.byKey().get("A")).extracting(NearestByContext.Near::key).containsExactly("B", "C");
    assertThat(nearest.byKey().get("A").get(1).distance()).isCloseTo(3 * unit, within(1e-9));
    assertThat(nearest.byKey().get("B")).extracting(NearestByContext.Near::key).containsExactly("A", "C");
    assertThat(nearest.byKey().get("B").get(1).distance()).isCloseTo(2 * unit, within(1e-9));
    context.put("E", Map.of("fsm_percent", 20.0));
    assertThat(NearestByContext.of(context, BY_FSM).byKey().get("A")).extracting(NearestByContext.Near::key)
        .as("B and E tie").containsExactly("B", "E");
  }

  @Test
  void aPlaceByGldAmongTheSimilarSettings() {
    // 1 + how many are higher; ties share a place; a setting without children has no place.
    assertThat(SimilarSettings.place(50.0, Arrays.asList(50.0, 60.0, null, 40.0))).isEqualTo(2);
    assertThat(SimilarSettings.place(60.0, List.of(60.0, 60.0, 10.0))).isEqualTo(1);
    assertThat(SimilarSettings.place(null, List.of(60.0))).isNull();
  }

  @Test
  void eachSettingsSimilarSettingsWithinItsLaAndYear() {
    // Cambridgeshire's schools 2001-2004 with 1 of 10, 2 of 10, 4 of 10 and 5 of 10 children FSM eligible
    // (10, 20, 40, 50%, as above) and GLD 20%, 100%, 60%, 0%; Peterborough's school 874 2001 is in another LA and
    // never similar to them.
    TestChildren children = new TestChildren();
    int[] fsm = {1, 2, 4, 5};
    int[] gld = {2, 10, 6, 0};
    for (int s = 0; s < 4; s++) {
      String estab = "200" + (s + 1);
      for (int i = 0; i < 10; i++) {
        children.add(child().estab(estab).fsm(i < fsm[s] ? "FSM eligible" : "Not FSM eligible")
            .scores(TestChildren.filled(i < gld[s] ? 6 : 5)));
      }
    }
    children.add(child().la("874").estab("2001").fsm("FSM eligible"));
    Table table = SimilarSettings.table(children.cohorts(), BY_FSM, TestChildren.SETTINGS.inequalityGap());
    assertThat(table.published()).as("internal only").isFalse();
    Row first = TestChildren.row(table, "school_laestab", "8732001", "similar_rank", "1");
    assertThat(TestChildren.value(table, first, "similar_laestab")).isEqualTo("8732002");
    assertThat(TestChildren.value(table, first, "similar_gld_percent")).isEqualTo(100.0);
    // 8732001 (20%) among itself, 8732002 (100%) and 8732003 (60%): third.
    assertThat(TestChildren.value(table, first, "gld_place_among_similar")).isEqualTo(3);
    assertThat(TestChildren.value(table, first, "similar_group_number")).isEqualTo(3);
    Row second = TestChildren.row(table, "school_laestab", "8732001", "similar_rank", "2");
    assertThat(TestChildren.value(table, second, "similar_laestab")).isEqualTo("8732003");
    // 8732002 (100%) among itself, 8732001 and 8732003: first.
    Row top = TestChildren.row(table, "school_laestab", "8732002", "similar_rank", "1");
    assertThat(TestChildren.value(table, top, "gld_place_among_similar")).isEqualTo(1);
    // Peterborough's only school has no other setting to be like.
    assertThat(table.rows()).noneMatch(r -> "874".equals(TestChildren.value(table, r, "old_la_code")));
    assertThat(table.rows()).hasSize(4 * 2);
  }
}
