package eyfsp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attacker's audit on hand-made published tables, each a relation that recovers a suppressed
 * count (worked out by hand in the comment) and, with one more cell suppressed, does not
 * (threshold 6, protection width 2).
 */
class AuditTest {

  private static final AuditRules RULES = new AuditRules(6, 2, eyfsp.io.SettingsFile.defaults().frameworks(),
      eyfsp.domain.GapConventions.defaults(),
      30, 3, List.of(), Map.of(), List.of());

  private static final List<String> PLACE = List.of("time_period", "geographic_level", "region_code", "old_la_code");

  /** A table: its place columns, then filters, then indicators (decimals by name), rows as cells. */
  private static PublishedTables.Table table(String name, List<String> filters, Map<String, Integer> indicators,
      List<List<String>> rows) {
    List<String> columns = new ArrayList<>(PLACE);
    columns.addAll(filters);
    columns.addAll(indicators.keySet());
    return new PublishedTables.Table(name, columns, rows, indicators);
  }

  private static List<String> row(String level, String la, String... cells) {
    List<String> row = new ArrayList<>(List.of("200809", level, level.equals("National") ? "" : "E12000006",
        level.equals("Local authority") ? la : ""));
    row.addAll(Arrays.asList(cells));
    return row;
  }

  private static Map<String, Integer> counts(String... names) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String n : names) {
      m.put(n, n.endsWith("_number") ? 0 : 1);
    }
    return m;
  }

  private static List<String> exposed(PublishedTables.Table... tables) {
    return new Audit(RULES).of(new PublishedTables(List.of(tables))).exposures().stream()
        .map(e -> e.table() + " " + e.row() + " " + e.column() + " [" + (long) e.low() + ", " + (long) e.high() + "]")
        .toList();
  }

  /**
   * Counts are never negative. An LA of 6 children, 6 of them of unknown sex: boys + girls = 0, one
   * equation in two unknowns (elimination fixes neither), but both are at least 0, so both are 0.
   * With the total suppressed too (and the region's 20 = LA + 14 other), boys + girls = LA - 6 is
   * anything from 0 to 14 - ... : wide.
   */
  @Test
  void countsAreNeverNegative() {
    PublishedTables.Table attainment = table("attainment", List.of(), counts("children_number"), List.of(
        row("Local authority", "873", "6")));
    PublishedTables.Table sex = table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"),
        counts("children_number"), List.of(
            row("Local authority", "873", "Sex", "Boys", "c"),
            row("Local authority", "873", "Sex", "Girls", "c"),
            row("Local authority", "873", "Sex", "Unknown", "6")));
    assertThat(exposed(attainment, sex)).containsExactly(
        "attainment_by_characteristic 0 children_number [0, 0]",
        "attainment_by_characteristic 1 children_number [0, 0]");

    // The unknown-sex count suppressed as well: boys + girls + unknown = 6, each from 0 to 6.
    PublishedTables.Table wider = table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"),
        counts("children_number"), List.of(
            row("Local authority", "873", "Sex", "Boys", "c"),
            row("Local authority", "873", "Sex", "Girls", "c"),
            row("Local authority", "873", "Sex", "Unknown", "c")));
    assertThat(exposed(attainment, wider)).isEmpty();
  }

  /**
   * A shown average bounds the points it is built on. A scale of 10 children: 7 score 5, and 1s and 2s
   * are suppressed: n1 + n2 = 3 (0 to 3 each by the sum). The average 3.9 means total points in
   * [38.5, 39.5]: 35 + n1 + 2 n2, so n1 + 2 n2 in [3.5, 4.5], n2 = 1 and n1 = 2 exactly (and the
   * children not scoring 1, 8, and not scoring 2, 9).
   * With the average suppressed the scores are 0 to 3 again.
   */
  @Test
  void aShownAverageBoundsThePointsItIsBuiltOn() {
    Map<String, Integer> indicators = counts("children_number");
    indicators.put("average_score", 1);
    for (int s = 0; s <= 9; s++) {
      indicators.put("score_" + s + "_number", 0);
    }
    List<String> cells = new ArrayList<>(List.of("Writing", "10", "3.9", "0", "c", "c", "0", "0", "7", "0", "0", "0",
        "0"));
    PublishedTables.Table scales = table("scales", List.of("scale"), indicators, List.of(
        row("Local authority", "873", cells.toArray(String[]::new))));
    assertThat(exposed(scales)).containsExactly("scales 0 score_1_number [2, 2]", "scales 0 score_1_number [8, 8]",
        "scales 0 score_2_number [1, 1]", "scales 0 score_2_number [9, 9]");

    cells.set(2, "c");
    PublishedTables.Table withoutAverage = table("scales", List.of("scale"), indicators, List.of(
        row("Local authority", "873", cells.toArray(String[]::new))));
    assertThat(exposed(withoutAverage)).isEmpty();
  }

  /**
   * The most deprived areas are IDACI deciles 1-3: a region's 30% most deprived count (suppressed)
   * is deciles 1 + 2 + 3 = 40 + 30 + 3, recovered exactly; and with decile 3 (3 children, small)
   * suppressed along with decile 2, the area's count is 40 + (0 to 33), and each decile 0 to 33.
   */
  @Test
  void theMostDeprivedAreasAreDecilesOneToThree() {
    PublishedTables.Table breakdowns = table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"),
        counts("children_number"), List.of(
            row("Regional", "", "Area deprivation", "30% most deprived LSOAs", "c"),
            row("Regional", "", "IDACI decile", "1", "40"),
            row("Regional", "", "IDACI decile", "2", "30"),
            row("Regional", "", "IDACI decile", "3", "3")));
    assertThat(exposed(breakdowns)).containsExactly("attainment_by_characteristic 0 children_number [73, 73]");

    PublishedTables.Table safer = table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"),
        counts("children_number"), List.of(
            row("Regional", "", "Area deprivation", "30% most deprived LSOAs", "c"),
            row("Regional", "", "Area deprivation", "Rest", "c"),
            row("Regional", "", "IDACI decile", "1", "40"),
            row("Regional", "", "IDACI decile", "2", "c"),
            row("Regional", "", "IDACI decile", "3", "c"),
            row("Regional", "", "IDACI decile", "4", "c")));
    assertThat(exposed(breakdowns, safer).stream().filter(e -> !e.startsWith("attainment_by_characteristic 0 ")))
        .isEmpty();
  }

  /**
   * GLD needs 78 points, and a count's rest in its group is sensitive too. LA A (40 children, 39 with 78+)
   * and LA B (22 children, 22 with 78+) have 60 with GLD between them: A's GLD is at least 60 - 22 = 38
   * and at most 39, so 1 or 2 of A's children are without GLD (pinned small); B's is at least 60 - 39 = 21,
   * so 0 or 1 of B's are without (may be 1, and narrower than 2). The GLD counts themselves (38-39,
   * 21-22) cannot be small.
   */
  @Test
  void gldIsWithin78PointsAndItsRestIsProtected() {
    PublishedTables.Table attainment = table("attainment", List.of(),
        counts("children_number", "gld_number", "points78_number"), List.of(
            row("Regional", "", "62", "60", "61"),
            row("Local authority", "873", "40", "c", "39"),
            row("Local authority", "874", "22", "c", "22")));
    assertThat(exposed(attainment)).containsExactly("attainment 1 gld_number [1, 2]", "attainment 2 gld_number [0, 1]");
    assertThat(new Audit(RULES).of(new PublishedTables(List.of(attainment))).exposures())
        .allMatch(e -> e.why().startsWith("the rest of its group"));

    // Without the 78+ counts, A's GLD is 38 to 40 and its rest 0 to 2 (B's 20 to 22, rest 0 to 2): wide enough.
    PublishedTables.Table wider = table("attainment", List.of(), counts("children_number", "gld_number"), List.of(
        row("Regional", "", "62", "60"),
        row("Local authority", "873", "40", "c"),
        row("Local authority", "874", "22", "c")));
    assertThat(exposed(wider)).isEmpty();
  }
}
