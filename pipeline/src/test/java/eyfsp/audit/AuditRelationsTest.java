package eyfsp.audit;

import static eyfsp.audit.HandMadeTables.audited;
import static eyfsp.audit.HandMadeTables.cell;
import static eyfsp.audit.HandMadeTables.exposed;
import static eyfsp.audit.HandMadeTables.old;
import static eyfsp.audit.HandMadeTables.row;
import static eyfsp.audit.HandMadeTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each relation an attacker knows beyond the sums (issue 17), on hand-made tables: the old control
 * (the sums alone) leaves a cell the audit works back, and the audited control publishes the same
 * tables so that the audit finds nothing (threshold 6, protection width 2, conf's defaults).
 */
class AuditRelationsTest {

  private static final String LA = "Local authority";
  private static final String NATIONAL = "National";

  private static final Indicator CHILDREN = Indicator.count("children_number", "children");
  private static final Indicator NOT_ASSESSED = Indicator.count("not_assessed_number", "not assessed");

  private static Indicator countOf(String name, String base) {
    return Indicator.count(name, name, base);
  }

  @SafeVarargs
  private static Table attainment(List<Indicator> indicators, List<Object>... rows) {
    return table("attainment", List.of(), indicators, List.of(rows));
  }

  @SafeVarargs
  private static Table breakdowns(List<Indicator> indicators, List<Object>... rows) {
    return table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"), indicators, List.of(rows));
  }

  private static List<Object> national(Object... cells) {
    return row(NATIONAL, "", cells);
  }

  /**
   * The lowest 20% is max(1, round(0.2 N)) children (conf: half up). Were the sizes shown beside
   * suppressed cohorts (they are not secret: they follow from N), an LA's k = 19 says its N is 93
   * to 97 (0.2 N in [18.5, 19.5)), so its neighbour in a region of 98 has 1 to 5: pinned small.
   * The audit used to allow k anywhere within 1 of 0.2 N (N from 90 to 100 here) and missed it.
   * The pipeline never shows a size without its cohort, so the old control and the new alike
   * publish both as c, and with k = 19 unknown the neighbour's 3 is anything from 0 to 98.
   */
  @Test
  void theLowestFifthIsOneFifthOfTheCohortRoundedHalfUp() {
    List<String> place = List.of("time_period", "geographic_level", "region_code", "old_la_code");
    List<String> columns = new ArrayList<>(place);
    columns.addAll(List.of("children_number", "lowest20_number"));
    PublishedTables shown = new PublishedTables(List.of(new PublishedTables.Table("attainment", columns, List.of(
        List.of("200809", "Regional", "E12000006", "", "98", "20"),
        List.of("200809", LA, "E12000006", "873", "c", "1"),
        List.of("200809", LA, "E12000006", "926", "c", "19")),
        java.util.Map.of("children_number", 0, "lowest20_number", 0))));
    assertThat(exposed(shown)).containsExactly("attainment (Local authority, E12000006, 873) children_number [1, 5]");

    List<Table> tables = List.of(attainment(List.of(CHILDREN, Indicator.size("lowest20_number", "k", "children_number")),
        row("Regional", "", 98L, 20L), row(LA, "873", 3L, 1L), row(LA, "926", 95L, 19L)));
    for (PublishedTables published : List.of(old(tables), audited(tables))) {
      assertThat(cell(published, "attainment", "lowest20_number", "926")).isEqualTo("c");
      assertThat(exposed(published)).isEmpty();
    }
  }

  /**
   * GLD asks 6+ in every PSED and CLL scale, so GLD is at most the PSED/CLL secure count. LA 926's
   * GLD is 5 (suppressed), so LA 873's 34 is suppressed with it, the region's 39 shown; 873's GLD is
   * at most its 34 secure, so 926's is at least 39 - 34 = 5, and at most its 6 secure: 5 or 6,
   * may be small and narrower than 2. The audited control suppresses the region's GLD as well (the
   * only cells tied to it are headline results): 926's GLD is then 0 to 6.
   */
  @Test
  void gldIsWithinThePsedAndCllSecureCount() {
    List<Table> tables = List.of(attainment(List.of(CHILDREN, countOf("gld_number", "children_number"),
        countOf("psed_cll_secure_number", "children_number")),
        row("Regional", "", 62L, 39L, 40L), row(LA, "873", 40L, 34L, 34L), row(LA, "926", 22L, 5L, 6L)));
    assertThat(exposed(old(tables))).containsExactly("attainment (Local authority, E12000006, 926) gld_number [5, 6]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment", "gld_number", "Regional")).isEqualTo("c");
    assertThat(cell(audited, "attainment", "psed_cll_secure_number", "926")).isEqualTo("6");
    assertThat(exposed(audited)).isEmpty();
  }

  /** A place's PSED area row and its three scales, each scale's children at 6 (secure) or 5. */
  private static List<List<Object>> psed(String level, String la, long children, long area, long... secure) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(level, la, "PSED", "PSED", children, area, null, null, null, null, null, null, null, null, null, null));
    String[] scales = {"DA", "SD", "ED"};
    for (int s = 0; s < scales.length; s++) {
      rows.add(row(level, la, "PSED", scales[s], children, secure[s], 0L, 0L, 0L, 0L, 0L, children - secure[s],
          secure[s], 0L, 0L, 0L));
    }
    return rows;
  }

  /**
   * An area's secure count (6+ on all its scales) is at most each scale's. LA 926's PSED secure is 5
   * (suppressed), LA 873's 34 with it, the region's 39 shown. 873's is at most its scales' 34, so
   * 926's is at least 5, and at most its least scale's 6: 5 or 6, may be small and narrower than 2.
   */
  @Test
  void anAreasSecureCountIsWithinEachOfItsScales() {
    List<Indicator> indicators = new ArrayList<>();
    List<String> scores = new ArrayList<>();
    for (int v = 0; v <= 9; v++) {
      scores.add("score_" + v + "_number");
    }
    indicators.add(Indicator.count("children_number", "children").sumOf(scores));
    indicators.add(Indicator.count("secure_number", "secure", "children_number").sumOf(scores.subList(6, 10)));
    scores.forEach(s -> indicators.add(countOf(s, "children_number")));
    List<List<Object>> rows = new ArrayList<>();
    rows.addAll(psed("Regional", "", 62, 39, 40, 42, 44));
    rows.addAll(psed(LA, "873", 40, 34, 34, 34, 34));
    rows.addAll(psed(LA, "926", 22, 5, 6, 8, 10));
    List<Table> tables = List.of(table("scales", List.of("area_of_learning", "scale"), indicators, rows));
    assertThat(exposed(old(tables))).containsExactly("scales (Local authority, E12000006, 926, PSED, PSED) secure_number [5, 6]");

    PublishedTables audited = audited(tables);
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * A gap not of low reliability has 30 children or more a side (flags are 1/0). England's 100 are
   * 69 autumn-born, 1 spring-born (suppressed) and 30 summer-born (suppressed with it): summer + spring
   * = 31, and summer, the gap's group, is at least 30, so spring is 0 or 1, and so is its GLD. The
   * audited control suppresses the autumn-born too: spring is 0 to 40 (summer and autumn 30 or more).
   */
  @Test
  void aReliableGapHasThirtyChildrenASide() {
    List<Indicator> counts = List.of(CHILDREN, countOf("gld_number", "children_number"));
    List<Indicator> gaps = List.of(Indicator.count("group_children_number", "group"),
        countOf("group_gld_number", "group_children_number"), Indicator.count("comparison_group_children_number", "c"),
        countOf("comparison_group_gld_number", "comparison_group_children_number"),
        Indicator.flag("low_reliability", "either group under 30"));
    // The gaps are built from every topic: the area and SEN topics name two of their groups.
    List<Table> tables = List.of(attainment(counts, national(100L, 55L)),
        breakdowns(counts,
            national("Term of birth", "Autumn", 69L, 40L), national("Term of birth", "Spring", 1L, 0L),
            national("Term of birth", "Summer", 30L, 15L),
            national("Area deprivation", "30% most deprived LSOAs", 40L, 20L), national("Area deprivation", "Rest", 60L, 35L),
            national("SEN provision", "No SEN", 90L, 50L), national("SEN provision", "SEN support", 10L, 5L)),
        table("gaps", List.of("breakdown_topic", "group", "comparison_group"), gaps, List.of(
            national("Term of birth", "Summer", "Autumn", 30L, 15L, 69L, 40L, 0))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "gaps", "low_reliability", "Summer")).isEqualTo("0");
    assertThat(exposed(old)).containsExactly(
        "attainment_by_characteristic (National, Term of birth, Spring) children_number [0, 1]",
        "attainment_by_characteristic (National, Term of birth, Spring) gld_number [0, 1]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment_by_characteristic", "children_number", "Autumn")).isEqualTo("c");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * A gap of low reliability has under 30 children on a side: on the group's, where the comparison
   * group is shown with 30 or more. LAs 873 and 926 each have 29 summer-born, suppressed with their
   * 3 spring-born, beside 40 and 45 autumn-born: flagged 1. The region's 58 summer-born are shown, so
   * each LA's are at most 29 and together 58: 29 each, and each LA's spring-born 3 exactly. The audited
   * control suppresses the region's spring- and summer-born too: 64 between them, each LA's
   * summer-born 29 or fewer, and so its spring-born from 3 upwards.
   */
  @Test
  void anUnreliableGapHasUnderThirtyOnASide() {
    List<Indicator> counts = List.of(CHILDREN, countOf("gld_number", "children_number"));
    List<Indicator> gaps = List.of(Indicator.count("group_children_number", "group"),
        countOf("group_gld_number", "group_children_number"),
        Indicator.count("comparison_group_children_number", "comparison group"),
        countOf("comparison_group_gld_number", "comparison_group_children_number"),
        Indicator.flag("low_reliability", "either group under 30"));
    List<List<Object>> totals = new ArrayList<>();
    List<List<Object>> characteristics = new ArrayList<>();
    List<List<Object>> gapRows = new ArrayList<>();
    // Place; autumn-, spring-, summer-born; and with GLD.
    Object[][] places = {{"Regional", "", 85L, 6L, 58L, 42L, 2L, 28L}, {LA, "873", 40L, 3L, 29L, 20L, 1L, 14L},
        {LA, "926", 45L, 3L, 29L, 22L, 1L, 14L}};
    for (Object[] p : places) {
      String level = (String) p[0];
      String la = (String) p[1];
      long all = (Long) p[2] + (Long) p[3] + (Long) p[4];
      long gld = (Long) p[5] + (Long) p[6] + (Long) p[7];
      totals.add(row(level, la, all, gld));
      characteristics.add(row(level, la, "Term of birth", "Autumn", p[2], p[5]));
      characteristics.add(row(level, la, "Term of birth", "Spring", p[3], p[6]));
      characteristics.add(row(level, la, "Term of birth", "Summer", p[4], p[7]));
      // The gaps are built from every topic: the area and SEN topics name two of their groups.
      characteristics.add(row(level, la, "Area deprivation", "30% most deprived LSOAs", all, gld));
      characteristics.add(row(level, la, "SEN provision", "No SEN", all, gld));
      gapRows.add(row(level, la, "Term of birth", "Summer", "Autumn", p[4], p[7], p[2], p[5], (Long) p[4] < 30 ? 1 : 0));
    }
    List<Table> tables = List.of(table("attainment", List.of(), counts, totals),
        table("attainment_by_characteristic", List.of("breakdown_topic", "breakdown"), counts, characteristics),
        table("gaps", List.of("breakdown_topic", "group", "comparison_group"), gaps, gapRows));
    PublishedTables old = old(tables);
    assertThat(cell(old, "gaps", "low_reliability", "873")).isEqualTo("1");
    assertThat(exposed(old)).containsExactly(
        "attainment_by_characteristic (Local authority, E12000006, 873, Term of birth, Spring) children_number [3, 3]",
        "attainment_by_characteristic (Local authority, E12000006, 873, Term of birth, Summer) children_number [29, 29]",
        "attainment_by_characteristic (Local authority, E12000006, 926, Term of birth, Spring) children_number [3, 3]",
        "attainment_by_characteristic (Local authority, E12000006, 926, Term of birth, Summer) children_number [29, 29]",
        "gaps (Local authority, E12000006, 873, Term of birth, Summer, Autumn) group_children_number [29, 29]",
        "gaps (Local authority, E12000006, 926, Term of birth, Summer, Autumn) group_children_number [29, 29]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment_by_characteristic", "children_number", "Regional", "Summer")).isEqualTo("c");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * A median of 78 or more means at least half the children have 78 points or more. LA 873 (8
   * children, median 80) has at least 4, LA 926 (12, median 79) at least 6, and the region 11: 873's
   * is 4 or 5 (pinned small), 926's 6 or 7 and its rest 5 or 6 (may be small, narrower than 2). The
   * audited control suppresses 873's median: 873's is then 0 to 5 and 926's 6 to 11.
   */
  @Test
  void aMedianOf78MeansHalfTheChildrenHave78() {
    List<Table> tables = List.of(attainment(List.of(CHILDREN, countOf("points78_number", "children_number"),
        Indicator.average("median_point_score", "median", "children_number")),
        row("Regional", "", 20L, 11L, 79.0), row(LA, "873", 8L, 4L, 80.0), row(LA, "926", 12L, 7L, 79.0)));
    assertThat(exposed(old(tables))).containsExactly(
        "attainment (Local authority, E12000006, 873) points78_number [4, 5]",
        "attainment (Local authority, E12000006, 873) points78_number [3, 4]",
        "attainment (Local authority, E12000006, 926) points78_number [5, 6]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment", "median_point_score", "873")).isEqualTo("c");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * The children not matched to the census are the FSM, first language and SEN Unknowns alike.
   * England's 3 FSM-eligible children are suppressed with the 7 FSM Unknown; first language shows its
   * 7 Unknown, so FSM Unknown is 7 and FSM eligible 100 - 90 - 7 = 3 exactly. The audited control
   * publishes the Unknowns (they say nothing about a child) and suppresses the not eligible instead:
   * eligible + not eligible = 93, each 0 to 93.
   */
  @Test
  void theCensusUnknownsAreTheSameChildren() {
    List<Table> tables = List.of(attainment(List.of(CHILDREN), national(100L)),
        breakdowns(List.of(CHILDREN),
            national("FSM", "FSM eligible", 3L), national("FSM", "Not FSM eligible", 90L), national("FSM", "Unknown", 7L),
            national("First language", "English", 80L), national("First language", "Other than English", 13L),
            national("First language", "Unknown", 7L)));
    PublishedTables old = old(tables);
    assertThat(cell(old, "attainment_by_characteristic", "children_number", "FSM", "Unknown")).isEqualTo("c");
    assertThat(exposed(old)).containsExactly(
        "attainment_by_characteristic (National, FSM, FSM eligible) children_number [3, 3]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment_by_characteristic", "children_number", "FSM", "Unknown")).isEqualTo("7");
    assertThat(cell(audited, "attainment_by_characteristic", "children_number", "Not FSM eligible")).isEqualTo("c");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * The children not matched to the census have no known home area nor ethnicity: FSM Unknown (7,
   * shown) is within the area Unknown and the ethnicity Unclassified. One Black child is suppressed
   * with the 7 Unclassified: Black + Unclassified = 8 and Unclassified is at least 7, so Black is 0
   * or 1; the same for one child in the most deprived areas beside 7 of unknown area. The audited
   * control publishes the Unknowns and suppresses White and Rest instead: Black is 0 to 93.
   */
  @Test
  void theCensusUnknownsAreWithinTheAreaUnknownAndEthnicityUnclassified() {
    List<Table> tables = List.of(attainment(List.of(CHILDREN), national(100L)),
        breakdowns(List.of(CHILDREN),
            national("FSM", "FSM eligible", 10L), national("FSM", "Not FSM eligible", 83L), national("FSM", "Unknown", 7L),
            national("Ethnicity", "White", 92L), national("Ethnicity", "Black", 1L),
            national("Ethnicity", "Unclassified", 7L),
            national("Area deprivation", "30% most deprived LSOAs", 1L), national("Area deprivation", "Rest", 92L),
            national("Area deprivation", "Unknown", 7L)));
    assertThat(exposed(old(tables))).containsExactly(
        "attainment_by_characteristic (National, Area deprivation, 30% most deprived LSOAs) children_number [0, 1]",
        "attainment_by_characteristic (National, Ethnicity, Black) children_number [0, 1]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment_by_characteristic", "children_number", "White")).isEqualTo("c");
    assertThat(exposed(audited)).isEmpty();
  }

  private static final List<Indicator> CONTEXT = List.of(Indicator.count("fsm_known_number", "fsm known"),
      countOf("fsm_number", "fsm_known_number"), Indicator.count("first_language_known_number", "language known"),
      countOf("eal_number", "first_language_known_number"), Indicator.count("deprivation_known_number", "area known"),
      countOf("most_deprived_number", "deprivation_known_number"));

  private static final List<Indicator> QUALITY = List.of(Indicator.count("children_accepted_number", "accepted"),
      countOf("census_matched_number", "children_accepted_number"),
      countOf("lsoa_queried_number", "children_accepted_number"));

  /**
   * LSOA queried = census matched - deprivation known. England's 100 children, 96 matched to the
   * census (suppressed: 4 are not), 89 with a known home area (context, shown) and 7 whose LSOA is
   * not in the deprivation file (shown): matched = 7 + 89 = 96 exactly. The audited control
   * publishes no children accepted (conf column_levels), so no count built on them: x.
   */
  @Test
  void lsoaQueriedIsMatchedLessDeprivationKnown() {
    List<Indicator> counts = List.of(CHILDREN, NOT_ASSESSED);
    List<Table> tables = List.of(attainment(counts, national(100L, 0L)),
        breakdowns(counts, national("Area deprivation", "30% most deprived LSOAs", 30L, 0L),
            national("Area deprivation", "Rest", 59L, 0L), national("Area deprivation", "Unknown", 11L, 0L)),
        table("context", List.of(), CONTEXT.subList(4, 6), List.of(national(89L, 30L))),
        table("data_quality", List.of(), QUALITY, List.of(national(100L, 96L, 7L))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "data_quality", "lsoa_queried_number", NATIONAL)).isEqualTo("7");
    assertThat(exposed(old)).containsExactly("data_quality (National) census_matched_number [96, 96]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "data_quality", "census_matched_number", NATIONAL)).isEqualTo("x");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * Census matched = FSM known = first language known. The old control suppresses the 4 Unknowns,
   * and FSM known (96) and first language known with them; the 7 LSOAs queried and the 89 areas known
   * give matched = 96 (as above), and so FSM known and first language known are 96 exactly. The
   * audited control publishes the Unknowns and so both known counts.
   */
  @Test
  void censusMatchedIsFsmKnownAndFirstLanguageKnown() {
    List<Indicator> counts = List.of(CHILDREN, NOT_ASSESSED);
    List<Table> tables = List.of(attainment(counts, national(100L, 0L)),
        breakdowns(counts,
            national("FSM", "FSM eligible", 20L, 0L), national("FSM", "Not FSM eligible", 76L, 0L),
            national("FSM", "Unknown", 4L, 0L),
            national("First language", "English", 80L, 0L), national("First language", "Other than English", 16L, 0L),
            national("First language", "Unknown", 4L, 0L),
            national("Area deprivation", "30% most deprived LSOAs", 30L, 0L),
            national("Area deprivation", "Rest", 59L, 0L), national("Area deprivation", "Unknown", 11L, 0L)),
        table("context", List.of(), CONTEXT, List.of(national(96L, 20L, 96L, 16L, 89L, 30L))),
        table("data_quality", List.of(), QUALITY, List.of(national(100L, 96L, 7L))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "context", "fsm_known_number", NATIONAL)).isEqualTo("c");
    assertThat(exposed(old)).containsExactly(
        "context (National) first_language_known_number [96, 96]",
        "context (National) fsm_known_number [96, 96]",
        "data_quality (National) census_matched_number [96, 96]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "context", "fsm_known_number", NATIONAL)).isEqualTo("96");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * Sex queried = the Sex Unknown breakdown's children, assessed or not. England's 8 not assessed
   * are 6 boys (suppressed) and 2 of unknown sex (suppressed); the 8 whose sex is queried are the 6
   * assessed of unknown sex and 2 not assessed, so the boys' are 8 - 0 - 2 = 6 exactly. The audited
   * control publishes no count of children not assessed (conf column_levels): x.
   */
  @Test
  void sexQueriedIsSexUnknown() {
    List<Indicator> counts = List.of(CHILDREN, NOT_ASSESSED);
    List<Table> tables = List.of(attainment(counts, national(100L, 8L)),
        breakdowns(counts, national("Sex", "Boys", 50L, 6L), national("Sex", "Girls", 44L, 0L),
            national("Sex", "Unknown", 6L, 2L)),
        table("data_quality", List.of(), List.of(QUALITY.get(0),
            countOf("sex_queried_number", "children_accepted_number")), List.of(national(108L, 8L))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "data_quality", "sex_queried_number", NATIONAL)).isEqualTo("8");
    assertThat(exposed(old)).containsExactly(
        "attainment_by_characteristic (National, Sex, Boys) not_assessed_number [6, 6]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "attainment_by_characteristic", "not_assessed_number", "Boys")).isEqualTo("x");
    assertThat(exposed(audited)).isEmpty();
  }

  /** A school or PVI setting of LA 873 (by its LAESTAB) and its cells. */
  private static List<Object> setting(String laestab, Object... cells) {
    List<Object> row = row(LA, "873");
    row.set(2, "School");
    row.add(laestab);
    row.addAll(List.of(cells));
    return row;
  }

  private static Table settings(List<Indicator> indicators, List<List<Object>> rows) {
    return table("school_context", List.of("school_laestab"), indicators, rows);
  }

  private static final List<Indicator> SETTING_FSM = List.of(Indicator.count("fsm_known_number", "fsm known"),
      countOf("fsm_number", "fsm_known_number"),
      Indicator.percent("fsm_percent", "fsm %", "fsm_number", "fsm_known_number"));

  /**
   * An LA's settings add up to its context row. Setting 8731001 has 10 children of known FSM status,
   * all eligible; 8731002 has 12, 11 eligible (its 1 not eligible: suppressed, with 8731001's 10, its
   * partner in the LA's sum, rather than the LA's 21, which adds up to the region's); 8731003 has 8,
   * none eligible; the LA 21 of 30. Each is within its children of known status, so 8731002's is
   * 21 - 10 - 0 = 11 or more: 11 or 12, and its 0 or 1 not eligible may be small, narrower than 2
   * (8731001's likewise). The audited control suppresses more.
   */
  @Test
  void anLasSettingsAddUpToItsContext() {
    List<Table> tables = List.of(
        table("context", List.of(), SETTING_FSM, List.of(row("Regional", "", 60L, 31L, 51.7),
            row(LA, "873", 30L, 21L, 70.0), row(LA, "926", 30L, 10L, 33.3))),
        settings(SETTING_FSM, List.of(setting("8731001", 10L, 10L, 100.0), setting("8731002", 12L, 11L, 91.7),
            setting("8731003", 8L, 0L, 0.0))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "school_context", "fsm_number", "8731001")).isEqualTo("c");
    assertThat(exposed(old)).containsExactly(
        "school_context (School, E12000006, 873, 8731001) fsm_number [0, 1]",
        "school_context (School, E12000006, 873, 8731002) fsm_number [0, 1]");

    PublishedTables audited = audited(tables);
    assertThat(exposed(audited)).isEmpty();
  }

  private static final List<Indicator> SEX_GROUPS = List.of(Indicator.count("boys_children_number", "boys"),
      countOf("boys_gld_number", "boys_children_number"), Indicator.count("girls_children_number", "girls"),
      countOf("girls_gld_number", "girls_children_number"),
      Indicator.percentagePoints("sex_gap_percentage_points", "girls GLD % minus boys'", "boys_gld_number",
          "boys_children_number", "girls_gld_number", "girls_children_number"));

  private static double gap(long boys, long boysGld, long girls, long girlsGld) {
    return 100.0 * girlsGld / girls - 100.0 * boysGld / boys;
  }

  /**
   * A setting's boys and girls add up, group by group, to its LA's Sex breakdowns, and within the
   * setting to no more than its children and GLD (schools). 8731001's 30 girls of 32 with GLD (2
   * without: suppressed) and 8731002's 25 (its partner in the LA's 55) are each at most the
   * setting's GLD less its boys' (50 - 20, 45 - 20): 30 and 25 exactly. The audited control
   * publishes no setting's groups (conf column_levels): x, and its gap with them.
   */
  @Test
  void aSettingsGroupsAddUpToTheLasBreakdownsAndWithinItsChildren() {
    List<Indicator> counts = List.of(CHILDREN, countOf("gld_number", "children_number"));
    List<Table> tables = List.of(
        breakdowns(counts, row(LA, "873", "Sex", "Boys", 66L, 40L), row(LA, "873", "Sex", "Girls", 66L, 55L)),
        table("schools", List.of("school_laestab"), counts, List.of(setting("8731001", 63L, 50L),
            setting("8731002", 69L, 45L))),
        settings(SEX_GROUPS, List.of(setting("8731001", 31L, 20L, 32L, 30L, gap(31, 20, 32, 30)),
            setting("8731002", 35L, 20L, 34L, 25L, gap(35, 20, 34, 25)))));
    PublishedTables old = old(tables);
    assertThat(cell(old, "school_context", "girls_gld_number", "8731002")).isEqualTo("c");
    assertThat(exposed(old)).contains(
        "school_context (School, E12000006, 873, 8731001) girls_gld_number [30, 30]",
        "school_context (School, E12000006, 873, 8731002) girls_gld_number [25, 25]");

    PublishedTables audited = audited(tables);
    assertThat(cell(audited, "school_context", "girls_gld_number", "8731001")).isEqualTo("x");
    assertThat(cell(audited, "school_context", "sex_gap_percentage_points", "8731001")).isEqualTo("x");
    assertThat(exposed(audited)).isEmpty();
  }

  /**
   * A pair's groups add up to each of its topics' breakdowns. England's 3 boys eligible for FSM are
   * suppressed with the 43 girls not eligible, so that the pair's total (100) gives only 3 + 43 = 46;
   * but boys are 50 and boys not eligible 47, both shown: 50 - 47 = 3 exactly. The audited control
   * suppresses all four groups, which then move together: boys eligible anywhere from 0 to 10.
   */
  @Test
  void aPairsGroupsAddUpToEachOfItsTopicsBreakdowns() {
    List<String> columns = List.of("time_period", "geographic_level", "region_code", "old_la_code", "breakdown_topic",
        "breakdown", "children_number");
    java.util.Map<String, Integer> counts = java.util.Map.of("children_number", 0);
    PublishedTables shown = new PublishedTables(List.of(
        new PublishedTables.Table("attainment", List.of("time_period", "geographic_level", "region_code",
            "old_la_code", "children_number"), List.of(List.of("200809", NATIONAL, "", "", "100")), counts),
        new PublishedTables.Table("attainment_by_characteristic", columns, List.of(
            List.of("200809", NATIONAL, "", "", "Sex", "Boys", "50"),
            List.of("200809", NATIONAL, "", "", "Sex", "Girls", "50"),
            List.of("200809", NATIONAL, "", "", "FSM", "FSM eligible", "10"),
            List.of("200809", NATIONAL, "", "", "FSM", "Not FSM eligible", "90")), counts),
        new PublishedTables.Table("attainment_by_pair", columns, List.of(
            List.of("200809", NATIONAL, "", "", "Sex by FSM", "Boys / FSM eligible", "c"),
            List.of("200809", NATIONAL, "", "", "Sex by FSM", "Boys / Not FSM eligible", "47"),
            List.of("200809", NATIONAL, "", "", "Sex by FSM", "Girls / FSM eligible", "7"),
            List.of("200809", NATIONAL, "", "", "Sex by FSM", "Girls / Not FSM eligible", "c")), counts)));
    assertThat(exposed(shown)).contains("attainment_by_pair (National, Sex by FSM, Boys / FSM eligible) children_number [3, 3]");

    List<Table> tables = List.of(attainment(List.of(CHILDREN), national(100L)),
        breakdowns(List.of(CHILDREN), national("Sex", "Boys", 50L), national("Sex", "Girls", 50L),
            national("FSM", "FSM eligible", 10L), national("FSM", "Not FSM eligible", 90L)),
        table("attainment_by_pair", List.of("breakdown_topic", "breakdown"), List.of(CHILDREN), List.of(
            national("Sex by FSM", "Boys / FSM eligible", 3L), national("Sex by FSM", "Boys / Not FSM eligible", 47L),
            national("Sex by FSM", "Girls / FSM eligible", 7L), national("Sex by FSM", "Girls / Not FSM eligible", 43L))));
    PublishedTables audited = audited(tables);
    for (String group : List.of("Boys / FSM eligible", "Boys / Not FSM eligible", "Girls / FSM eligible",
        "Girls / Not FSM eligible")) {
      assertThat(cell(audited, "attainment_by_pair", "children_number", "Sex by FSM", group)).as(group).isEqualTo("c");
    }
    assertThat(exposed(audited)).isEmpty();
  }
}
