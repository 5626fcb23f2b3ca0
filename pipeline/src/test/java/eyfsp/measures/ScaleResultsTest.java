package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Results by scale and area on hand-made children, worked out by hand. */
class ScaleResultsTest {

  private static Table table() {
    // Cambridgeshire: child 1 has 6 everywhere; child 2 has 9 on DA, 3 on W and 5 elsewhere; child 3 is not
    // assessed. Peterborough: one child with 8 everywhere. Sheffield (Yorkshire and The Humber): one child, not
    // assessed.
    int[] second = TestChildren.filled(5);
    second[0] = 9;
    second[6] = 3;
    TestChildren children = new TestChildren()
        .add(child())
        .add(child().scores(second))
        .add(child().notAssessed())
        .add(child().la("874").scores(TestChildren.filled(8)))
        .add(child().la("373").notAssessed());
    return ScaleResults.table(children.cohorts(), List.of(GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY),
        TestChildren.SETTINGS);
  }

  @Test
  void countsEachScoreOfEachScaleOfTheValidCohort() {
    Table t = table();
    // DA in Cambridgeshire: 6 and 9: mean 7.5, both secure, one at 6 and one at 9.
    Row da = row(t, "old_la_code", "873", "scale", "Dispositions and attitudes");
    assertThat(value(t, da, "area_of_learning")).isEqualTo("Personal, social and emotional development");
    assertThat(value(t, da, "children_number")).isEqualTo(2L);
    assertThat(value(t, da, "average_score")).isEqualTo(7.5);
    assertThat(value(t, da, "secure_number")).isEqualTo(2L);
    assertThat(value(t, da, "secure_percent")).isEqualTo(100.0);
    assertThat(value(t, da, "score_6_number")).isEqualTo(1L);
    assertThat(value(t, da, "score_9_number")).isEqualTo(1L);
    assertThat(value(t, da, "score_0_number")).isEqualTo(0L);
    // Writing: 6 and 3: mean 4.5, one secure of two = 50%.
    Row writing = row(t, "old_la_code", "873", "scale", "Writing");
    assertThat(value(t, writing, "average_score")).isEqualTo(4.5);
    assertThat(value(t, writing, "secure_percent")).isEqualTo(50.0);
    assertThat(value(t, writing, "score_3_number")).isEqualTo(1L);
  }

  @Test
  void anAreaOfSeveralScalesHasItsOwnRow() {
    Table t = table();
    // CLL (LCT, LSL, R, W): child 1 totals 24, secure on all; child 2 totals 5 + 5 + 5 + 3 = 18, not secure.
    // Mean area total 21; 1 of 2 secure on every scale. No count by score for an area.
    Row cll = row(t, "old_la_code", "873", "area_of_learning", "Communication, language and literacy", "scale",
        "All scales");
    assertThat(value(t, cll, "average_score")).isEqualTo(21.0);
    assertThat(value(t, cll, "secure_number")).isEqualTo(1L);
    assertThat(value(t, cll, "secure_percent")).isEqualTo(50.0);
    assertThat(value(t, cll, "score_6_number")).isNull();
    // KUW is an area of one scale: only the scale's row.
    assertThat(t.rows().stream().filter(r -> "873".equals(value(t, r, "old_la_code"))
        && "Knowledge and understanding of the world".equals(value(t, r, "area_of_learning")))).hasSize(1);
    // 13 scales and 3 areas of several (PSED, CLL, PSRN) at five places (two regions, three LAs).
    assertThat(t.rows()).hasSize(16 * 5);
  }

  @Test
  void anLaWhoseChildrenAreAllNotAssessedHasRowsOfZeros() {
    Table t = table();
    // Sheffield's valid cohort is empty: no child on any scale, so every average and percentage is undefined.
    for (String scale : List.of("Dispositions and attitudes", "All scales")) {
      Row r = row(t, "old_la_code", "373", "area_of_learning", "Personal, social and emotional development", "scale",
          scale);
      assertThat(value(t, r, "children_number")).as(scale).isEqualTo(0L);
      assertThat(value(t, r, "secure_number")).as(scale).isEqualTo(0L);
      assertThat(value(t, r, "average_score")).as(scale).isNull();
      assertThat(value(t, r, "secure_percent")).as(scale).isNull();
    }
    assertThat(value(t, row(t, "old_la_code", "373", "scale", "Writing"), "score_0_number")).isEqualTo(0L);
  }

  @Test
  void theRegionAddsUpItsLas() {
    Table t = table();
    // East of England DA: 6, 9 and 8: mean 23 / 3; all secure; one each at 6, 8 and 9.
    Row da = row(t, "geographic_level", "Regional", "region_code", "E12000006", "scale", "Dispositions and attitudes");
    assertThat(value(t, da, "children_number")).isEqualTo(3L);
    assertThat((Double) value(t, da, "average_score")).isEqualTo(23.0 / 3);
    assertThat(value(t, da, "score_8_number")).isEqualTo(1L);
  }
}
