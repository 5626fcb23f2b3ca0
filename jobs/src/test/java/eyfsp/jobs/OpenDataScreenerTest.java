package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table ./eyfsp run publishes passes DfE's open-data screener (eesyscreener) as far as its
 * rules need no R ({@link OpenDataScreener}): no failure, and no warning but the data dictionary's.
 * The rules are shown to catch what the screener refuses on a hand-made table first.
 */
class OpenDataScreenerTest {

  @TempDir
  Path dir;

  private static final List<String> META = List.of("col_name", "col_type", "label", "indicator_grouping",
      "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column", "filter_default");

  @Test
  void theRulesCatchWhatTheScreenerRefuses() {
    List<String> columns = List.of("time_period", "time_identifier", "geographic_level", "country_code",
        "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "school_laestab",
        "framework", "breakdown", "gld_percent");
    List<List<String>> rows = List.of(
        // A year that could not be read; a blank breakdown; a blank indicator.
        List.of("", "Academic year", "National", "E92000001", "England", "", "", "", "", "", "", "fsp13", "", ""),
        // A School row without school_urn or school_name.
        List.of("200809", "Academic year", "School", "E92000001", "England", "E12000006", "East of England", "873",
            "E10000003", "Cambridgeshire", "8732001", "fsp13", "Boys", "50.0"));
    List<List<String>> meta = List.of(
        List.of("school_laestab", "Filter", "School laestab", "", "", "", "", "", ""),
        List.of("framework", "Filter", "Framework", "", "", "", "", "", ""),
        List.of("breakdown", "Filter", "Breakdown", "", "", "", "", "", ""),
        List.of("gld_percent", "Indicator", "x".repeat(101), "", "%", "", "", "", ""));
    List<String> problems = OpenDataScreener.screen(columns, rows, META, meta);
    assertThat(problems).as("the screener's failures and warnings, one each").anySatisfy(p -> p.startsWith(
        "time_period_num")).anySatisfy(p -> p.startsWith("meta_ob_unit"))
        .anySatisfy(p -> p.startsWith("filter_not_singular: framework"))
        .anySatisfy(p -> p.startsWith("filter_defaults: breakdown"))
        .anySatisfy(p -> p.startsWith("filter_blanks: breakdown"))
        .anySatisfy(p -> p.equals("geog_level_present: School rows need a column school_urn"))
        .anySatisfy(p -> p.equals("geog_level_present: School rows need a column school_name"))
        .anySatisfy(p -> p.startsWith("api_char_col_label: the label of gld_percent"))
        .anySatisfy(p -> p.startsWith("meta_ind_dp_set"))
        .anySatisfy(p -> p.startsWith("ind_invalid_entry: gld_percent"));
  }

  @Test
  void everyPublishedTableOfTheSampleRunPassesTheScreener() throws Exception {
    Path root = GoldenSampleTest.projectRoot();
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", root.resolve("sample-data").toString(),
        "--output", output.toString(), "--drafts", dir.resolve("no-drafts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    Path published = output.resolve("published");
    List<Path> tables;
    try (Stream<Path> files = Files.list(published)) {
      tables = files.filter(f -> f.toString().endsWith(".csv") && !f.toString().endsWith(".meta.csv")).sorted()
          .toList();
    }
    assertThat(tables).as("the tables of published/").extracting(f -> f.getFileName().toString()).contains(
        "attainment.csv", "attainment_by_characteristic.csv", "context.csv", "data_quality.csv", "gaps.csv",
        "inequality_gap_change.csv", "lowest20_profile.csv", "rejects_summary.csv", "scales.csv", "schools.csv",
        "trajectories.csv", "targets.csv", "neighbours.csv");
    List<String> problems = new ArrayList<>();
    for (Path table : tables) {
      Path meta = published.resolve(table.getFileName().toString().replaceFirst("\\.csv$", ".meta.csv"));
      OpenDataScreener.problems(table, meta).forEach(p -> problems.add(table.getFileName() + ": " + p));
    }
    assertThat(problems).as("what the screener would fail or warn on (the data dictionary's warnings aside)")
        .isEmpty();
  }
}
