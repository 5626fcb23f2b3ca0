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
 * national figures land in bands around the published ones (domain page §3).
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

    // Planted each year: see eyfsp.synthetic.BadRows (one row is both BAD_UPN and BAD_SCALE).
    JsonNode rejected = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).get("rejected_by_reason");
    assertThat(new ObjectMapper().convertValue(rejected.get("eyfsp"), Map.class)).isEqualTo(Map.of(
        "MALFORMED_ROW", 4, "MISSING_FIELD", 2, "BAD_YEAR", 2, "BAD_DATE", 4, "BAD_ESTAB", 2, "BAD_UPN", 4,
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

  private static Map<String, Double> gldBy(Dataset<Row> children, String column) {
    Map<String, Double> gld = new java.util.HashMap<>();
    for (Row r : children.groupBy(column).agg(avg(when(col("gld"), 100.0).otherwise(0.0))).collectAsList()) {
      gld.put(r.getString(0), r.getDouble(1));
    }
    return gld;
  }
}
