package eyfsp.reports;

import static eyfsp.reports.ReportTest.EAST;
import static eyfsp.reports.ReportTest.GEO;
import static eyfsp.reports.ReportTest.attainment;
import static eyfsp.reports.ReportTest.drafts;
import static eyfsp.reports.ReportTest.nodes;
import static eyfsp.reports.ReportTest.report;
import static eyfsp.reports.ReportTest.table;
import static eyfsp.reports.ReportTest.text;
import static eyfsp.reports.ReportTest.texts;
import static eyfsp.reports.ReportTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.CsvTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Issue 16's tables on the LA page, on small hand-built published tables: the twin aims on the
 * trend section, groups in combination on the lowest-20% section, and the schools, settings and
 * reach areas; each shown as published (c included) and saying why when its table is absent.
 */
class NarrowingTheGapSectionsTest {

  static final String CAMBS = "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,";
  static final String PBORO = "201011,Academic year,Local authority," + EAST + ",874,E06000031,Peterborough,";

  /**
   * Cambridgeshire's gap from 2009/10 to 2010/11: median 100 to 98, lowest-20% average 70.0 to 69.1,
   * so the gap 100 (1 - l / m) goes from 30.0 to 29.49, a change of -0.51. The median's part is the
   * mean of its change at the old l and at the new: (28.571 - 30.0) and (29.490 - 30.9), -1.419; the
   * lowest 20%'s the rest, -0.510 + 1.419 = 0.909. Published: -0.5, -1.4 and 0.9, and the gap narrowed
   * while the median fell (1). Peterborough's change is suppressed (c); LA 370 has none.
   */
  static CsvTable gapChange() {
    String columns = GEO + ",framework,previous_time_period,previous_children_number,children_number,"
        + "previous_median_point_score,median_point_score,previous_lowest20_average_point_score,"
        + "lowest20_average_point_score,previous_inequality_gap_percent,inequality_gap_percent,"
        + "gap_change_percentage_points,change_due_to_median_percentage_points,"
        + "change_due_to_lowest20_percentage_points,narrowed_while_median_fell";
    return table("inequality_gap_change", columns,
        "201011,Academic year,National,E92000001,England,,,,,,fsp13,200910,400,410,90.0,91.0,59.4,60.9,34.0,33.1,"
            + "-0.9,0.4,-1.3,0",
        CAMBS + "fsp13,200910,100,110,100.0,98.0,70.0,69.1,30.0,29.5,-0.5,-1.4,0.9,1",
        PBORO + "fsp13,200910,90,95,94.0,c,61.1,c,35.0,36.0,c,c,c,c");
  }

  static Map<String, CsvTable> published(CsvTable... tables) {
    Map<String, CsvTable> published = new HashMap<>();
    published.put("attainment", attainment());
    for (CsvTable t : tables) {
      published.put(t.name(), t);
    }
    return published;
  }

  @Test
  void theTrendSectionSaysHowTheGapChangedAndWhatMovedIt() throws Exception {
    Document page = xml(report(published(gapChange()), drafts()).localAuthority("873"));
    String figure = "//section[@id='over-the-years']//figure[contains(@id, 'gap-change')]";
    assertThat(nodes(page, figure + "/svg").getLength()).as("a sentence and a table, no chart").isZero();
    assertThat(text(page, figure + "/figcaption/text()")).isEqualTo("The twin aims: in 2010/11 the gap narrowed by "
        + "0.5 points on 2009/10, the median's part -1.4 (the median 100.0 to 98.0) and the lowest 20%'s 0.9 (their "
        + "average 70.0 to 69.1); England's narrowed by 0.9 points. It narrowed while the median fell: narrowing by "
        + "holding the rest back.");
    assertThat(text(page, figure + "//span[@class='source']")).startsWith(
        "Source: published/inequality_gap_change.csv, 2009/10 to 2010/11");
    assertThat(text(page, figure + "//a/@href")).isEqualTo("../../published/inequality_gap_change.csv");
    // The table folded beneath: the LA's change, then England's, every cell as published.
    assertThat(text(page, figure + "//details/summary")).startsWith("How the inequality gap changed");
    assertThat(texts(page, figure + "//tbody/tr[1]/td")).containsExactly("2010/11", "30.0 to 29.5", "-0.5", "-1.4",
        "0.9", "100.0 to 98.0", "70.0 to 69.1", "Yes");
    assertThat(texts(page, figure + "//tbody/tr[2]/td")).containsExactly("England 2010/11", "34.0 to 33.1", "-0.9",
        "0.4", "-1.3", "90.0 to 91.0", "59.4 to 60.9", "No");
    // The trend charts keep their places: the GLD chart is still the page's first figure.
    assertThat(text(page, "(//figure)[1]/@id")).endsWith("-trend");

    // A suppressed change reads c, in the sentence and in every cell built on it.
    Document pboro = xml(report(published(gapChange()), drafts()).localAuthority("874"));
    assertThat(text(pboro, figure + "/figcaption/text()")).startsWith("The twin aims: in 2010/11 the gap changed by "
        + "a figure not shown (c) on 2009/10, the median's part c (the median 94.0 to c) and the lowest 20%'s c");
    assertThat(texts(pboro, figure + "//tbody/tr[1]/td")).containsExactly("2010/11", "35.0 to 36.0", "c", "c", "c",
        "94.0 to c", "61.1 to c", "c");

    Document barnsley = xml(report(published(gapChange()), drafts()).localAuthority("370"));
    assertThat(texts(barnsley, "//section[@id='over-the-years']/p[@class='note']")).contains("How the gap changed "
        + "(the twin aims): none to show for Barnsley under the framework of 2010/11 (a change needs two of its "
        + "years; published/inequality_gap_change.csv).");
  }

  @Test
  void withoutTheGapChangeTableTheTrendSectionSaysSo() throws Exception {
    Document page = xml(report(published(), drafts()).localAuthority("873"));
    assertThat(texts(page, "//section[@id='over-the-years']/p[@class='note']")).contains("How the gap changed (the "
        + "twin aims): Not available: this output has no published inequality_gap_change table "
        + "(published/inequality_gap_change.csv).");
    assertThat(nodes(page, "//section[@id='over-the-years']//figure").getLength()).as("the two trend charts")
        .isEqualTo(2);
  }

  static final String PROFILE_COLUMNS = GEO + ",breakdown_topic,breakdown,cohort_number,lowest20_number,"
      + "children_number,in_lowest20_number,cohort_share_percent,lowest20_share_percent,relative_risk,"
      + "relative_risk_ci_lower,relative_risk_ci_upper";

  /**
   * Cambridgeshire's combined groups in 2010/11 (110 children, 22 in the lowest 20%): boys eligible
   * for FSM, 12 children, 6 of them in it: (6 / 22) / (12 / 110) = 2.50, and Katz's interval
   * exp(ln 2.5 -/+ 1.96 sqrt(1/6 - 1/12 + 1/22 - 1/110)) = 2.5 exp(-/+ 0.678), 1.27 to 4.93. Summer-born
   * boys, 12 of 30: 2.00, 2 exp(-/+ 1.96 sqrt(1/12 - 1/30 + 1/22 - 1/110)), 1.12 to 3.56. Above 1 but
   * not clearly: girls eligible for FSM, 3 of 8: 1.875, 0.71 to 4.94; and the statement group, whose
   * interval is c. Boys of unknown FSM status are no group to name; girls not eligible are below 1.
   */
  static CsvTable pairs() {
    return table("lowest20_profile_by_pair", PROFILE_COLUMNS,
        CAMBS + "Sex by FSM,Boys / FSM eligible,110,22,12,6,10.9,27.3,2.50,1.27,4.93",
        CAMBS + "Sex by FSM,Girls / FSM eligible,110,22,8,3,7.3,13.6,1.88,0.71,4.94",
        CAMBS + "Sex by FSM,Boys / Unknown,110,22,6,4,5.5,18.2,3.33,1.90,5.85",
        CAMBS + "Sex by FSM,Girls / Not FSM eligible,110,22,47,7.4,42.7,33.6,0.79,0.45,1.38",
        CAMBS + "Term of birth by Sex,Summer / Boys,110,22,30,12,27.3,54.5,2.00,1.12,3.56",
        CAMBS + "SEN provision by FSM,Statement or EHC plan / FSM eligible,110,22,c,c,c,c,3.10,c,c");
  }

  @Test
  void theLowestFifthNamesTheCombinedGroupsClearlyAtRisk() throws Exception {
    CsvTable single = table("lowest20_profile", PROFILE_COLUMNS,
        CAMBS + "FSM,FSM eligible,110,22,20,9,18.2,40.9,2.25,1.46,3.47");
    Document page = xml(report(published(single, pairs()), drafts()).localAuthority("873"));
    String figure = "//section[@id='lowest-20']//figure[contains(@id, 'lowest20-pairs')]";
    assertThat(text(page, figure + "/figcaption/text()")).isEqualTo("Groups of two characteristics most at risk "
        + "(the highest relative risks whose 95% interval lies above 1, as published; children in brackets): Boys / "
        + "FSM eligible (12) 2.50 (1.27 to 4.93); Summer / Boys (30) 2.00 (1.12 to 3.56).");
    assertThat(text(page, figure + "//span[@class='source']")).startsWith(
        "Source: published/lowest20_profile_by_pair.csv, 2010/11");
    // Every group above 1 beneath, highest first: a statement in 2010/11 (EHC plans came in 2014), its c cells
    // as published; neither Unknown nor a group below 1.
    assertThat(texts(page, figure + "//tbody/tr/td[1]")).containsExactly("Statement / FSM eligible (c)",
        "Boys / FSM eligible (12)", "Summer / Boys (30)", "Girls / FSM eligible (8)");
    assertThat(texts(page, figure + "//tbody/tr[1]/td")).containsExactly("Statement / FSM eligible (c)",
        "3.10 (c to c)", "no");
    assertThat(texts(page, figure + "//tbody/tr[4]/td")).containsExactly("Girls / FSM eligible (8)",
        "1.88 (0.71 to 4.94)", "no");
    // The single factors' chart stays the section's first figure.
    assertThat(text(page, "//section[@id='lowest-20']//figure[1]/@id")).endsWith("-lowest20");

    // An output without the pairs (a run with no place of 10,000 children) says so.
    Document without = xml(report(published(single), drafts()).localAuthority("873"));
    assertThat(texts(without, "//section[@id='lowest-20']/p[@class='note']")).containsExactly("Groups in "
        + "combination (boys eligible for FSM, say): not published (internal/csv/lowest20_profile_by_pair.csv; "
        + "published for England and regions of 10,000 children or more, conf disclosure.table_min_children).");
  }

  /**
   * A run publishes the pairs for England and the regions: an LA's page shows its region's groups,
   * and says whose they are; England's where its region has none. The East of England's boys
   * eligible for FSM in 2010/11: 1,200 of 11,000, 600 of them in its lowest 2,200: (600 / 2,200) /
   * (1,200 / 11,000) = 2.50, and Katz's interval 2.5 exp(-/+ 1.96 sqrt(1/600 - 1/1,200 + 1/2,200 -
   * 1/11,000)) = 2.5 exp(-/+ 0.0678), 2.34 to 2.68. England's: (27,000 / 120,000) / (60,000 /
   * 600,000) = 2.25, 2.25 exp(-/+ 1.96 sqrt(1/27,000 - 1/60,000 + 1/120,000 - 1/600,000)), 2.23 to 2.27.
   */
  @Test
  void withoutTheLasPairsThePageShowsItsRegionsOrEnglands() throws Exception {
    String region = "201011,Academic year,Regional," + EAST + ",,,,";
    String england = "201011,Academic year,National,E92000001,England,,,,,,";
    CsvTable pairs = table("lowest20_profile_by_pair", PROFILE_COLUMNS,
        region + "Sex by FSM,Boys / FSM eligible,11000,2200,1200,600,10.9,27.3,2.50,2.34,2.68",
        england + "Sex by FSM,Boys / FSM eligible,600000,120000,60000,27000,10.0,22.5,2.25,2.23,2.27");
    CsvTable single = table("lowest20_profile", PROFILE_COLUMNS,
        CAMBS + "FSM,FSM eligible,110,22,20,9,18.2,40.9,2.25,1.46,3.47");
    Document page = xml(report(published(single, pairs), drafts()).localAuthority("873"));
    String figure = "//section[@id='lowest-20']//figure[contains(@id, 'lowest20-pairs')]";
    assertThat(text(page, figure + "/figcaption/text()")).isEqualTo("Groups of two characteristics most at risk "
        + "(East of England's: the LA's are not published) (the highest relative risks whose 95% interval lies "
        + "above 1, as published; children in brackets): Boys / FSM eligible (1,200) 2.50 (2.34 to 2.68).");

    CsvTable englandOnly = table("lowest20_profile_by_pair", PROFILE_COLUMNS,
        england + "Sex by FSM,Boys / FSM eligible,600000,120000,60000,27000,10.0,22.5,2.25,2.23,2.27");
    Document national = xml(report(published(single, englandOnly), drafts()).localAuthority("873"));
    assertThat(text(national, figure + "/figcaption/text()")).contains("(England's: the LA's are not published)",
        "Boys / FSM eligible (60,000) 2.25 (2.23 to 2.27)");
  }

  static final String SCHOOL_GEO = "201011,Academic year,School," + EAST + ",873,E10000003,Cambridgeshire,";

  /**
   * Cambridgeshire's settings in 2010/11: Abbey Primary (30 of 60 not reaching GLD), a school the
   * schools file did not name (8 of 40), Brook Lane Infants (10 of 25), and a PVI setting whose
   * counts are suppressed (c); besides, Abbey's 2009/10 row and a Peterborough school, neither shown.
   */
  static CsvTable schools() {
    String columns = GEO + ",school_laestab,school_urn,school_name,establishment_type,setting_type,children_number,"
        + "gld_number,gld_percent,inequality_gap_percent";
    return table("schools", columns,
        SCHOOL_GEO + "8731001,110001,Abbey Primary,Community school,School,60,30,50.0,35.0",
        SCHOOL_GEO + "8731002,x,Not available,Unknown,School,40,32,80.0,22.1",
        SCHOOL_GEO + "123456,123456,Little Acorns Nursery,Unknown,PVI setting,c,c,c,c",
        SCHOOL_GEO + "8731003,110003,Brook Lane Infants,Community school,School,25,15,60.0,31.0",
        "200910,Academic year,School," + EAST + ",873,E10000003,Cambridgeshire,8731001,110001,Abbey Primary,"
            + "Community school,School,58,20,34.5,40.0",
        "201011,Academic year,School," + EAST + ",874,E06000031,Peterborough,8741001,120001,Fen School,"
            + "Community school,School,90,10,11.1,50.0");
  }

  /** Three reach areas (Eastmoor's cells suppressed) and the children living outside every area. */
  static CsvTable areas() {
    return table("attainment_by_area", GEO + ",area_type,area_code,area_name,children_number,gld_percent,"
            + "inequality_gap_percent",
        CAMBS + "Children's centre reach area,z,Outside every area,20,60.0,30.2",
        CAMBS + "Children's centre reach area,CC01,Southvale,50,70.0,25.0",
        CAMBS + "Children's centre reach area,CC02,Northfield,40,45.0,33.3",
        CAMBS + "Children's centre reach area,CC03,Eastmoor,c,c,c");
  }

  @Test
  void theSettingsSectionNamesWhereTheChildrenNotReachingGldAre() throws Exception {
    Document page = xml(report(published(schools(), areas()), drafts()).localAuthority("873"));
    assertThat(text(page, "//section[@id='settings']/h2")).isEqualTo("Schools, settings and areas");
    assertThat(text(page, "//section[@id='settings']/p[@class='intro']")).isEqualTo("Where the children not "
        + "reaching GLD are. In 2010/11, 3 schools and 1 PVI setting assessed children; GLD % is shown for 3 (c for "
        + "1), from 50.0 to 80.0.");
    String figure = "//section[@id='settings']//figure";
    assertThat(text(page, figure + "/figcaption/text()")).isEqualTo("Most children not reaching GLD (children "
        + "assessed less those reaching it, both as published; GLD % in brackets): Abbey Primary, 30 of 60 (50.0); "
        + "Brook Lane Infants, 10 of 25 (60.0); School 8731002, 8 of 40 (80.0). Every setting is in the table "
        + "beneath.");
    assertThat(text(page, figure + "//span[@class='source']")).startsWith("Source: published/schools.csv, 2010/11");
    assertThat(texts(page, figure + "//tbody/tr/td[1]")).containsExactly("Abbey Primary", "Brook Lane Infants",
        "School 8731002", "Little Acorns Nursery");
    assertThat(texts(page, figure + "//tbody/tr[4]/td")).containsExactly("Little Acorns Nursery", "123456",
        "PVI setting", "c", "c", "", "c");

    // The areas: a sentence (the range of the areas shown; Eastmoor's c; those outside every area) and a table.
    assertThat(texts(page, "//section[@id='settings']/p[@class='note']")).containsExactly("By children's centre "
        + "reach area (3 areas): GLD % from 45.0 (Northfield) to 70.0 (Southvale); not shown (c) for 1; 20 children "
        + "live outside every area (published/attainment_by_area.csv, 2010/11).");
    assertThat(texts(page, "//section[@id='settings']/details//tbody/tr/td[2]")).containsExactly("Northfield",
        "Southvale", "Eastmoor", "Outside every area");
    assertThat(texts(page, "//section[@id='settings']/details//tbody/tr[3]/td")).containsExactly(
        "Children's centre reach area", "Eastmoor", "c", "c", "c");
  }

  @Test
  void theSettingsSectionSaysWhatIsNotAvailableAndWhy() throws Exception {
    Document none = xml(report(published(), drafts()).localAuthority("873"));
    assertThat(text(none, "//section[@id='settings']/p[@class='not-available']")).isEqualTo("Not available: this "
        + "output has no published schools table (published/schools.csv). Not available: this output has no "
        + "published attainment_by_area table (published/attainment_by_area.csv). A run makes attainment_by_area "
        + "only from an areas.csv.");
    Document noAreas = xml(report(published(schools()), drafts()).localAuthority("873"));
    assertThat(texts(noAreas, "//section[@id='settings']/p[@class='note']")).containsExactly("Reach areas: not "
        + "available (no published attainment_by_area table: a run makes one only from an areas.csv).");
    // An LA with no setting in the table in its latest year.
    Document barnsley = xml(report(published(schools()), drafts()).localAuthority("370"));
    assertThat(text(barnsley, "//section[@id='settings']/p[@class='intro']")).isEqualTo("Where the children not "
        + "reaching GLD are. No school or setting of this LA has a row in the published schools table in 2010/11.");
    assertThat(nodes(barnsley, "//section[@id='settings']//figure").getLength()).isZero();
    assertThat(List.of(texts(barnsley, "//nav//a").toArray())).contains("Schools, settings and areas");
  }
}
