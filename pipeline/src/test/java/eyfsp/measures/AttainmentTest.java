package eyfsp.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static eyfsp.measures.TestChildren.child;

import eyfsp.domain.GapConventions;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The attainment table on hand-built children, worked out by hand. */
class AttainmentTest {

  // Cambridgeshire: 60 70 80 90 and one child not assessed. N = 4; median (70 + 80) / 2 = 75; APS 300 / 4 = 75;
  // k = max(1, round(0.8)) = 1, mean 60; gap = 100 (75 - 60) / 75 = 20. GLD (78+ and secure in PSED and CLL)
  // 2 of 4 = 50%; 78+ 2 = 50%; secure: 70, 80, 90 (60 is not) = 3 of 4 = 75%.
  // Peterborough: 50 100. N = 2; median 75; k = 1, mean 50; gap = 100 x 25 / 75 = 33.33...; GLD 1 of 2 = 50%.
  // Sheffield: two children, both not assessed: an empty cohort, not an error.
  private static final TestChildren CHILDREN = new TestChildren()
      .add(child().total(60).notSecure())
      .add(child().total(70))
      .add(child().total(80))
      .add(child().total(90))
      .add(child().notAssessed())
      .add(child().la("874").total(50).notSecure())
      .add(child().la("874").total(100))
      .add(2, child().la("373").notAssessed());

  private static Table table;

  private static Table table() {
    if (table == null) {
      table = Attainment.table(CHILDREN.cohorts(), List.of(GeographicLevel.NATIONAL, GeographicLevel.REGIONAL,
          GeographicLevel.LOCAL_AUTHORITY), TestChildren.SETTINGS);
    }
    return table;
  }

  private static Object value(Row row, String column) {
    return row.get(table().schema().fieldIndex(column));
  }

  @Test
  void namesTheColumnsExactlyAsTheContract() {
    assertThat(table().columns()).containsExactly("time_period", "time_identifier", "geographic_level",
        "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name",
        "framework", "children_number", "not_assessed_number", "gld_number", "gld_percent", "points78_number",
        "points78_percent", "psed_cll_secure_number", "psed_cll_secure_percent", "average_point_score",
        "median_point_score", "lowest20_number", "lowest20_average_point_score", "inequality_gap_percent",
        "all_goals_expected_number", "all_goals_expected_percent", "com_lit_expected_number", "com_lit_expected_percent",
        "average_goals_expected");
  }

  @Test
  void measuresEachLevelAndSortsFromTheTopDown() {
    List<Row> rows = table().rows();
    assertThat(rows).extracting(r -> value(r, "geographic_level") + " " + value(r, "region_code") + " "
            + value(r, "old_la_code"))
        .containsExactly("National null null", "Regional E12000003 null", "Regional E12000006 null",
            "Local authority E12000003 373", "Local authority E12000006 873", "Local authority E12000006 874");
    assertThat(rows).allSatisfy(r -> {
      assertThat(value(r, "time_period")).isEqualTo(200809);
      assertThat(value(r, "country_code")).isEqualTo("E92000001");
    });

    Row cambridgeshire = rows.get(4);
    assertThat(value(cambridgeshire, "children_number")).isEqualTo(4L);
    assertThat(value(cambridgeshire, "not_assessed_number")).isEqualTo(1L);
    assertThat(value(cambridgeshire, "gld_number")).isEqualTo(2L);
    assertThat(value(cambridgeshire, "gld_percent")).isEqualTo(50.0);
    assertThat(value(cambridgeshire, "points78_percent")).isEqualTo(50.0);
    assertThat(value(cambridgeshire, "psed_cll_secure_number")).isEqualTo(3L);
    assertThat(value(cambridgeshire, "psed_cll_secure_percent")).isEqualTo(75.0);
    assertThat(value(cambridgeshire, "average_point_score")).isEqualTo(75.0);
    assertThat(value(cambridgeshire, "median_point_score")).isEqualTo(75.0);
    assertThat(value(cambridgeshire, "lowest20_number")).isEqualTo(1L);
    assertThat(value(cambridgeshire, "lowest20_average_point_score")).isEqualTo(60.0);
    assertThat(value(cambridgeshire, "inequality_gap_percent")).isEqualTo(20.0);

    Row peterborough = rows.get(5);
    assertThat((Double) value(peterborough, "inequality_gap_percent")).isCloseTo(100.0 / 3, within(1e-12));

    Row sheffield = rows.get(3);
    assertThat(value(sheffield, "children_number")).isEqualTo(0L);
    assertThat(value(sheffield, "not_assessed_number")).isEqualTo(2L);
    assertThat(value(sheffield, "gld_percent")).isNull();
    assertThat(value(sheffield, "inequality_gap_percent")).isNull();
  }

  @Test
  void regionsAndTheNationRollUpFromTheirLas() {
    // East: 50 60 70 80 90 100, N = 6; median (70 + 80) / 2 = 75; k = round(1.2) = 1, mean 50;
    // gap = 100 (75 - 50) / 75 = 33.33...; GLD 3 of 6 = 50%; APS 450 / 6 = 75; one not assessed.
    List<Row> rows = table().rows();
    Row east = rows.get(2);
    assertThat(value(east, "children_number")).isEqualTo(6L);
    assertThat(value(east, "not_assessed_number")).isEqualTo(1L);
    assertThat(value(east, "gld_percent")).isEqualTo(50.0);
    assertThat(value(east, "average_point_score")).isEqualTo(75.0);
    assertThat(value(east, "lowest20_average_point_score")).isEqualTo(50.0);
    assertThat((Double) value(east, "inequality_gap_percent")).isCloseTo(100.0 / 3, within(1e-12));
    Row yorkshire = rows.get(1);
    assertThat(value(yorkshire, "children_number")).isEqualTo(0L);
    assertThat(value(yorkshire, "not_assessed_number")).isEqualTo(2L);
    // England: East's six children, and three not assessed in all.
    Row england = rows.get(0);
    assertThat(value(england, "children_number")).isEqualTo(6L);
    assertThat(value(england, "not_assessed_number")).isEqualTo(3L);
    assertThat(value(england, "median_point_score")).isEqualTo(75.0);
  }
}
