package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Areas;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Reach areas: each area's attainment, gaps and lowest 20%, adding up to the LA, worked by hand. */
class AreaTablesTest {

  private static final List<Breakdowns.Topic> TOPICS = Breakdowns.topics(TestChildren.SETTINGS, false);
  private static final List<String> TYPES = List.of("reach", "ward");
  private static final Areas AREAS = new Areas(TYPES, Map.of(), Map.of(
      List.of("reach", "R1"), "North Centre", List.of("reach", "R2"), "South Centre",
      List.of("ward", "W1"), "Castle"));

  /**
   * Cambridgeshire, six children. Reach area R1: a boy at 80 (GLD) and a girl at 50; R2: a girl at 80;
   * outside every reach area: three boys at 80, one of whom has no known home. Ward W1 holds R1's
   * two children only; the other four live outside every ward.
   */
  private static List<Table> tables() {
    LocalCohorts.Counter counter = new LocalCohorts.Counter(LocalCohort.Plans.of(TestChildren.SETTINGS, TOPICS, TYPES));
    new TestChildren()
        .add(child().sex("M").areas("R1", "W1").total(80))
        .add(child().sex("F").areas("R1", "W1").total(50))
        .add(child().sex("F").areas("R2", null).total(80))
        .add(2, child().sex("M").areas(null, null).total(80))
        .add(child().sex("M").areas(null, null).total(80))
        .counted(counter);
    return AreaTables.tables(counter.cohorts(), AREAS, TestChildren.SETTINGS, TOPICS,
        Gaps.comparisons(Breakdowns.byName(TOPICS), List.of()));
  }

  @Test
  void eachTypesAreasAndTheOutsideAddUpToTheLa() {
    Table attainment = tables().get(0);
    assertThat(attainment.name()).isEqualTo(AreaTables.ATTAINMENT);
    Row r1 = row(attainment, "area_type", "reach", "area_code", "R1");
    assertThat(value(attainment, r1, "area_name")).isEqualTo("North Centre");
    assertThat(value(attainment, r1, "children_number")).isEqualTo(2L);
    assertThat(value(attainment, r1, "gld_number")).isEqualTo(1L);
    assertThat(value(attainment, r1, "gld_percent")).isEqualTo(50.0);
    Row outside = row(attainment, "area_type", "reach", "area_code", "null");
    assertThat(value(attainment, outside, "area_name")).isEqualTo(Areas.OUTSIDE);
    assertThat(value(attainment, outside, "children_number")).isEqualTo(3L);
    assertThat(value(attainment, outside, "gld_percent")).isEqualTo(100.0);

    // Every type's rows hold the LA's six children, five of them with a GLD.
    for (String type : TYPES) {
      List<Row> rows = attainment.rows().stream().filter(r -> type.equals(value(attainment, r, "area_type"))).toList();
      assertThat(rows.stream().mapToLong(r -> (Long) value(attainment, r, "children_number")).sum()).isEqualTo(6);
      assertThat(rows.stream().mapToLong(r -> (Long) value(attainment, r, "gld_number")).sum()).isEqualTo(5);
    }
    assertThat(attainment.rows().stream().map(r -> value(attainment, r, "area_code")).toList())
        .containsExactlyInAnyOrder("R1", "R2", null, "W1", null);
  }

  @Test
  void anAreasGapsAndLowestFifthAreItsOwnChildrens() {
    List<Table> tables = tables();
    // R1: the boy has a GLD, the girl not: the girls' gap to the boys is 100 points.
    Table gaps = tables.get(1);
    Row sex = row(gaps, "area_type", "reach", "area_code", "R1", "breakdown_topic", "Sex");
    assertThat(Math.abs((Double) value(gaps, sex, "gld_gap_percentage_points"))).isEqualTo(100.0);

    // W1's two children: k = round(0.4) = 0, so no lowest 20%; outside every ward, four children at 80:
    // k = round(0.8) = 1, a child at 80 of four, so each sex's relative risk is its share of the four.
    Table profile = tables.get(2);
    Row boysOutside = row(profile, "area_type", "ward", "area_code", "null", "breakdown_topic", "Sex",
        "breakdown", "Boys");
    assertThat(value(profile, boysOutside, "cohort_number")).isEqualTo(4L);
    assertThat(value(profile, boysOutside, "children_number")).isEqualTo(3L);
    // The four tie at 80 for the one place: each boy is a quarter in, 0.75 of the 1; risk 0.75 / 0.75 = 1.
    assertThat(value(profile, boysOutside, "in_lowest20_number")).isEqualTo(0.75);
    assertThat(value(profile, boysOutside, "relative_risk")).isEqualTo(1.0);
    assertThat(Arrays.asList(tables.get(0).rows().size(), gaps.name(), profile.name()))
        .containsExactly(5, AreaTables.GAPS, AreaTables.PROFILE);
  }
}
