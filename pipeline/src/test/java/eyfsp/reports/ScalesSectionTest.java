package eyfsp.reports;

import static eyfsp.reports.ReportTest.EAST;
import static eyfsp.reports.ReportTest.GEO;
import static eyfsp.reports.ReportTest.nodes;
import static eyfsp.reports.ReportTest.report;
import static eyfsp.reports.ReportTest.table;
import static eyfsp.reports.ReportTest.texts;
import static eyfsp.reports.ReportTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The scale results under the goals: an area's own row ("All goals") is in the table, not a bar. */
class ScalesSectionTest {

  @Test
  void anAreaOfSeveralGoalsIsARowOfTheTableNotABar() throws Exception {
    String cambs = "202324,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,";
    Map<String, eyfsp.io.CsvTable> published = Map.of(
        "attainment", table("attainment", GEO + ",children_number,gld_percent,inequality_gap_percent",
            "202324,Academic year,National,E92000001,England,,,,,,400,67.0,30.0",
            cambs + "110,70.0,28.0"),
        "scales", table("scales", GEO + ",area_of_learning,scale,children_number,average_score,secure_number,"
                + "secure_percent",
            cambs + "Communication and language,Listening attention and understanding,110,2.0,90,81.8",
            cambs + "Communication and language,Speaking,110,2.0,85,77.3",
            cambs + "Communication and language,All goals,110,4.0,80,72.7"));
    Document page = xml(report(published, Map.of()).localAuthority("873"));
    // 2023/24 is under the 2021 goals (elg21): two bars, one per goal; the area's row in the table only.
    assertThat(nodes(page, "//section[@id='scales']//svg//rect[@fill='#8c8c8c']").getLength()).isEqualTo(2);
    assertThat(texts(page, "//section[@id='scales']//svg//text")).doesNotContain("All goals");
    assertThat(texts(page, "//section[@id='scales']//tbody/tr/td[2]")).containsExactly(
        "Listening attention and understanding", "Speaking", "All goals");
  }
}
