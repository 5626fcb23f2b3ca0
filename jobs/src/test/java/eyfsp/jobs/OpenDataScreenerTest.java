package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
        "framework", "breakdown", "measure", "gld_percent");
    List<List<String>> rows = List.of(
        // A year that could not be read; a blank breakdown; a blank indicator.
        List.of("", "Academic year", "National", "E92000001", "England", "", "", "", "", "", "", "fsp13", "", "a",
            ""),
        // A School row without school_urn or school_name.
        List.of("200809", "Academic year", "School", "E92000001", "England", "E12000006", "East of England", "873",
            "E10000003", "Cambridgeshire", "8732001", "fsp13", "Boys", "b", "50.0"),
        // Not two consecutive years; a National row with a school's LAESTAB.
        List.of("200810", "Academic year", "National", "E92000001", "England", "", "", "", "", "", "8732001",
            "fsp13", "Girls", "a", "40.0"));
    List<List<String>> meta = List.of(
        List.of("school_laestab", "Filter", "School laestab", "", "", "", "", "", ""),
        List.of("framework", "Filter", "Framework", "", "", "", "", "", ""),
        List.of("breakdown", "Filter", "Breakdown", "", "", "", "", "", ""),
        // A column the data does not have; measure, with two values, is not described at all.
        List.of("scale", "Filter", "Scale", "", "", "", "", "", "Total"),
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
        .anySatisfy(p -> p.startsWith("ind_invalid_entry: gld_percent"))
        .anySatisfy(p -> p.startsWith("time_period_six: 200810"))
        .anySatisfy(p -> p.startsWith("geog_overcompleted_cols: school_laestab is filled on a National row"))
        .anySatisfy(p -> p.startsWith("cross_meta_to_data: scale"))
        .anySatisfy(p -> p.startsWith("cross_data_to_meta: measure"));
  }

  /**
   * sample-data with the two optional inputs that add published rows and columns: areas.csv (reach
   * areas and wards of LAs 821 and 873, so attainment_by_area is published, with its rows of
   * children outside every area) and schools.csv (GIAS's URN, name and type of most schools of LAs
   * 370, 821 and 873; some with no URN or type, some not listed). PVI settings are sample-data's own.
   */
  private Path sampleDataWithAreasAndSchools() throws Exception {
    Path input = dir.resolve("input");
    Path sampleData = GoldenSampleTest.projectRoot().resolve("sample-data");
    try (Stream<Path> files = Files.walk(sampleData)) {
      for (Path f : files.toList()) {
        Files.copy(f, input.resolve(sampleData.relativize(f).toString()));
      }
    }
    for (String file : List.of("areas.csv", "schools.csv")) {
      try (InputStream in = OpenDataScreenerTest.class.getResourceAsStream("/screener/" + file)) {
        Files.copy(in, input.resolve(file));
      }
    }
    return input;
  }

  @Test
  void everyPublishedTableOfTheSampleRunPassesTheScreener() throws Exception {
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", sampleDataWithAreasAndSchools().toString(),
        "--output", output.toString(), "--drafts", dir.resolve("no-drafts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    Path published = output.resolve("published");
    List<Path> tables;
    try (Stream<Path> files = Files.list(published)) {
      tables = files.filter(f -> f.toString().endsWith(".csv") && !f.toString().endsWith(".meta.csv")).sorted()
          .toList();
    }
    assertThat(tables).as("the tables of published/").extracting(f -> f.getFileName().toString()).contains(
        "attainment.csv", "attainment_by_area.csv", "attainment_by_characteristic.csv", "context.csv", "data_quality.csv", "gaps.csv",
        "inequality_gap_change.csv", "lowest20_profile.csv", "rejects_summary.csv", "scales.csv", "schools.csv",
        "trajectories.csv", "targets.csv", "neighbours.csv");
    List<String> problems = new ArrayList<>();
    for (Path table : tables) {
      Path meta = published.resolve(table.getFileName().toString().replaceFirst("\\.csv$", ".meta.csv"));
      OpenDataScreener.problems(table, meta).forEach(p -> problems.add(table.getFileName() + ": " + p));
    }
    assertThat(problems).as("what the screener would fail or warn on (the data dictionary's warnings aside)")
        .isEmpty();
    // With attainment_by_area published too, nothing suppressed can be worked out from published/ (its
    // rejects_summary counts rows of the planted bad input, small and shown: they are no child's).
    TableInvariants.noSuppressedCellWorkedOut(output);
    String schools = Files.readString(published.resolve("schools.csv"));
    assertThat(schools).as("a school by its GIAS URN and name, a PVI setting by its early years URN")
        .contains(",3702453,100101,School 3702453,Academy converter,School,").containsPattern(
            ",(\\d{6}),\\1,PVI setting \\(URN: \\1\\),Unknown,PVI setting,");
  }
}
