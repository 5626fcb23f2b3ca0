package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./eyfsp history, trajectories and targets end to end, through files, without Spark: a small
 * published table in DfE's layout (eyfsp.targets.DraftingTest's LAs 101-106, figures worked there).
 */
class DraftingCommandsTest {

  @TempDir
  Path dir;

  private StringWriter out;
  private StringWriter err;

  private static final String GLD_HEADER = "time_identifier,time_period,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,new_la_code,la_name,gender,number_of_children,gld_percent";
  private static final String FSM_HEADER = "time_identifier,time_period,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,new_la_code,la_name,fsm,area_of_learning,number_of_pupils";

  private static String la(int year, String code, String name) {
    return String.format("Academic Year,%d%02d,Local Authority,E92000001,England,E12000001,North East,%s,E0600%s,%s,",
        year - 1, year % 100, code, code, name);
  }

  @BeforeEach
  void writePublishedTables() throws Exception {
    List<String> gld = new ArrayList<>(List.of(GLD_HEADER));
    double[] a = {60, 62, 63, 66, 67};
    for (int year = 2015; year <= 2019; year++) {
      int i = year - 2015;
      gld.add(la(year, "101", "A") + "Total,1000," + a[i]);
      gld.add(la(year, "101", "A") + "Boys,500,1");   // a breakdown: skipped
      gld.add(la(year, "102", "B") + "Total,900,74");
      gld.add(la(year, "103", "C") + "Total,800,75");
      gld.add(la(year, "104", "D") + "Total,700,80");
      if (year <= 2018) {
        gld.add(la(year, "105", "E") + "Total,600," + (50 + i));
      }
      gld.add(String.format("Academic year,%d%02d,National,E92000001,England, , , , , ,Total,600000,%d", year - 1,
          year % 100, 70 + i));
    }
    gld.add(la(2019, "106", "F") + "Total,500,78");
    Files.write(dir.resolve("gld.csv"), gld);
    List<String> fsm = new ArrayList<>(List.of(FSM_HEADER));
    String[][] shares = {{"101", "A", "100"}, {"102", "B", "180"}, {"103", "C", "240"}, {"104", "D", "280"},
        {"106", "F", "75"}};
    for (String[] s : shares) {
      int total = Integer.parseInt(s[0].equals("101") ? "1000" : s[0].equals("102") ? "900" : s[0].equals("103")
          ? "800" : s[0].equals("104") ? "700" : "500");
      fsm.add(la(2019, s[0], s[1]) + "Total,Literacy," + total);
      fsm.add(la(2019, s[0], s[1]) + "FSM,Literacy," + s[2]);
    }
    Files.write(dir.resolve("fsm.csv"), fsm);
  }

  private int eyfsp(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.isEmpty() && List.of("history", "targets", "trajectories").contains(all.get(0))) {
      all.add("--history");
      all.add(dir.resolve("history").toString());
      if (!all.get(0).equals("history")) {
        all.addAll(List.of("--output", dir.resolve("drafts").toString(), "--window", "5"));   // DraftingTest's fits
      }
    }
    return Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
  }

  private int fill() {
    return eyfsp("history", "--add-published", dir.resolve("gld.csv").toString(), "--add-published",
        dir.resolve("fsm.csv").toString());
  }

  private List<String> lines(String file) throws Exception {
    return Files.readAllLines(dir.resolve("drafts").resolve(file));
  }

  private static String cell(String header, String line, String column) {
    List<String> names = List.of(header.split(","));
    return parse(line).get(names.indexOf(column));
  }

  /** CSV fields of one line (quotes allowed, no line breaks in fields). */
  private static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void fillsTheHistoryFromPublishedTables() throws Exception {
    assertThat(fill()).as(err.toString()).isZero();
    // A-D and England 5 years each, E 4, F 1: 30 Total rows, each a GLD% and a cohort; 5 FSM shares.
    assertThat(out.toString()).contains("gld.csv: 60 values", "5 rows of other breakdowns than Total (gender) skipped",
        "fsm.csv: 5 values", "added         65 new", "holds 65 values", "elg17 2014/15 to 2018/19 (65 values)",
        "6 DfE LA numbers");
    assertThat(fill()).isZero();
    assertThat(out.toString()).contains("0 new, 0 replaced (same year, place, measure and kind of source), 65 unchanged");
  }

  @Test
  void draftsTargetsWithTheirReasoningAndNeighbours() throws Exception {
    fill();
    assertThat(eyfsp("targets", "--ambition", "0.25")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("eyfsp targets: drafts for 2020/21 from results to 2018/19 (framework elg17)",
        "5 LAs with a result in 2018/19", "105 E (to 2017/18)",
        "the 10 nearest by fsm_percent weight 1, children_number (log) weight 0.5; not available: eal_percent, "
            + "most_deprived_percent",
        "gld_percent   5 drafted");
    List<String> targets = lines("targets.csv");
    assertThat(targets).hasSize(1 + 5 * 4);
    String a = targets.stream().filter(l -> l.contains(",101,") && l.contains("gld_percent")).findFirst().orElseThrow();
    assertThat(cell(targets.get(0), a, "projection_value")).isEqualTo("70.8");
    assertThat(cell(targets.get(0), a, "baseline_value")).isEqualTo("67");
    assertThat(cell(targets.get(0), a, "additional_children_number")).isEqualTo(
        Long.toString((long) Math.ceil(1000 * (Double.parseDouble(cell(targets.get(0), a, "draft_value")) - 67) / 100 - 1e-9)));
    assertThat(Double.parseDouble(cell(targets.get(0), a, "draft_value"))).isGreaterThanOrEqualTo(70.8);
    assertThat(lines("neighbours.csv")).hasSize(1 + 5 * 4);   // 5 LAs x 4 others x gld_percent
    assertThat(lines("negotiation.csv")).hasSize(1);
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("drafts/targets.manifest.json").toFile());
    assertThat(manifest.path("la_list").asText()).startsWith("5 LAs with a result in 2018/19, by DfE LA number");
    assertThat(manifest.path("overrides").path("targets.ambition.share").asDouble()).isEqualTo(0.25);
    assertThat(manifest.path("neighbours").path("context_not_available").toString())
        .isEqualTo("[\"eal_percent\",\"most_deprived_percent\"]");
    assertThat(manifest.path("targets").path("inequality_gap_percent").path("not_possible").asText())
        .startsWith("No LA has inequality_gap_percent for 2018/19");
    assertThat(manifest.path("outputs").path("targets.csv").asInt()).isEqualTo(20);
    assertThat(manifest.path("outputs").path("targets.parquet").asInt()).isEqualTo(20);
    // The same drafts as Parquet, typed: A's GLD baseline 67 and projection 70.8, as in the CSV.
    List<org.apache.parquet.example.data.Group> parquet = readParquet(dir.resolve("drafts/targets.parquet"));
    assertThat(parquet).hasSize(20);
    org.apache.parquet.example.data.Group gld = parquet.stream().filter(g -> g.getString("old_la_code", 0).equals("101")
        && g.getString("measure", 0).equals("gld_percent")).findFirst().orElseThrow();
    assertThat(gld.getDouble("baseline_value", 0)).isEqualTo(67.0);
    assertThat(gld.getDouble("projection_value", 0)).isEqualTo(70.8);
    assertThat(gld.getInteger("time_period", 0)).isEqualTo(202021);

    // A slice by LA writes the full run's rows of those LAs.
    assertThat(eyfsp("targets", "--ambition", "0.25", "--la", "101")).isZero();
    assertThat(lines("targets.csv").subList(1, 5)).isEqualTo(targets.stream().filter(l -> l.contains(",101,")).toList());
  }

  /** Every row of a Parquet file, read with Parquet's own example reader (no Spark). */
  static List<org.apache.parquet.example.data.Group> readParquet(Path file) throws Exception {
    List<org.apache.parquet.example.data.Group> rows = new ArrayList<>();
    try (var reader = org.apache.parquet.hadoop.ParquetReader.builder(
        new org.apache.parquet.hadoop.example.GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri())).build()) {
      for (org.apache.parquet.example.data.Group g = reader.read(); g != null; g = reader.read()) {
        rows.add(g);
      }
    }
    return rows;
  }

  @Test
  void draftsAsOfAnEarlierBaselineForABackTest() throws Exception {
    fill();
    // As of 2016/17 for 2018/19: A's results up to then are 60, 62, 63 (2015-2017), all in the window:
    // slope 1.5 and 61.6667 + 1.5 x 3 = 66.1667. E (105) still has a result then, F not yet.
    assertThat(eyfsp("targets", "--baseline-year", "2016/17", "--target-year", "2019")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("drafts for 2018/19 from results to 2016/17", "5 LAs with a result in 2016/17");
    List<String> targets = lines("targets.csv");
    String a = targets.stream().filter(l -> l.contains(",101,") && l.contains("gld_percent")).findFirst().orElseThrow();
    assertThat(cell(targets.get(0), a, "baseline_time_period")).isEqualTo("201617");
    assertThat(cell(targets.get(0), a, "projection_value")).isEqualTo("66.166666667");
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("drafts/targets.manifest.json").toFile());
    assertThat(manifest.path("baseline_time_period").asText()).isEqualTo("201617");
  }

  @Test
  void writesTrajectoriesWithProjectionsAndMilestones() throws Exception {
    fill();
    assertThat(eyfsp("trajectories")).as(err.toString()).isZero();
    List<String> rows = lines("trajectories.csv");
    String header = rows.get(0);
    List<String> a2021 = rows.stream().filter(l -> l.startsWith("202021,") && l.contains(",101,")
        && l.contains(",gld_percent,")).toList();
    assertThat(a2021).extracting(l -> cell(header, l, "series")).containsExactly("projection", "milestone");
    assertThat(cell(header, a2021.get(0), "value")).isEqualTo("70.8");
    assertThat(cell(header, a2021.get(0), "trend_slope")).isEqualTo("1.8");
    assertThat(out.toString()).contains("eyfsp trajectories: series from 2014/15 to 2018/19 (framework elg17)");
  }

  @Test
  void keepsTheNegotiationBesideTheDrafts() throws Exception {
    fill();
    assertThat(eyfsp("targets", "--la", "101", "--record-drafts")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("recorded      1 new draft");   // A's GLD (no gap figures here)
    Path record = dir.resolve("drafts/negotiation_record.csv");
    String draft = cell(lines("targets.csv").get(0), lines("targets.csv").get(1), "draft_value");
    // The draft is dated today; the LA proposes a day later and the figure is agreed the day after.
    java.time.LocalDate today = java.time.LocalDate.now();
    Files.writeString(record, Files.readString(record)
        + "101,A,202021,gld_percent,proposed,70.9," + today.plusDays(1) + ",Fewer children in nursery places\n"
        + "101,A,202021,gld_percent,agreed,71.5," + today.plusDays(2) + ",The national side asks for more; the LA accepts\n");
    assertThat(eyfsp("targets", "--la", "101", "--record-drafts")).isZero();
    assertThat(out.toString()).contains("recorded      0 new drafts");
    List<String> targets = lines("targets.csv");
    assertThat(cell(targets.get(0), targets.get(1), "proposed_value")).isEqualTo("70.9");
    assertThat(cell(targets.get(0), targets.get(1), "agreed_value")).isEqualTo("71.5");
    assertThat(cell(targets.get(0), targets.get(1), "agreed_minus_proposed")).isEqualTo("0.6");
    List<String> versions = lines("negotiation.csv");
    assertThat(versions).hasSize(4);
    assertThat(versions.subList(1, 4)).extracting(l -> cell(versions.get(0), l, "stage") + " "
        + cell(versions.get(0), l, "version")).containsExactly("draft 1", "proposed 2", "agreed 3");
    assertThat(cell(versions.get(0), versions.get(1), "value")).isEqualTo(draft);

    // An agreed figure that differs from the proposal without reasons is refused (SI 2007/1415).
    Files.writeString(record, Files.readString(record) + "101,A,202021,gld_percent,agreed,72," + today.plusDays(3) + ",\n");
    assertThat(eyfsp("targets")).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(err.toString()).contains("negotiation_record.csv, line 5: the figure agreed");
  }

  @Test
  void refusesInOneSentence() throws Exception {
    assertThat(eyfsp("targets")).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(err.toString()).contains("holds no values yet: fill it with ./eyfsp history --add-run DIR or "
        + "--add-published FILE.");
    fill();
    assertThat(eyfsp("targets", "--target-year", "2021/22")).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("2021/22 is assessed under elg21 but the latest results before it (2018/19) "
        + "are under elg17: a target never spans a framework change.");
    assertThat(eyfsp("targets", "--la", "999")).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("--la 999 has no result in 2018/19 in the history.");
    assertThat(eyfsp("targets", "--ambition", "2")).isEqualTo(ExitStatus.INVALID_SETTINGS);
    assertThat(eyfsp("targets", "--national-ambition", "gld_percent=80")).isEqualTo(ExitStatus.USAGE);
    // An override naming no target measure would be ignored; an ambition by the baseline year (2018/19 here)
    // would stand as a flat benchmark already passed or missed: both refused, in one sentence.
    assertThat(eyfsp("targets", "--max-yearly-change", "foo=3")).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString().strip()).isEqualTo("eyfsp: --max-yearly-change names foo, which is not a target measure "
        + "(targets.measures: gld_percent, inequality_gap_percent, fsm_gap_percentage_points, "
        + "deprived_area_gap_percentage_points).");
    assertThat(eyfsp("targets", "--national-ambition", "gld_percent=80@2019")).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString().strip()).isEqualTo("eyfsp: --national-ambition gld_percent=80@2019 is for 2018/19, "
        + "which is not after the baseline 2018/19: an ambition is for a later year.");
    assertThat(eyfsp("targets", "--baseline-year", "2012")).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("The history holds no LA results for 2011/12 to draft from: it holds 2014/15 "
        + "to 2018/19.");
    assertThat(eyfsp("history", "--add-published", dir.resolve("nope.csv").toString()))
        .isEqualTo(ExitStatus.INPUT_REFUSED);
  }

  @Test
  void addsARunsOutputFolder() throws Exception {
    Path run = dir.resolve("out/internal/csv");
    Files.createDirectories(run);
    Files.writeString(run.resolve("attainment.csv"), "time_period,time_identifier,geographic_level,country_code,"
        + "country_name,region_code,region_name,old_la_code,new_la_code,la_name,children_number,gld_percent\n"
        + "201011,Academic year,Local authority,E92000001,England,E12000006,East of England,873,E10000003,"
        + "Cambridgeshire,433,44.34180138568129\n");
    assertThat(eyfsp("history", "--add-run", dir.resolve("out").toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("attainment.csv: 2 values; no context.csv in the run; no gaps.csv in the run",
        "fsp13 2010/11 to 2010/11 (2 values)");
  }
}
