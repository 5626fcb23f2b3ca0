package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.School;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Attainment by school on hand-made children, worked out by hand. */
class SchoolAttainmentTest {

  private static Table table() {
    // Cambridgeshire school 2001: totals 90 (GLD), 60 and one not assessed; school 2002: a single child, 80 (GLD).
    // Peterborough school 3001: 70. Only 8732001 is in the schools file.
    TestChildren children = new TestChildren()
        .add(child().estab("2001").total(90))
        .add(child().estab("2001").total(60))
        .add(child().estab("2001").notAssessed())
        .add(child().estab("2002").total(80))
        .add(child().la("874").estab("3001").total(70))
        .add(child().estab("612345").total(85));
    return SchoolAttainment.table(children.cohorts(),
        Map.of("8732001", new School("8732001", "Fen Ditton Primary", "Community school", "110645")),
        TestChildren.SETTINGS.inequalityGap());
  }

  @Test
  void measuresEachSchoolWithItsNameWhereTheSchoolsFileHasIt() {
    Table t = table();
    assertThat(t.rows()).hasSize(4);
    assertThat(t.columns().subList(10, 16)).containsExactly("school_laestab", "school_urn", "school_name",
        "establishment_type", "setting_type", "children_number");
    // 8732001: N = 2, one not assessed; GLD 1 = 50%; median (60 + 90) / 2 = 75; k = 1, mean 60: gap 20.
    Row school = row(t, "school_laestab", "8732001");
    assertThat(value(t, school, "geographic_level")).isEqualTo("School");
    assertThat(value(t, school, "la_name")).isEqualTo("Cambridgeshire");
    assertThat(value(t, school, "school_name")).isEqualTo("Fen Ditton Primary");
    assertThat(value(t, school, "school_urn")).isEqualTo("110645");
    assertThat(value(t, school, "establishment_type")).isEqualTo("Community school");
    assertThat(value(t, school, "children_number")).isEqualTo(2L);
    assertThat(value(t, school, "not_assessed_number")).isEqualTo(1L);
    assertThat(value(t, school, "gld_percent")).isEqualTo(50.0);
    assertThat(value(t, school, "inequality_gap_percent")).isEqualTo(20.0);
    // A school of one child, not in the schools file: its URN and name are not available (EES's x and
    // "Not available"), its type Unknown; its median is its total.
    Row single = row(t, "school_laestab", "8732002");
    assertThat(value(t, single, "school_urn")).isEqualTo("x");
    assertThat(value(t, single, "school_name")).isEqualTo("Not available");
    assertThat(value(t, single, "establishment_type")).isEqualTo("Unknown");
    assertThat(value(t, single, "children_number")).isEqualTo(1L);
    assertThat(value(t, single, "median_point_score")).isEqualTo(80.0);
    assertThat(value(t, single, "setting_type")).isEqualTo("School");
    // A child of a PVI setting, returned under its early years URN: a setting of its own in its LA, with GLD
    // (85 points, 6 on every scale of PSED and CLL).
    Row pvi = row(t, "school_laestab", "612345");
    assertThat(value(t, pvi, "setting_type")).isEqualTo("PVI setting");
    assertThat(value(t, pvi, "school_urn")).as("a PVI setting's URN is its estab").isEqualTo("612345");
    assertThat(value(t, pvi, "school_name")).isEqualTo("PVI setting (URN: 612345)");
    assertThat(value(t, pvi, "old_la_code")).isEqualTo("873");
    assertThat(value(t, pvi, "gld_number")).isEqualTo(1L);
  }
}
