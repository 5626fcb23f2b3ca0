package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.measures.AttainmentByCharacteristic;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Context;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The sums between published tables that secondary suppression must respect, on hand-made tables. */
class RelationsTest {

  /** An LA's place in 2008/09. */
  private static List<Object> la(String code) {
    return Arrays.asList(200809, "Academic year", "Local authority", Geography.ENGLAND_CODE, Geography.ENGLAND_NAME,
        "E12000006", "East of England", code, "E0600" + code, "LA " + code);
  }

  private static final List<String> CONTEXT_COUNTS = List.of("fsm_known_number", "fsm_number",
      "first_language_known_number", "eal_number", "deprivation_known_number", "most_deprived_number");

  /** A table of rows, each the LA's code, then its filters' values and counts. */
  private static Table table(String name, List<String> filters, List<String> counts, List<List<Object>> rows) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    filters.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, false)));
    counts.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.LongType, false)));
    List<Row> list = new ArrayList<>();
    for (List<Object> values : rows) {
      List<Object> row = new ArrayList<>(la((String) values.get(0)));
      row.addAll(values.subList(1, values.size()));
      list.add(RowFactory.create(row.toArray()));
    }
    return new Table(name, name, DataTypes.createStructType(fields), list,
        counts.stream().map(c -> Indicator.count(c, c)).toList());
  }

  /** Each context count, as "LA column", and the breakdown cells declared to make it up, as "breakdown column". */
  private static Map<String, List<String>> contextSums(List<Table> tables) {
    Map<String, List<String>> found = new TreeMap<>();
    for (Sum sum : Relations.of(tables)) {
      if (sum.total().table() == 1) {
        List<String> parts = new ArrayList<>();
        for (Cell part : sum.parts()) {
          Table t = tables.get(part.table());
          parts.add(t.rows().get(part.row()).getString(t.schema().fieldIndex(Breakdowns.BREAKDOWN)) + " "
              + t.columns().get(part.column()));
        }
        Table context = tables.get(1);
        found.put(context.rows().get(sum.total().row()).getString(context.schema().fieldIndex("old_la_code")) + " "
            + context.columns().get(sum.total().column()), parts);
      }
    }
    return found;
  }

  /**
   * A run without a deprivation file: every child's area is Unknown, so no breakdown names the most
   * deprived areas. The context's FSM and language counts are still tied to their breakdowns (FSM
   * eligible 3 + 1 not assessed = 4; known 3 + 1 + 5 + 0 = 9; other than English 4 + 0 = 4; known
   * 6 + 1 + 4 + 0 = 11); the deprivation counts (0) have no breakdown to be tied to. Taking the area
   * topic's first breakdown (Unknown: 10 + 1 = 11) as the most deprived made that sum fail, and with
   * it every context sum was dropped.
   */
  @Test
  void withoutADeprivationFileTheContextsOtherCountsAreStillTiedToTheBreakdowns() {
    Table characteristic = table(AttainmentByCharacteristic.NAME, List.of(Breakdowns.TOPIC, Breakdowns.BREAKDOWN),
        List.of("children_number", "not_assessed_number"), List.of(
            List.of("873", Breakdowns.FSM, "FSM eligible", 3L, 1L),
            List.of("873", Breakdowns.FSM, "Not FSM eligible", 5L, 0L),
            List.of("873", Breakdowns.FSM, "Unknown", 2L, 0L),
            List.of("873", Breakdowns.FIRST_LANGUAGE, "English", 6L, 1L),
            List.of("873", Breakdowns.FIRST_LANGUAGE, "Other than English", 4L, 0L),
            List.of("873", Breakdowns.AREA_DEPRIVATION, "Unknown", 10L, 1L)));
    Table context = table(Context.NAME, List.of(), CONTEXT_COUNTS, List.of(List.of("873", 9L, 4L, 11L, 4L, 0L, 0L)));

    assertThat(contextSums(List.of(characteristic, context))).isEqualTo(Map.of(
        "873 fsm_number", List.of("FSM eligible children_number", "FSM eligible not_assessed_number"),
        "873 fsm_known_number", List.of("FSM eligible children_number", "FSM eligible not_assessed_number",
            "Not FSM eligible children_number", "Not FSM eligible not_assessed_number"),
        "873 eal_number", List.of("Other than English children_number", "Other than English not_assessed_number"),
        "873 first_language_known_number", List.of("English children_number", "English not_assessed_number",
            "Other than English children_number", "Other than English not_assessed_number")));
  }

  /**
   * With the deprivation file, the most deprived areas are the area breakdown other than Rest and
   * Unknown, wherever it first appears. The first LA in the table's order (873) has no child in them,
   * so its first area breakdown is Rest: taken as the most deprived, its sum (0 = 6 + 0) failed and
   * every context sum was dropped. 873: known = Rest 6 + 0 (its most deprived count, 0, has no breakdown
   * row); 874: most deprived 3 + 1 = 4, known 4 + Rest 2 + 0 = 6.
   */
  @Test
  void theMostDeprivedAreasAreNamedWhereverTheyFirstAppear() {
    Table characteristic = table(AttainmentByCharacteristic.NAME, List.of(Breakdowns.TOPIC, Breakdowns.BREAKDOWN),
        List.of("children_number", "not_assessed_number"), List.of(
            List.of("873", Breakdowns.AREA_DEPRIVATION, Breakdowns.REST, 6L, 0L),
            List.of("873", Breakdowns.AREA_DEPRIVATION, "Unknown", 1L, 0L),
            List.of("874", Breakdowns.AREA_DEPRIVATION, "30% most deprived LSOAs", 3L, 1L),
            List.of("874", Breakdowns.AREA_DEPRIVATION, Breakdowns.REST, 2L, 0L)));
    Table context = table(Context.NAME, List.of(), CONTEXT_COUNTS, List.of(
        List.of("873", 0L, 0L, 0L, 0L, 6L, 0L),
        List.of("874", 0L, 0L, 0L, 0L, 6L, 4L)));

    assertThat(contextSums(List.of(characteristic, context))).isEqualTo(Map.of(
        "873 deprivation_known_number", List.of("Rest children_number", "Rest not_assessed_number"),
        "874 most_deprived_number", List.of("30% most deprived LSOAs children_number",
            "30% most deprived LSOAs not_assessed_number"),
        "874 deprivation_known_number", List.of("30% most deprived LSOAs children_number",
            "30% most deprived LSOAs not_assessed_number", "Rest children_number", "Rest not_assessed_number")));
  }

  /**
   * The most deprived areas are IDACI deciles 1-3, the rest 4-10, Unknown the Unknown decile: where
   * both topics are published each area breakdown is declared the sum of its deciles (30% most
   * deprived 6 = 1 + 2 + 3; Rest 7 = 4 + 3 + 0 + 0 + 0 + 0 + 0; Unknown 1 = 1).
   */
  @Test
  void theAreasAreTheSumsOfTheirDeciles() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("873", Breakdowns.AREA_DEPRIVATION, "30% most deprived LSOAs", 6L));
    rows.add(List.of("873", Breakdowns.AREA_DEPRIVATION, Breakdowns.REST, 7L));
    rows.add(List.of("873", Breakdowns.AREA_DEPRIVATION, "Unknown", 1L));
    long[] deciles = {1, 2, 3, 4, 3, 0, 0, 0, 0, 0};
    for (int d = 0; d < 10; d++) {
      rows.add(List.of("873", Breakdowns.IDACI_DECILE, Integer.toString(d + 1), deciles[d]));
    }
    rows.add(List.of("873", Breakdowns.IDACI_DECILE, "Unknown", 1L));
    Table characteristic = table(AttainmentByCharacteristic.NAME, List.of(Breakdowns.TOPIC, Breakdowns.BREAKDOWN),
        List.of("children_number"), rows);
    Map<String, List<String>> found = new TreeMap<>();
    for (Sum sum : Relations.of(List.of(characteristic))) {
      List<String> parts = new ArrayList<>();
      sum.parts().forEach(p -> parts.add(characteristic.rows().get(p.row()).getString(11)));
      found.put(characteristic.rows().get(sum.total().row()).getString(11), parts);
    }
    assertThat(found).isEqualTo(Map.of(
        "30% most deprived LSOAs", List.of("1", "2", "3"),
        "Rest", List.of("4", "5", "6", "7", "8", "9", "10"),
        "Unknown", List.of("Unknown")));
  }
}
