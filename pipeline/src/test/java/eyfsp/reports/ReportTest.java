package eyfsp.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.io.CsvRecordReader;
import eyfsp.io.CsvTable;
import eyfsp.io.SettingsFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report on small hand-built tables: what it shows, how it escapes, what it leaves out and why. */
class ReportTest {

  static final String GEO = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
      + "region_name,old_la_code,new_la_code,la_name";
  static final String EAST = "E92000001,England,E12000006,East of England";
  static final String YORKS = "E92000001,England,E12000003,Yorkshire and The Humber";
  /** An LA name with an apostrophe, an ampersand, angle brackets and something that looks like an entity. */
  static final String AWKWARD = "O'Neill & Sons <Test> &amp;";

  static CsvTable table(String name, String... lines) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(String.join("\n", lines)
        .getBytes(StandardCharsets.UTF_8)), name, CsvRecordReader.Limits.TABLES)) {
      header = reader.next().fields();
      for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
        assertThat(r.fields()).as("line %d of %s", r.lineNumber(), name).hasSameSizeAs(header);
        rows.add(r.fields());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new CsvTable(name, header, rows, "published/" + name + ".csv", "0".repeat(64));
  }

  /**
   * Four LAs over 2009/10 and 2010/11. LA 999 (the awkward name) is small: in 2010/11 its cohort
   * of 5 and all built on it are suppressed (c); Barnsley's gap is z in 2010/11.
   */
  static CsvTable attainment() {
    return table("attainment", GEO + ",children_number,gld_percent,inequality_gap_percent",
        "200910,Academic year,National," + "E92000001,England,,,,,,400,52.0,34.0",
        "201011,Academic year,National," + "E92000001,England,,,,,,410,54.0,33.1",
        "201011,Academic year,Regional," + EAST + ",,,,300,55.0,32.0",
        "200910,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,100,60.0,30.0",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,110,60.0,29.5",
        "200910,Academic year,Local authority," + EAST + ",874,E06000031,Peterborough,90,50.0,35.0",
        "201011,Academic year,Local authority," + EAST + ",874,E06000031,Peterborough,95,50.0,36.0",
        "200910,Academic year,Local authority," + EAST + ",999,E06000099,\"" + AWKWARD + "\",12,41.7,31.0",
        "201011,Academic year,Local authority," + EAST + ",999,E06000099,\"" + AWKWARD + "\",c,c,c",
        "200910,Academic year,Local authority," + YORKS + ",370,E08000016,Barnsley,100,45.0,38.0",
        "201011,Academic year,Local authority," + YORKS + ",370,E08000016,Barnsley,105,60.0,z");
  }

  static final String TARGET_COLUMNS = GEO + ",framework,measure,baseline_time_period,baseline_value,trend_slope,"
      + "trend_years,projection_value,projection_lower,projection_upper,benchmark_used,neighbour_benchmark,"
      + "national_benchmark,ambition_share,max_yearly_change,draft_value,proposed_value,agreed_value,rule,reasoning";
  static final String NEIGHBOUR_COLUMNS = GEO + ",framework,neighbours_from,measure,neighbour_rank,"
      + "neighbour_old_la_code,neighbour_la_name,neighbour_value";

  /**
   * Cambridgeshire's GLD draft for 2011/12 from 2010/11: projection 61.2345, its neighbours Barnsley
   * (60.0) and Peterborough (50.0), upper quartile 50 + 0.75 x 10 = 57.5, behind the projection:
   * the draft is the projection rounded up, 61.3. Its gap neighbours include LA 999.
   */
  static Map<String, CsvTable> drafts() {
    Map<String, CsvTable> drafts = new HashMap<>();
    drafts.put("targets", table("targets", TARGET_COLUMNS,
        "201112,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,gld_percent,201011,"
            + "60.04,0.6,3,61.2345,55,67.49,the neighbours' upper quartile,57.5,58,0.25,3,61.3,,,PROJECTION,"
            + "Latest 60.04.",
        "201112,Academic year,Local authority," + EAST + ",999,E06000099,\"" + AWKWARD + "\",fsp13,gld_percent,"
            + "201011,40.2,0.6,3,41.5,20,63,the neighbours' upper quartile,55,58,0.25,3,43.2,,,YEARLY_CAP,"
            + "Latest 40.2."));
    drafts.put("trajectories", table("trajectories", GEO + ",framework,measure,series,value,prediction_lower,"
            + "prediction_upper,trend_slope,trend_years,source,note",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,gld_percent,"
            + "observed,60.04,,,,,pipeline: run-1,",
        "201112,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,gld_percent,"
            + "projection,61.2345,55,67.49,0.6,3,,",
        "201011,Academic year,Local authority," + EAST + ",999,E06000099,\"" + AWKWARD + "\",fsp13,gld_percent,"
            + "observed,40.2,,,,,pipeline: run-1,",
        "201112,Academic year,Local authority," + EAST + ",999,E06000099,\"" + AWKWARD + "\",fsp13,gld_percent,"
            + "projection,41.5,20,63,0.6,3,,"));
    drafts.put("neighbours", table("neighbours", NEIGHBOUR_COLUMNS,
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,by context,gld_percent,"
            + "1,370,Barnsley,60",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,by context,gld_percent,"
            + "2,874,Peterborough,50",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,by context,"
            + "inequality_gap_percent,1,999,\"" + AWKWARD + "\",30.5",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,by context,"
            + "inequality_gap_percent,2,370,Barnsley,"));
    return drafts;
  }

  static Report report(Map<String, CsvTable> published, Map<String, CsvTable> drafts) {
    return new Report(new ReportInput(published, drafts, SettingsFile.defaults(), "run-1", "drafts",
        "eyfsp test"));
  }

  static Report spineOnly() {
    return report(Map.of("attainment", attainment()), drafts());
  }

  static Document xml(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static String text(Document page, String xpath) throws Exception {
    return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.STRING)).strip();
  }

  static NodeList nodes(Document page, String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
  }

  static List<String> texts(Document page, String xpath) throws Exception {
    NodeList list = nodes(page, xpath);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      texts.add(list.item(i).getTextContent().strip());
    }
    return texts;
  }

  static String cell(Document page, String column, String la) throws Exception {
    return text(page, "//*[@data-table='attainment' and @data-column='" + column + "' and @data-old-la-code='" + la
        + "']");
  }

  @Test
  void theIndexListsEveryLaWithItsPublishedCellsAndQuartileBands() throws Exception {
    Report report = spineOnly();
    assertThat(report.localAuthorities()).containsExactly("370", "873", "874", "999");
    Document index = xml(report.index());
    // Cells exactly as published, symbols included.
    assertThat(cell(index, "gld_percent", "873")).isEqualTo("60.0");
    assertThat(cell(index, "children_number", "999")).isEqualTo("c");
    assertThat(cell(index, "inequality_gap_percent", "370")).isEqualTo("z");
    assertThat(text(index, "//tr[@class='england']/td[@data-column='gld_percent']")).isEqualTo("54.0");
    // Bands in 2010/11 (1 + floor(4 x LAs strictly better / LAs with a value)): GLD 60.0, 60.0, 50.0
    // (999 is c): 873 and 370 have none better, band 1; 874 has 2 of 3 better, 1 + floor(8/3) = 3.
    // Gap (lower is better) 29.5 and 36.0 only (370 z, 999 c): 873 band 1; 874 1 + floor(4/2) = 3.
    assertThat(bands(index, "873")).containsExactly("1", "1");
    assertThat(bands(index, "370")).containsExactly("1", "\u2013");
    assertThat(bands(index, "874")).containsExactly("3", "3");
    assertThat(bands(index, "999")).containsExactly("\u2013", "\u2013");
    // The change on the year before, from the two published cells (873: 60.0 both years; 874's gap 35.0 to
    // 36.0), and the drafts as the LA pages show them: 873's 61.3, 999's hidden (its 2010/11 GLD is c).
    assertThat(text(index, "//tr[td='873']/td[5]")).isEqualTo("0.0");
    assertThat(text(index, "//tr[td='874']/td[9]")).isEqualTo("+1.0");
    assertThat(text(index, "//tr[td='873']/td[7]")).isEqualTo("61.3");
    assertThat(text(index, "//tr[td='999']/td[7]")).isEqualTo("\u2013");
    assertThat(text(index, "//tr[td='873']/td[4]/@class")).as("figures right-aligned").isEqualTo("num");
    // Grouped by region, each LA linking to its page.
    assertThat(text(index, "//tr[td='874']/th/a/@href")).isEqualTo("la/874.html");
    assertThat(texts(index, "//tr[@class='region']")).containsExactly("East of England", "Yorkshire and The Humber");
  }

  private static List<String> bands(Document index, String la) throws Exception {
    return List.of(text(index, "//tr[td='" + la + "']/td[6]"), text(index, "//tr[td='" + la + "']/td[10]"));
  }

  @Test
  void namesAreEscapedInTextAttributesAndCharts() throws Exception {
    Report report = spineOnly();
    String page = report.localAuthority("999");
    assertThat(page).contains("O&#39;Neill &amp; Sons &lt;Test&gt; &amp;amp;").doesNotContain(AWKWARD)
        .doesNotContain("<Test>");
    Document xml = xml(page);
    assertThat(text(xml, "//h1")).isEqualTo(AWKWARD + " LA 999");
    assertThat(text(xml, "//title")).isEqualTo(AWKWARD + " (LA 999): EYFSP negotiation pack");
    // In the SVG of Cambridgeshire's neighbours chart, as a bar label.
    Document neighbour = xml(report.localAuthority("873"));
    assertThat(texts(neighbour, "//section[@id='neighbours']//svg//text")).contains(AWKWARD);
    assertThat(text(xml(report.index()), "//tr[td='999']/th/a")).isEqualTo(AWKWARD);
  }

  @Test
  void headlinesAreThePublishedCellsAndASuppressedOneReadsC() throws Exception {
    Report report = spineOnly();
    Document cambridgeshire = xml(report.localAuthority("873"));
    assertThat(cell(cambridgeshire, "gld_percent", "873")).isEqualTo("60.0");
    assertThat(cell(cambridgeshire, "inequality_gap_percent", "873")).isEqualTo("29.5");
    assertThat(cell(cambridgeshire, "children_number", "873")).isEqualTo("110");
    // Beside it: England, the region, the neighbours' median (Barnsley 60.0 and Peterborough 50.0: 55.0), the
    // change on 2009/10 (60.0 both years), the rank among 60.0, 60.0 and 50.0 (999 is c) and the band.
    assertThat(texts(cambridgeshire, "//div[@class='headline'][1]/dd[@class='context']")).containsExactly(
        "England 54.0", "East of England 55.0", "Neighbours' median 55.0", "Change on 2009/10: 0.0",
        "Rank 1 of 3 LAs (1 = the highest)", "quartile band 1 of 4 among 3 LAs (1 = the best quarter)");

    Document small = xml(report.localAuthority("999"));
    for (String column : List.of("gld_percent", "inequality_gap_percent", "children_number")) {
      assertThat(cell(small, column, "999")).as(column).isEqualTo("c");
    }
    assertThat(texts(small, "//div[@class='headline'][1]/dd[@class='context']"))
        .containsExactly("England 54.0", "East of England 55.0", "no quartile band (its result is not shown)");
    // The chart's own table shows the published cells, c included, and the chart writes c where
    // the point would be.
    assertThat(text(small, "(//figure)[1]//table/tbody/tr[2]/td[2]")).isEqualTo("c");
    assertThat(texts(small, "(//figure)[1]/svg//text")).containsOnlyOnce("c");
  }

  @Test
  void draftsAreShownRoundedButNeverWhereThePublishedResultTheyStandOnIsSuppressed() throws Exception {
    Report report = spineOnly();
    Document cambridgeshire = xml(report.localAuthority("873"));
    assertThat(text(cambridgeshire, "//div[@class='headline'][1]/dd[@class='target']"))
        .isEqualTo("Draft target for 2011/12: 61.3");
    // The trend's table: projection 61.2345 rounded half up, with its interval; the draft target.
    assertThat(texts(cambridgeshire, "(//figure)[1]//tbody/tr[3]/td"))
        .containsExactly("2011/12", "", "", "61.2 (55.0 to 67.5)", "61.3");
    // Its reasoning, composed from the figures shown at 1 dp, not the drafting's own text.
    // The projection is the fitted line's value: the line stands at 61.2345 - 0.6 = 60.6345 in 2010/11.
    assertThat(text(cambridgeshire, "//section[@id='draft-targets']//dl/dd[1]")).isEqualTo("Latest 60.0 "
        + "(2010/11). The line fitted to the latest 3 results rises 0.6 a year; it stands at 60.6 in 2010/11 and "
        + "reaches 61.2 in 2011/12, the projection (95% interval 55.0 to 67.5). Benchmark: the neighbours' upper "
        + "quartile, 57.5. The benchmark is no more ambitious than the projection: the draft is the projection. "
        + "Draft 61.3, rounded up to 1 dp.");
    assertThat(texts(cambridgeshire, "//section[@id='draft-targets']//tbody/tr[1]/td")).containsExactly(
        "Good level of development", "60.0", "61.2 (55.0 to 67.5)", "57.5", "61.3", "", "", "the projection");

    // 999's 2010/11 GLD is c: its projection and target would give it away.
    Document small = xml(report.localAuthority("999"));
    assertThat(text(small, "//div[@class='headline'][1]/dd[@class='target']"))
        .isEqualTo("Draft target for 2011/12 not shown: built on a result the published tables suppress (2010/11: c).");
    assertThat(texts(small, "//section[@id='draft-targets']//tbody/tr[1]/td")).containsExactly(
        "Good level of development", "c", "c", "", "c", "", "", "not shown");
    assertThat(small.getDocumentElement().getTextContent()).doesNotContain("43.2").doesNotContain("41.5")
        .doesNotContain("40.2");
  }

  /**
   * A benchmark drawn from a suppressed neighbour. Cambridgeshire's neighbours in 2010/11: Barnsley
   * 60.0 and Peterborough 50.0 as published, and LA 999, published as c (72.6 in the unsuppressed
   * history). Upper quartile (Hyndman and Fan type 7) of 50, 60, 72.6: h = 2 x 0.75 = 1.5, so
   * 60 + 0.5 x 12.6 = 66.3, from which 999's 72.6 = 60 + (66.3 - 60) / 0.5 is worked back. The
   * draft closes a quarter of the distance: 61.2345 + 0.25 x (66.3 - 61.2345) = 62.500875, rounded
   * up to 62.6, and from it and the projection 66.3 is known to within 0.4: both are withheld.
   * Without 999's value the benchmark is 50 + 0.75 x 10 = 57.5, drawn from shown results: shown.
   */
  @Test
  void aBenchmarkDrawnFromASuppressedNeighbourIsWithheldAndSoIsTheDraftItDrew() throws Exception {
    String cambs = "201112,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,gld_percent,"
        + "201011,60.04,0.6,3,61.2345,55,67.49,the neighbours' upper quartile,";
    String neighbour = "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,fsp13,by "
        + "context,gld_percent,";
    Map<String, CsvTable> drafts = new HashMap<>(drafts());
    drafts.put("targets", table("targets", TARGET_COLUMNS,
        cambs + "66.3,58,0.25,3,62.6,,,AMBITION_STEP,Latest 60.04. Trend +0.6 ... the neighbours' upper quartile "
            + "66.3 is 5.07 higher than the projection; 0.25 of the distance adds 1.27: draft 62.6."));
    drafts.put("neighbours", table("neighbours", NEIGHBOUR_COLUMNS, neighbour + "1,370,Barnsley,60",
        neighbour + "2,874,Peterborough,50", neighbour + "3,999,\"" + AWKWARD + "\",72.6"));
    Document page = xml(report(Map.of("attainment", attainment()), drafts).localAuthority("873"));
    String shown = page.getDocumentElement().getTextContent();
    for (String figure : List.of("66.3", "72.6", "62.6", "62.5", "5.07", "1.27", "60.04")) {
      assertThat(shown).as(figure).doesNotContain(figure);
    }
    String withheld = "withheld as a neighbour's result it is drawn from is suppressed in the published tables";
    assertThat(text(page, "//div[@class='headline'][1]/dd[@class='target']")).isEqualTo("Draft target for 2011/12 "
        + "not shown: drawn from the neighbours' upper quartile, which is " + withheld + ".");
    assertThat(texts(page, "//section[@id='draft-targets']//tbody/tr[1]/td")).containsExactly(
        "Good level of development", "60.0", "61.2 (55.0 to 67.5)", "withheld", "not shown", "", "",
        "a step towards the benchmark");
    assertThat(text(page, "//section[@id='draft-targets']//dl/dd[1]")).isEqualTo(
        "Latest 60.0 (2010/11). The line fitted to the latest 3 results rises 0.6 a year; it stands at 60.6 in "
            + "2010/11 and reaches 61.2 in 2011/12, the projection (95% interval 55.0 to 67.5). Benchmark: the "
            + "neighbours' upper quartile, " + withheld + ". The benchmark is more ambitious: the draft closes 0.25 "
            + "of the distance from the projection to it. The draft is not shown: it is drawn from the benchmark, "
            + "which is withheld.");
    assertThat(texts(page, "(//figure)[1]//tbody/tr[3]/td")).as("the projection, and no target drawn")
        .containsExactly("2011/12", "", "", "61.2 (55.0 to 67.5)", "");
    // The neighbours chart: the published cells only, 999's as c.
    assertThat(texts(page, "//section[@id='neighbours']//figure[1]//tbody/tr/td[2]"))
        .containsExactly("60.0", "60.0", "50.0", "c", "54.0");

    // The same benchmark from Barnsley and Peterborough alone (999 had no value in the history): shown.
    drafts.put("neighbours", table("neighbours", NEIGHBOUR_COLUMNS, neighbour + "1,370,Barnsley,60",
        neighbour + "2,874,Peterborough,50", neighbour + "3,999,\"" + AWKWARD + "\","));
    drafts.put("targets", table("targets", TARGET_COLUMNS, cambs + "57.5,58,0.25,3,61.3,,,PROJECTION,Latest."));
    Document without = xml(report(Map.of("attainment", attainment()), drafts).localAuthority("873"));
    assertThat(text(without, "//section[@id='draft-targets']//tbody/tr[1]/td[4]")).isEqualTo("57.5");
  }

  /**
   * Drafts from another drafting than this output's: Cambridgeshire's drafted under elg17 from
   * 2018/19 (the 17-goal profile, long after this 13-scale output's 2009/10 and 2010/11), and
   * Peterborough's under fsp13 from 2008/09, a year this output does not hold. Every one of their
   * figures (72.2, 71.3, 71.1, 49.9, 51.5, 52.5) and years (2008/09, 2019/20, 2020/21 on a chart)
   * stays off the pages, which say why.
   */
  @Test
  void draftsOfAnotherFrameworkOrBaselineAreNotDrawn() throws Exception {
    String targetColumns = GEO + ",framework,measure,baseline_time_period,baseline_value,projection_value,"
        + "projection_lower,projection_upper,benchmark_used,neighbour_benchmark,national_benchmark,draft_value,rule,"
        + "reasoning";
    String trajectoryColumns = GEO + ",framework,measure,series,value,prediction_lower,prediction_upper,trend_slope,"
        + "trend_years,source,note";
    String cambs = ",Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,";
    String peterborough = ",Academic year,Local authority," + EAST + ",874,E06000031,Peterborough,";
    Map<String, CsvTable> drafts = new HashMap<>();
    drafts.put("targets", table("targets", targetColumns,
        "202021" + cambs + "elg17,gld_percent,201819,70.04,71.33,60.3,80.4,the neighbours' upper quartile,75.1,73.0,"
            + "72.2,AMBITION_STEP,Latest 70.04.",
        "201011" + peterborough + "fsp13,gld_percent,200809,49.04,52.5,40,65,the neighbours' upper quartile,55.5,56,"
            + "49.9,AMBITION_STEP,Latest 49.04."));
    drafts.put("trajectories", table("trajectories", trajectoryColumns,
        "201819" + cambs + "elg17,gld_percent,observed,70.04,,,,,published: t.csv,",
        "201920" + cambs + "elg17,gld_percent,projection,71.1,65,77,0.65,3,,",
        "202021" + cambs + "elg17,gld_percent,projection,71.33,60.3,80.4,0.65,3,,",
        "200809" + peterborough + "fsp13,gld_percent,observed,49.04,,,,,pipeline: run-0,",
        "200910" + peterborough + "fsp13,gld_percent,projection,51.5,45,58,1.5,3,,",
        "201011" + peterborough + "fsp13,gld_percent,projection,52.5,41,64,1.5,3,,"));
    drafts.put("neighbours", table("neighbours", GEO + ",framework,neighbours_from,measure,neighbour_rank,"
            + "neighbour_old_la_code,neighbour_la_name,neighbour_value",
        "201819" + cambs + "elg17,by context,gld_percent,1,370,Barnsley,69.9"));
    Report report = report(Map.of("attainment", attainment()), drafts);

    Document cambridgeshire = xml(report.localAuthority("873"));
    String shown = cambridgeshire.getDocumentElement().getTextContent();
    for (String figure : List.of("72.2", "71.3", "71.1", "75.1", "73.0", "70.0", "2019/20", "69.9")) {
      assertThat(shown).as(figure).doesNotContain(figure);
    }
    String elsewhere = "drafted under elg17 from results to 2018/19, while this output's results (2009/10 to "
        + "2010/11) are under fsp13";
    assertThat(text(cambridgeshire, "//div[@class='headline'][1]/dd[@class='target']"))
        .isEqualTo("Draft target for 2020/21 not shown: " + elsewhere + ".");
    assertThat(texts(cambridgeshire, "(//figure)[1]/svg//text")).doesNotContain("2019/20", "2020/21");
    assertThat(texts(cambridgeshire, "//section[@id='over-the-years']//p[@class='note']")).contains(
        "Good level of development (%): no projection drawn, as it is " + elsewhere + ".",
        "Good level of development (%): no draft target drawn, as it is " + elsewhere + ".");
    assertThat(text(cambridgeshire, "//section[@id='draft-targets']/p[@class='not-available']"))
        .isEqualTo("Not shown: the drafts for this LA are " + elsewhere + ".");
    // Its neighbours were found from 2018/19's context: the region's LAs stand in.
    assertThat(text(cambridgeshire, "//section[@id='neighbours']/p[@class='note']")).isEqualTo(
        "The statistical neighbours drafted for this LA are not used: they are " + elsewhere + "; the other LAs of "
            + "the region are shown instead.");

    Document pboro = xml(report.localAuthority("874"));
    String shownThere = pboro.getDocumentElement().getTextContent();
    for (String figure : List.of("49.9", "51.5", "52.5", "49.0", "55.5")) {
      assertThat(shownThere).as(figure).doesNotContain(figure);
    }
    assertThat(texts(pboro, "(//figure)[1]/svg//text")).doesNotContain("2008/09");
    assertThat(text(pboro, "//div[@class='headline'][1]/dd[@class='target']")).isEqualTo("Draft target for 2010/11 "
        + "not shown: drafted from results of 2008/09, a year this output holds no results of for this LA.");
    assertThat(nodes(pboro, "(//figure)[1]/svg//polygon").getLength()).as("no band, no target diamond").isZero();
  }

  @Test
  void aSectionWhoseTableIsMissingSaysSo() throws Exception {
    Document page = xml(report(Map.of("attainment", attainment()), Map.of()).localAuthority("873"));
    assertThat(text(page, "//section[@id='gaps']/p[@class='not-available']"))
        .isEqualTo("Not available: this output has no published gaps table (published/gaps.csv).");
    assertThat(text(page, "//section[@id='lowest-20']/p[@class='not-available']")).contains("lowest20_profile");
    assertThat(text(page, "//section[@id='scales']/p[@class='not-available']")).contains("published/scales.csv");
    assertThat(text(page, "//section[@id='data-quality']/p[@class='not-available']")).contains("data_quality")
        .contains("rejects_summary");
    assertThat(text(page, "//section[@id='draft-targets']/p[@class='not-available']"))
        .isEqualTo("Not available: this output has no draft targets (a run drafts them from its history of results).");
    assertThat(text(page, "//section[@id='neighbours']/p[@class='note']")).contains("this output has no drafts")
        .contains("the other LAs of the region are shown instead");
  }

  @Test
  void theWhoIsBehindTablesAreDrawnWhenPresent() throws Exception {
    Map<String, CsvTable> published = new HashMap<>();
    published.put("attainment", attainment());
    String gapColumns = GEO + ",breakdown_topic,group,comparison_group,group_children_number,group_gld_percent,"
        + "comparison_group_children_number,comparison_group_gld_percent,gld_gap_percentage_points,gld_gap_ci_lower,"
        + "gld_gap_ci_upper,low_reliability";
    published.put("gaps", table("gaps", gapColumns,
        "201011,Academic year,National,E92000001,England,,,,,,FSM,FSM eligible,Not FSM eligible,60,40.0,350,56.0,16.0,"
            + "3.1,28.0,0",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,FSM,FSM eligible,"
            + "Not FSM eligible,20,45.0,90,63.3,18.3,-4.5,37.0,1",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,Sex,Boys,Girls,c,c,c,c,c,c,"
            + "c,0"));
    // FSM eligible: 9 of its 20 children in the lowest 20% (22 of 110): relative risk (9/22)/(20/110) = 2.25. Its
    // rate 9/20 = 0.45 has the Wilson 95% interval 0.458056 -/+ 0.199858 (z = 1.96: centre (0.45 + z^2/40) /
    // (1 + z^2/20), half z sqrt(0.45 x 0.55/20 + z^2/1600) / (1 + z^2/20)), times 110/22 = 5: 1.29 to 3.29.
    // Unclassified (no characteristic) and Girls (0.90, below 1) are no common factor.
    String cambs = "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,";
    published.put("lowest20_profile", table("lowest20_profile", GEO + ",breakdown_topic,breakdown,cohort_number,"
            + "lowest20_number,children_number,in_lowest20_number,cohort_share_percent,lowest20_share_percent,"
            + "relative_risk",
        cambs + "FSM,FSM eligible,110,22,20,9,18.2,40.9,2.25",
        cambs + "Sex,Boys,110,22,c,c,c,c,c",
        cambs + "Ethnicity,Unclassified,110,22,10,4,9.1,18.2,2.00",
        cambs + "Sex,Girls,110,22,55,9.9,50.0,45.0,0.90"));
    published.put("scales", table("scales", GEO + ",area_of_learning,scale,children_number,average_score,"
            + "secure_number,secure_percent",
        "201011,Academic year,National,E92000001,England,,,,,,Communication,Writing,410,5.9,250,61.0",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,Communication,Writing,110,"
            + "6.1,70,63.6",
        "201011,Academic year,Local authority," + EAST + ",873,E10000003,Cambridgeshire,Communication,All scales,"
            + "110,40.0,60,54.5"));
    Document page = xml(report(published, drafts()).localAuthority("873"));

    assertThat(nodes(page, "//section[@id='gaps']//figure/svg").getLength()).isEqualTo(1);
    assertThat(text(page, "//section[@id='gaps']//tbody/tr[1]")).isEqualTo(
        "FSM eligible vs Not FSM eligible45.0 (20)63.3 (90)18.3 (-4.5 to 37.0)16.0low (a small group)");
    assertThat(text(page, "//section[@id='gaps']//tbody/tr[2]/td[4]")).isEqualTo("c");
    assertThat(text(page, "//section[@id='lowest-20']//figure//tbody"))
        .isEqualTo("FSM: FSM eligible (20)2.25 (1.29 to 3.29)");
    assertThat(text(page, "//section[@id='lowest-20']/details//tbody/tr[2]/td[6]")).isEqualTo("c");
    assertThat(text(page, "//section[@id='scales']//tbody/tr[1]")).isEqualTo("CommunicationWriting63.66.161.0");
    assertThat(nodes(page, "//section[@id='scales']//svg//rect[@fill='#8c8c8c']").getLength())
        .as("one bar per scale, none for an area's All scales row").isEqualTo(1);
  }

  @Test
  void everyChartIsWellFormedSvgWithATitleADescriptionAndItsDataAsATable() throws Exception {
    Report report = spineOnly();
    for (String la : report.localAuthorities()) {
      Document page = xml(report.localAuthority(la));
      NodeList charts = nodes(page, "//svg");
      assertThat(charts.getLength()).as("charts of LA %s", la).isGreaterThanOrEqualTo(4);
      for (int i = 0; i < charts.getLength(); i++) {
        Element svg = (Element) charts.item(i);
        assertThat(svg.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(text(page, "//svg/title[@id='" + labelledBy[0] + "']")).isNotEmpty();
        assertThat(text(page, "//svg/desc[@id='" + labelledBy[1] + "']")).isNotEmpty();
        assertThat(((Element) svg.getParentNode()).getTagName()).isEqualTo("figure");
        assertThat(((Element) svg.getParentNode()).getElementsByTagName("table").getLength())
            .as("the chart's text alternative").isEqualTo(1);
      }
      assertThat(texts(page, "//*/@id")).as("ids are unique on a page").doesNotHaveDuplicates();
    }
  }

  /** A table with one LA's name replaced, in every row of it. */
  static CsvTable renamed(CsvTable t, String la, String name) {
    List<List<String>> rows = t.rows().stream().map(r -> {
      if (!t.cell(r, "old_la_code").equals(la)) {
        return r;
      }
      List<String> copy = new ArrayList<>(r);
      copy.set(t.columns().indexOf("la_name"), name);
      return (List<String>) copy;
    }).toList();
    return new CsvTable(t.name(), t.columns(), rows, t.source(), t.sha256());
  }

  /**
   * No text of any chart runs past its SVG's edges, by the width the charts estimate for it
   * (Svg.textWidth: DejaVu Sans, the widest character of each class). At a right margin of 170 the
   * label "Projection's 95% interval" (bold, about 183 units) ran past 640 at 478 + 183; a long LA
   * name with its value is broken onto two lines and cut short, its whole text kept as a tooltip.
   */
  @Test
  void everyChartTextFitsInsideItsSvg() throws Exception {
    String longName = "Cambridgeshire and the Isle of Ely with Huntingdon, Peterborough and the Soke";
    Map<String, CsvTable> drafts = new HashMap<>();
    drafts().forEach((name, t) -> drafts.put(name, renamed(t, "873", longName)));
    Report report = report(Map.of("attainment", renamed(attainment(), "873", longName)), drafts);
    int texts = 0;
    for (String la : report.localAuthorities()) {
      Document page = xml(report.localAuthority(la));
      NodeList charts = nodes(page, "//svg");
      for (int i = 0; i < charts.getLength(); i++) {
        Element svg = (Element) charts.item(i);
        double width = Double.parseDouble(svg.getAttribute("width"));
        NodeList all = svg.getElementsByTagName("text");
        for (int j = 0; j < all.getLength(); j++) {
          Element text = (Element) all.item(j);
          String content = ownText(text);
          double size = Double.parseDouble(inherited(text, "font-size", "16"));
          double w = Svg.textWidth(content, size, inherited(text, "font-weight", "normal").equals("bold"));
          double x = Double.parseDouble(text.getAttribute("x"));
          String anchor = text.getAttribute("text-anchor");
          double from = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
          assertThat(from).as("LA %s, %s: '%s' starts at %.1f", la, svg.getAttribute("id"), content, from)
              .isGreaterThanOrEqualTo(0);
          assertThat(from + w).as("LA %s, %s: '%s' ends at %.1f of %.0f", la, svg.getAttribute("id"), content,
              from + w, width).isLessThanOrEqualTo(width);
          texts++;
        }
      }
    }
    assertThat(texts).isGreaterThan(100);
    // The estimate the widths above rest on, pinned by hand: "Projection's 95% interval" in bold at 12 is
    // 7 narrow (j i ' space space i l) x 0.38 = 2.66, 4 semi (r t t r) x 0.49 = 1.96, 13 medium
    // (P o e c o n s 9 5 n e v a) x 0.73 = 9.49 and % x 1.1: 15.21 em x 12 = 182.52.
    assertThat(Svg.textWidth("Projection's 95% interval", 12, true)).isCloseTo(182.52, within(1e-9));
    Document cambridgeshire = xml(report.localAuthority("873"));
    assertThat(texts(cambridgeshire, "(//figure)[1]/svg//text")).contains("95% interval 55.0 to 67.5");
    // The long name beside its last value: two lines, the second cut short, the whole as the tooltip.
    assertThat(texts(cambridgeshire, "(//figure)[1]/svg//text/title")).containsExactly(longName + " 60.0");
    assertThat(texts(cambridgeshire, "//section[@id='neighbours']//svg//text/title"))
        .contains(longName + " (this LA)");
  }

  private static String ownText(Element element) {
    StringBuilder s = new StringBuilder();
    for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        s.append(n.getNodeValue());
      }
    }
    return s.toString();
  }

  private static String inherited(Element element, String attribute, String otherwise) {
    for (org.w3c.dom.Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (e.hasAttribute(attribute)) {
        return e.getAttribute(attribute);
      }
      if (e.getTagName().equals("svg")) {
        break;
      }
    }
    return otherwise;
  }

  @Test
  void theSyntheticBannerIsOnEveryPageExactlyWhenTheInputIsSynthetic() throws Exception {
    ReportInput real = new ReportInput(Map.of("attainment", attainment()), drafts(),
        SettingsFile.defaults(), "run-1", "drafts", "eyfsp test");
    ReportInput synthetic = new ReportInput(real.published(), real.drafts(), real.settings(), "run-1", "drafts",
        "eyfsp test", true);
    for (ReportInput input : List.of(real, synthetic)) {
      Report report = new Report(input);
      List<String> pages = new ArrayList<>(List.of(report.index()));
      report.localAuthorities().forEach(la -> pages.add(report.localAuthority(la)));
      for (String page : pages) {
        assertThat(nodes(xml(page), "//*[@class='synthetic']").getLength()).isEqualTo(input.synthetic() ? 1 : 0);
      }
    }
  }

  @Test
  void codesAndKeysAreWrittenInWords() throws Exception {
    Document page = xml(spineOnly().localAuthority("873"));
    String shown = page.getDocumentElement().getTextContent();
    // The drafts' rule codes, settings keys and the neighbour method's weights stay off the page.
    assertThat(shown).doesNotContain("PROJECTION").doesNotContain("gld_percent weight").doesNotContain("YEARLY_CAP");
    // "the 10 nearest" when 7 were found: the count found, and the context in the measures' labels.
    Page cambridgeshire = new Page(new ReportInput(Map.of("attainment", attainment()), drafts(),
        SettingsFile.defaults(), "run-1", "drafts", "eyfsp test"), new RowIndex(), "873");
    assertThat(cambridgeshire.neighbourMethod("the 10 nearest by fsm_percent weight 1, children_number (log) weight "
        + "0.5; not available: eal_percent", 7)).isEqualTo("the 7 LAs most like it in context (by Children known to "
        + "be eligible for FSM, Children assessed)");
    assertThat(Page.rule("PROJECTION_BEYOND_CAP")).isEqualTo("the projection, beyond the yearly limit");
    assertThat(Page.reason("BAD_UPN")).isEqualTo("Bad UPN");
    assertThat(GroupSections.group("Statement or EHC plan", "201011")).isEqualTo("Statement");
    assertThat(GroupSections.group("Statement or EHC plan", "201516")).isEqualTo("Statement or EHC plan");
    assertThat(LaPage.cssString("O'Neill \"&\" <Sons>")).isEqualTo("\"O'Neill \\22 \\26 \\22  \\3c Sons\\3e \"");
  }

  @Test
  void pagesHaveNoScriptAndFetchNothing() {
    Report report = spineOnly();
    List<String> pages = new ArrayList<>(List.of(report.index()));
    report.localAuthorities().forEach(la -> pages.add(report.localAuthority(la)));
    for (String page : pages) {
      assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
          .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(http")
          .doesNotContain("src=").contains("@page { size: A4");
      assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://")
          .doesNotContain("https://");
    }
  }

  @Test
  void theSameTablesDrawTheSameBytes() {
    assertThat(spineOnly().localAuthority("873")).isEqualTo(spineOnly().localAuthority("873"));
    assertThat(spineOnly().index()).isEqualTo(spineOnly().index());
  }
}
