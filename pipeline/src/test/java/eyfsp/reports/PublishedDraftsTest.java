package eyfsp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.SettingsFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drafts a run publishes, on ReportTest's hand-built tables: shown rounded where the page
 * shows them, c where a result they stand on is suppressed, and ranks worked out again from the
 * published cells.
 */
class PublishedDraftsTest {

  private static Map<String, PublishedDrafts.Table> published() {
    ReportInput input = new ReportInput(Map.of("attainment", ReportTest.attainment()), ReportTest.drafts(),
        SettingsFile.defaults(), "run-1", "internal/csv", "eyfsp test");
    Map<String, PublishedDrafts.Table> tables = new java.util.TreeMap<>();
    new PublishedDrafts(input).tables().forEach(t -> tables.put(t.name(), t));
    return tables;
  }

  private static String cell(PublishedDrafts.Table table, List<String> row, String column) {
    return row.get(table.columns().indexOf(column));
  }

  private static List<String> row(PublishedDrafts.Table table, String la, String column, String value) {
    return table.cells().stream().filter(r -> cell(table, r, "old_la_code").equals(la)
        && cell(table, r, column).equals(value)).findFirst().orElseThrow();
  }

  @Test
  void aDraftIsPublishedRoundedWhereItsResultsAreShownAndSuppressedWhereNot() {
    PublishedDrafts.Table targets = published().get("targets");
    // Cambridgeshire: 60.04 -> 60.0, projection 61.2345 -> 61.2 (55 to 67.49 -> 67.5), benchmark 57.5 (its
    // neighbours Barnsley 60.0 and Peterborough 50.0 are both shown), draft 61.3.
    List<String> shown = row(targets, "873", "measure", "gld_percent");
    assertThat(List.of(cell(targets, shown, "baseline_value"), cell(targets, shown, "projection_value"),
        cell(targets, shown, "projection_upper"), cell(targets, shown, "benchmark_value"),
        cell(targets, shown, "draft_value"), cell(targets, shown, "trend_slope")))
        .containsExactly("60.0", "61.2", "67.5", "57.5", "61.3", "0.60");
    assertThat(cell(targets, shown, "reasoning")).as("written again from the figures shown")
        .contains("Latest 60.0 (2010/11)").doesNotContain("60.04");
    // LA 999's 2010/11 GLD is c: everything drawn from it is c, and the reason says why.
    List<String> hidden = row(targets, "999", "measure", "gld_percent");
    assertThat(List.of(cell(targets, hidden, "baseline_value"), cell(targets, hidden, "projection_value"),
        cell(targets, hidden, "draft_value"), cell(targets, hidden, "rule")))
        .containsOnly(PublishedDrafts.SUPPRESSED);
    assertThat(cell(targets, hidden, "reasoning")).startsWith("Not shown: built on a result the published tables "
        + "suppress (2010/11: c)");
  }

  @Test
  void observedResultsAreThePublishedCellsAndAHiddenProjectionIsC() {
    PublishedDrafts.Table trajectories = published().get("trajectories");
    List<String> observed = row(trajectories, "999", "series", "observed");
    assertThat(cell(trajectories, observed, "value")).as("the published cell, not the history's 40.2").isEqualTo("c");
    List<String> projection = row(trajectories, "999", "series", "projection");
    assertThat(List.of(cell(trajectories, projection, "value"), cell(trajectories, projection, "prediction_lower")))
        .containsOnly("c");
    List<String> shown = row(trajectories, "873", "series", "projection");
    assertThat(List.of(cell(trajectories, shown, "value"), cell(trajectories, shown, "prediction_lower"),
        cell(trajectories, shown, "prediction_upper"))).containsExactly("61.2", "55.0", "67.5");
  }

  @Test
  void ranksAmongNeighboursComeFromThePublishedCellsAndNeedThemAll() {
    PublishedDrafts.Table neighbours = published().get("neighbours");
    // GLD 2010/11: Cambridgeshire 60.0, Barnsley 60.0, Peterborough 50.0: it shares first place of 3.
    List<String> gld = row(neighbours, "873", "neighbour_old_la_code", "874");
    assertThat(List.of(cell(neighbours, gld, "la_value"), cell(neighbours, gld, "rank_among_neighbours"),
        cell(neighbours, gld, "ranked_number"), cell(neighbours, gld, "neighbour_value")))
        .containsExactly("60.0", "1", "3", "50.0");
    // The gap: LA 999's is c and Barnsley's z, so no rank is published.
    List<String> gap = row(neighbours, "873", "neighbour_old_la_code", "999");
    assertThat(List.of(cell(neighbours, gap, "la_value"), cell(neighbours, gap, "rank_among_neighbours"),
        cell(neighbours, gap, "neighbour_value"))).containsExactly("29.5", "c", "c");
    assertThat(neighbours.columns()).as("a distance in context is drawn from suppressed values").doesNotContain(
        "distance");
  }

  @Test
  void everyPublishedDraftHasItsMetadata() {
    // Every column but the geography is described, but a filter of one value (EES's metadata leaves it
    // out): here one framework, one way of choosing neighbours, and Barnsley's ONS code beside itself.
    for (PublishedDrafts.Table table : published().values()) {
      List<String> described = table.metadata().stream().map(r -> r.get(0)).toList();
      assertThat(described).as(table.name()).containsExactlyInAnyOrderElementsOf(table.columns().stream()
          .filter(c -> !eyfsp.measures.Geography.COLUMNS.contains(c))
          .filter(c -> table.cells().stream().map(r -> r.get(table.columns().indexOf(c))).distinct().count() > 1
              || described.contains(c) && table.metadata().get(described.indexOf(c)).get(1).equals("Indicator"))
          .toList());
      assertThat(table.metadata()).as(table.name() + ": every indicator's decimal places are set")
          .allMatch(r -> r.get(1).equals("Filter") || !r.get(5).isEmpty());
      assertThat(table.cells()).as(table.name() + ": no blank cell but the geography's").allMatch(r -> r.stream()
          .skip(10).noneMatch(String::isEmpty));
    }
  }
}
