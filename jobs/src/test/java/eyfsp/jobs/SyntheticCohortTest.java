package eyfsp.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic generator: its input passes every check but the rows planted on purpose, and its
 * national figures land in bands around the published ones of each framework (domain page §3; DfE's
 * 2018/19 and 2022/23 headline figures for the goals).
 */
class SyntheticCohortTest {

  @TempDir
  Path dir;

  @Test
  void passesTheChecksButThePlantedRowsAndLooksLikeTheNation() throws Exception {
    Path input = dir.resolve("input");
    new SyntheticInput(new SyntheticInput.Spec(7, 2009, 2, 60_000, 1500, true, false),
        Universe.national(7, 40, 60_000, 1500)).write(input);
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString());
    assertThat(run.status()).as(run.err()).isZero();

    // Planted each year: see eyfsp.synthetic.BadRows (one row is both BAD_UPN and BAD_SCALE; BAD_YEAR a year
    // that is none and a year of elg17's; BAD_ESTAB 12a4, a 5-digit estab and a URN above 799999).
    JsonNode rejected = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).get("rejected_by_reason");
    assertThat(new ObjectMapper().convertValue(rejected.get("eyfsp"), Map.class)).isEqualTo(Map.of(
        "MALFORMED_ROW", 4, "MISSING_FIELD", 2, "BAD_YEAR", 4, "BAD_DATE", 4, "BAD_ESTAB", 6, "BAD_UPN", 4,
        "UNKNOWN_LA", 2, "BAD_SCALE", 8, "DUPLICATE", 2, "DUPLICATE_CONFLICT", 4));
    assertThat(new ObjectMapper().convertValue(rejected.get("census"), Map.class)).isEqualTo(Map.of(
        "BAD_FSM", 2, "BAD_SEN", 2, "BAD_ETHNICITY", 2, "BAD_LSOA", 2, "BAD_UPN", 2, "MISSING_FIELD", 2,
        "BAD_YEAR", 2, "MALFORMED_ROW", 2, "DUPLICATE", 2, "DUPLICATE_CONFLICT", 4));
    assertThat(new ObjectMapper().convertValue(rejected.get("idaci"), Map.class))
        .isEqualTo(Map.of("BAD_RANK", 1, "BAD_DECILE", 1, "DUPLICATE", 1));

    // National rows of attainment.csv: GLD about 51% in 2008/09 and rising; the gap about 35%.
    List<String[]> national = new ArrayList<>();
    List<Double> laGld2009 = new ArrayList<>();
    List<String> lines = Files.readAllLines(output.resolve("internal/csv/attainment.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[2].equals("National")) {
        national.add(cells);
      } else if (cells[2].equals("Local authority") && cells[0].equals("200809")) {
        laGld2009.add(Double.parseDouble(cells[header.indexOf("gld_percent")]));
      }
    }
    double gld2009 = Double.parseDouble(national.get(0)[header.indexOf("gld_percent")]);
    double gld2010 = Double.parseDouble(national.get(1)[header.indexOf("gld_percent")]);
    double gap2009 = Double.parseDouble(national.get(0)[header.indexOf("inequality_gap_percent")]);
    assertThat(gld2009).as("GLD 2008/09 (published: 52%)").isBetween(47.0, 56.0);
    assertThat(gld2010 - gld2009).as("a year's rise (published: +4 points)").isBetween(1.5, 6.0);
    assertThat(gap2009).as("inequality gap 2008/09 (published: 34%)").isBetween(31.0, 39.0);
    Collections.sort(laGld2009);
    assertThat(laGld2009.get(laGld2009.size() / 10)).as("LAs' 10th percentile (published range 35-60%)")
        .isBetween(33.0, 50.0);
    assertThat(laGld2009.get(laGld2009.size() * 9 / 10)).as("LAs' 90th percentile").isBetween(52.0, 67.0);

    SparkSession spark = TestSpark.session();
    Dataset<Row> children = spark.read().parquet(output.resolve("internal/parquet/children").toString())
        .filter(col("academic_year").equalTo(2009).and(col("assessed")));
    Map<String, Double> gld = gldBy(children, "sex");
    assertThat(gld.get("F") - gld.get("M")).as("girls ahead of boys (2008: 58% v 41%)").isBetween(12.0, 23.0);
    Map<String, Double> fsm = gldBy(children, "fsm");
    assertThat(fsm.get("Not FSM eligible") - fsm.get("FSM eligible")).as("the FSM gap (2008: 21 points)")
        .isBetween(15.0, 27.0);
    Map<String, Double> term = gldBy(children, "term_of_birth");
    assertThat(term.get("Autumn") - term.get("Summer")).as("summer-born behind").isGreaterThan(8.0);
    double fsmShare = children.agg(avg(when(col("fsm").equalTo("FSM eligible"), 100.0).otherwise(0.0)))
        .first().getDouble(0);
    assertThat(fsmShare).as("FSM share (about 15%)").isBetween(12.0, 19.0);
  }

  /**
   * A summer of each goal framework, national-ish (40 LAs, about 61,000 children a year), PVI settings
   * and planted rows included, against DfE's published figures: elg17 in 2018/19 (GLD 71.8%, average
   * point score 34.6, all goals at least expected 70.7%, 14.6 goals on average, girls 78.4% and boys
   * 65.5%, FSM 56.5%) and elg21 in 2022/23 (GLD 67.2%, all goals 65.6%, 14.1 goals on average,
   * communication, language and literacy 68.8%). The bands allow for 40 LAs drawn at random.
   */
  @Test
  void goalYearsLookLikeDfEsFiguresAndPviSettingsCount() throws Exception {
    Path input = dir.resolve("goals");
    new SyntheticInput(new SyntheticInput.Spec(7, List.of(2019, 2023), 60_000, 1500, true, false, true),
        Universe.national(7, 40, 60_000, 1500)).write(input);
    Path output = dir.resolve("goals-out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString());
    assertThat(run.status()).as(run.err()).isZero();

    // Planted each year as in fsp13's, and on goals a 0 too (BAD_SCALE); the PVI settings' URNs are accepted,
    // so BAD_ESTAB holds only the three planted a year.
    JsonNode rejected = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).get("rejected_by_reason");
    assertThat(new ObjectMapper().convertValue(rejected.get("eyfsp"), Map.class)).isEqualTo(Map.of(
        "MALFORMED_ROW", 4, "MISSING_FIELD", 2, "BAD_YEAR", 4, "BAD_DATE", 4, "BAD_ESTAB", 6, "BAD_UPN", 4,
        "UNKNOWN_LA", 2, "BAD_SCALE", 10, "DUPLICATE", 2, "DUPLICATE_CONFLICT", 4));

    Map<String, Map<String, String>> national = new java.util.HashMap<>();
    try (var in = Files.newBufferedReader(output.resolve("internal/csv/attainment.csv"))) {
      for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in)) {
        if (r.get("geographic_level").equals("National")) {
          national.put(r.get("time_period"), r.toMap());
        }
      }
    }
    Map<String, String> elg17 = national.get("201819");
    assertThat(elg17.get("framework")).isEqualTo("elg17");
    assertThat(number(elg17, "gld_percent")).as("GLD 2018/19 (published 71.8%)").isBetween(69.8, 73.8);
    assertThat(number(elg17, "average_point_score")).as("average point score (published 34.6)").isBetween(34.1, 35.1);
    assertThat(number(elg17, "all_goals_expected_percent")).as("all goals at least expected (published 70.7%)")
        .isBetween(68.7, 72.7);
    assertThat(number(elg17, "average_goals_expected")).as("goals at least expected (published 14.6)")
        .isBetween(14.3, 14.9);
    assertThat(number(elg17, "median_point_score")).as("median (34, as the published gap implies)").isEqualTo(34.0);
    Map<String, String> elg21 = national.get("202223");
    assertThat(elg21.get("framework")).isEqualTo("elg21");
    assertThat(number(elg21, "gld_percent")).as("GLD 2022/23 (published 67.2%)").isBetween(65.2, 69.2);
    assertThat(number(elg21, "all_goals_expected_percent")).as("all goals at expected (published 65.6%)")
        .isBetween(63.6, 67.6);
    assertThat(number(elg21, "average_goals_expected")).as("goals at expected (published 14.1)").isBetween(13.8, 14.4);
    assertThat(number(elg21, "com_lit_expected_percent")).as("communication, language and literacy (published 68.8%)")
        .isBetween(66.8, 70.8);
    assertThat(elg21.get("average_point_score")).as("no point score under elg21").isEmpty();

    // The spread of the goals: writing the lowest, a physical goal the highest (health and self-care, gross motor).
    Map<String, Map<String, Double>> secure = new java.util.HashMap<>();
    try (var in = Files.newBufferedReader(output.resolve("internal/csv/scales.csv"))) {
      for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in)) {
        if (r.get("geographic_level").equals("National") && !r.get("scale").startsWith("All ")) {
          secure.computeIfAbsent(r.get("time_period"), k -> new java.util.HashMap<>())
              .put(r.get("scale"), Double.parseDouble(r.get("secure_percent")));
        }
      }
    }
    for (String year : List.of("201819", "202223")) {
      Map<String, Double> goals = secure.get(year);
      assertThat(goals).as(year).hasSize(17);
      assertThat(goals.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey()).as(year)
          .isEqualTo("Writing");
      assertThat(goals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).as(year)
          .isIn("Health and self-care", "Technology", "Gross motor skills");
    }

    SparkSession spark = TestSpark.session();
    Dataset<Row> all = spark.read().parquet(output.resolve("internal/parquet/children").toString());
    long pvi = all.filter(col("setting_type").equalTo("PVI setting")).count();
    assertThat(100.0 * pvi / all.count()).as("children in PVI settings (about 2%)").isBetween(1.5, 2.5);
    assertThat(all.filter(col("setting_type").equalTo("PVI setting").and(col("setting_urn").isNull())).count())
        .as("PVI children without their URN").isZero();
    Dataset<Row> children = all.filter(col("academic_year").equalTo(2019).and(col("assessed")));
    Map<String, Double> gld = gldBy(children, "sex");
    assertThat(gld.get("F") - gld.get("M")).as("girls ahead of boys (2018/19: 78.4% v 65.5%)").isBetween(9.0, 18.0);
    Map<String, Double> fsm = gldBy(children, "fsm");
    assertThat(fsm.get("FSM eligible")).as("FSM children's GLD (2018/19: 56.5%)").isBetween(50.0, 62.0);
    Map<String, Double> term = gldBy(children, "term_of_birth");
    assertThat(term.get("Autumn") - term.get("Summer")).as("summer-born behind").isGreaterThan(8.0);
  }

  private static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static Map<String, Double> gldBy(Dataset<Row> children, String column) {
    Map<String, Double> gld = new java.util.HashMap<>();
    for (Row r : children.groupBy(column).agg(avg(when(col("gld"), 100.0).otherwise(0.0))).collectAsList()) {
      gld.put(r.getString(0), r.getDouble(1));
    }
    return gld;
  }
}
