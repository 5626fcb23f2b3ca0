package eyfsp.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The context table on hand-built children, worked out by hand. */
class ContextTest {

  private static final StructType CHILDREN = DataTypes.createStructType(List.of(
      DataTypes.createStructField("academic_year", DataTypes.IntegerType, false),
      DataTypes.createStructField("region_code", DataTypes.StringType, false),
      DataTypes.createStructField("region_name", DataTypes.StringType, false),
      DataTypes.createStructField("old_la_code", DataTypes.StringType, false),
      DataTypes.createStructField("new_la_code", DataTypes.StringType, false),
      DataTypes.createStructField("la_name", DataTypes.StringType, false),
      DataTypes.createStructField("fsm", DataTypes.StringType, false),
      DataTypes.createStructField("first_language", DataTypes.StringType, false),
      DataTypes.createStructField("most_deprived", DataTypes.BooleanType, true),
      DataTypes.createStructField("idaci_rank", DataTypes.IntegerType, true)));

  private static final List<Row> ROWS = new ArrayList<>();

  private static void child(String la, String fsm, String language, Boolean deprived, Integer rank) {
    String[] names = la.equals("873") ? new String[] {"E10000003", "Cambridgeshire"} : new String[] {"E06000031", "Peterborough"};
    ROWS.add(RowFactory.create(2009, "E12000006", "East of England", la, names[0], names[1], fsm, language, deprived, rank));
  }

  static {
    // Cambridgeshire: FSM known for 3 of 4, 2 eligible: 66.67%; first language known 3, 2 other than English: 66.67%;
    // deprivation known 3, 2 in the most deprived areas: 66.67%; ranks 100, 5000, 300: average 5400 / 3 = 1800.
    child("873", "FSM eligible", "English", true, 100);
    child("873", "Not FSM eligible", "Other than English", false, 5000);
    child("873", "Unknown", "Unknown", null, null);
    child("873", "FSM eligible", "Other than English", true, 300);
    // Peterborough: one child, nothing known: every share undefined (empty), not 0.
    child("874", "Unknown", "Unknown", null, null);
  }

  private static Row row(List<Row> rows, String level, String la) {
    return rows.stream().filter(r -> r.getString(r.fieldIndex("geographic_level")).equals(level)
        && (la == null || la.equals(r.getString(r.fieldIndex("old_la_code"))))).findFirst().orElseThrow();
  }

  private static Object value(Row row, String column) {
    return row.get(row.fieldIndex(column));
  }

  @Test
  void sharesOfTheChildrenWhoseStatusIsKnown() {
    Dataset<Row> children = SparkTestSession.get().createDataFrame(ROWS, CHILDREN);
    List<Row> rows = Context.compute(children, List.of(GeographicLevel.NATIONAL, GeographicLevel.LOCAL_AUTHORITY))
        .collectAsList();
    assertThat(rows).hasSize(3);
    Row cambs = row(rows, "Local authority", "873");
    assertThat(value(cambs, "fsm_known_number")).isEqualTo(3L);
    assertThat(value(cambs, "fsm_number")).isEqualTo(2L);
    assertThat((Double) value(cambs, "fsm_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "eal_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "most_deprived_percent")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat((Double) value(cambs, "idaci_rank_average")).isCloseTo(1800.0, within(1e-12));
    Row peterborough = row(rows, "Local authority", "874");
    assertThat(value(peterborough, "fsm_known_number")).isEqualTo(0L);
    assertThat(value(peterborough, "fsm_percent")).isNull();
    assertThat(value(peterborough, "idaci_rank_average")).isNull();
    // England sums the LAs: the same counts, as Peterborough adds no known child.
    Row england = row(rows, "National", null);
    assertThat(value(england, "fsm_known_number")).isEqualTo(3L);
    assertThat((Double) value(england, "idaci_rank_average")).isCloseTo(1800.0, within(1e-12));
    assertThat(value(england, "time_period")).isEqualTo(200809);
  }
}
