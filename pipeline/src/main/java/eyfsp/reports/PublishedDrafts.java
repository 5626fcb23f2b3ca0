package eyfsp.reports;

import eyfsp.domain.HistorySettings;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.measures.Geography;
import eyfsp.targets.Quantiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drafts a run publishes (published/trajectories.csv, targets.csv, neighbours.csv), under the
 * rules the LA pages apply ({@link DraftRules}): a projection, fitted line, draft or milestone is
 * shown only where every published result it stands on is shown, a benchmark only where every
 * result it is drawn from is, and a draft that stepped towards a withheld benchmark is withheld
 * with it (DfE's c). Observed results are the published cells themselves; ranks are worked out
 * again from the published values; nothing computed from a suppressed value (a distance in context,
 * a quartile band over every LA's unrounded result) is published. Figures are rounded half up as
 * the pages show them.
 */
public final class PublishedDrafts {

  /** One published draft table: its cells under its columns. */
  public record Table(String name, List<String> columns, List<List<String>> cells) {

    /**
     * Its Explore Education Statistics metadata (publish.Metadata's rules): the filters of two
     * values or more, then the indicators, words ({@code rule}, {@code reasoning}, {@code note}) and
     * counts of years to 0 decimal places.
     */
    public List<List<String>> metadata() {
      List<eyfsp.publish.Metadata.Column> indicators = new ArrayList<>();
      for (String column : columns) {
        if (!Geography.COLUMNS.contains(column) && !FILTERS.contains(column)) {
          int dp = TEXT.contains(column) || column.contains("rank") ? 0 : column.equals("trend_slope") ? 2 : 1;
          indicators.add(new eyfsp.publish.Metadata.Column(column, eyfsp.publish.Metadata.label(column), "", dp));
        }
      }
      return eyfsp.publish.Metadata.rows(columns, columns.stream().filter(FILTERS::contains).toList(), indicators,
          cells);
    }
  }

  /** The columns that say which row it is; the rest are its figures and words. */
  private static final java.util.Set<String> FILTERS = java.util.Set.of("framework", "measure", "series",
      "neighbours_from", "neighbour_rank", "neighbour_old_la_code", "neighbour_new_la_code", "neighbour_la_name",
      "baseline_time_period");
  private static final java.util.Set<String> TEXT = java.util.Set.of("note", "benchmark_used", "rule", "reasoning",
      "trend_years");

  public static final List<String> TRAJECTORY_COLUMNS = columns("framework", "measure", "series", "value",
      "prediction_lower", "prediction_upper", "trend_slope", "trend_years", "note");
  public static final List<String> TARGET_COLUMNS = columns("framework", "measure", "baseline_time_period",
      "baseline_value", "trend_slope", "trend_years", "projection_value", "projection_lower", "projection_upper",
      "benchmark_used", "benchmark_value", "draft_value", "rule", "reasoning", "proposed_value", "agreed_value");
  public static final List<String> NEIGHBOUR_COLUMNS = columns("framework", "neighbours_from", "measure",
      "la_value", "rank_among_neighbours", "ranked_number", "neighbour_rank", "neighbour_old_la_code",
      "neighbour_new_la_code", "neighbour_la_name", "neighbour_value");

  static final String SUPPRESSED = "c";
  static final String NOT_APPLICABLE = "z";

  private final ReportInput input;
  private final RowIndex index = new RowIndex();
  private final ShownResults shown;
  private final Map<String, DraftRules> rules = new HashMap<>();

  public PublishedDrafts(ReportInput input) {
    this.input = input;
    this.shown = new ShownResults(input.published(), input.settings(), index);
  }

  /** The published drafts, of those the input has. */
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    if (input.drafts().containsKey("trajectories")) {
      tables.add(trajectories(input.drafts().get("trajectories")));
    }
    if (input.drafts().containsKey("targets")) {
      tables.add(targets(input.drafts().get("targets")));
    }
    if (input.drafts().containsKey("neighbours")) {
      tables.add(neighbours(input.drafts().get("neighbours")));
    }
    return tables.stream().map(PublishedDrafts::noBlankFigures).toList();
  }

  /**
   * No blank cell but the geography's (EES refuses a blank filter or indicator): a figure or word
   * with nothing to show (no interval for an observed value, no note) is z, not applicable; a
   * neighbour's code it does not have (an LA with no ONS code) is x, not available.
   */
  private static Table noBlankFigures(Table table) {
    List<List<String>> cells = new ArrayList<>();
    for (List<String> row : table.cells()) {
      List<String> shown = new ArrayList<>(row);
      for (int c = 0; c < shown.size(); c++) {
        String column = table.columns().get(c);
        if (shown.get(c).isEmpty() && !Geography.COLUMNS.contains(column)) {
          shown.set(c, FILTERS.contains(column) ? "x" : NOT_APPLICABLE);
        }
      }
      cells.add(shown);
    }
    return new Table(table.name(), table.columns(), cells);
  }

  private Table trajectories(CsvTable t) {
    // Each series' baseline: its latest observed year, which its projection stands on.
    Map<String, String> baselines = new HashMap<>();
    for (List<String> r : t.rows()) {
      if (t.cell(r, "series").equals("observed")) {
        baselines.merge(series(t, r), t.cell(r, Geography.TIME_PERIOD), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    for (List<String> r : t.rows()) {
      String la = laOf(t, r);
      if (la == null && !Cells.at(t, r, Cells.NATIONAL)) {
        continue;   // a region's figures are not checked against published cells here
      }
      String measure = t.cell(r, "measure");
      String series = t.cell(r, "series");
      List<String> row = geography(t, r);
      row.addAll(List.of(t.cell(r, "framework"), measure, series));
      if (series.equals("observed")) {
        String cell = shown.cell(la, t.cell(r, Geography.TIME_PERIOD), measure);
        row.addAll(List.of(cell.isEmpty() ? "x" : cell, "", "", "", "", ""));
      } else {
        String why = rules(la).projectionNotShown(measure, t.cell(r, "framework"), baselines.getOrDefault(series(t, r),
            ""));
        if (why == null && series.equals("milestone") && la != null) {
          why = rules(la).target(measure).map(target -> rules(la).draftNotShown(input.drafts().get("targets"), target))
              .orElse(null);
        }
        boolean shown = why == null;
        row.addAll(List.of(shown ? Cells.rounded(t.cell(r, "value")) : SUPPRESSED,
            shown ? Cells.rounded(t.cell(r, "prediction_lower")) : SUPPRESSED,
            shown ? Cells.rounded(t.cell(r, "prediction_upper")) : SUPPRESSED,
            shown ? slope(t.cell(r, "trend_slope")) : SUPPRESSED, t.cell(r, "trend_years"),
            shown ? t.cell(r, "note") : "not shown: " + why));
      }
      cells.add(row);
    }
    return new Table("trajectories", TRAJECTORY_COLUMNS, cells);
  }

  private Table targets(CsvTable t) {
    List<List<String>> cells = new ArrayList<>();
    for (List<String> r : t.rows()) {
      String la = laOf(t, r);
      if (la == null) {
        continue;
      }
      DraftRules rule = rules(la);
      if (rule.notOfThisOutput(t, r) != null) {
        continue;
      }
      List<String> row = geography(t, r);
      String measure = t.cell(r, "measure");
      row.addAll(List.of(t.cell(r, "framework"), measure, t.cell(r, "baseline_time_period")));
      boolean drafted = !t.cell(r, "draft_value").isEmpty();
      String hidden = drafted ? rule.hidden(t, r) : null;
      if (!drafted || hidden != null) {
        String mark = drafted ? SUPPRESSED : NOT_APPLICABLE;
        for (int i = 0; i < 8; i++) {
          row.add(i == 6 ? t.cell(r, "benchmark_used") : mark);
        }
        row.add(drafted ? mark : "");
        row.add(drafted ? SUPPRESSED : t.cell(r, "rule"));
        row.add(drafted ? "Not shown: " + hidden + ", which it would let be worked back." : t.cell(r, "reasoning"));
        row.addAll(List.of(Cells.rounded(t.cell(r, "proposed_value")), Cells.rounded(t.cell(r, "agreed_value"))));
        cells.add(row);
        continue;
      }
      String withheld = rule.benchmarkWithheld(t, r);
      boolean draftShown = !DraftRules.stepTowardsWithheld(t, r, withheld);
      String used = t.cell(r, "benchmark_used");
      row.addAll(List.of(Cells.rounded(t.cell(r, "baseline_value")), slope(t.cell(r, "trend_slope")),
          t.cell(r, "trend_years"), Cells.rounded(t.cell(r, "projection_value")),
          Cells.rounded(t.cell(r, "projection_lower")), Cells.rounded(t.cell(r, "projection_upper")), used,
          used.isEmpty() ? "" : withheld != null ? SUPPRESSED
              : Cells.rounded(t.cell(r, DraftRules.benchmarkColumn(used))),
          draftShown ? Cells.rounded(t.cell(r, "draft_value")) : SUPPRESSED, t.cell(r, "rule"),
          Reasoning.of(t, r, better(measure), rule.benchmarkText(t, r), draftShown),
          Cells.rounded(t.cell(r, "proposed_value")), Cells.rounded(t.cell(r, "agreed_value"))));
      cells.add(row);
    }
    return new Table("targets", TARGET_COLUMNS, cells);
  }

  private Table neighbours(CsvTable t) {
    List<List<String>> cells = new ArrayList<>();
    for (String la : laCodes(t)) {
      List<List<String>> rows = index.of(t, la);
      // The published values of each measure and year the rows rank the LA among.
      Map<String, List<Double>> groups = new HashMap<>();
      Map<String, Boolean> whole = new HashMap<>();
      for (List<String> r : rows) {
        String key = t.cell(r, "measure") + "/" + t.cell(r, Geography.TIME_PERIOD);
        String period = t.cell(r, Geography.TIME_PERIOD);
        String measure = t.cell(r, "measure");
        if (!groups.containsKey(key)) {
          Double own = Cells.number(shown.cell(la, period, measure));
          groups.put(key, new ArrayList<>());
          whole.put(key, own != null);
          if (own != null) {
            groups.get(key).add(own);
          }
        }
        if (!t.cell(r, "neighbour_old_la_code").isEmpty()) {
          Double v = Cells.number(shown.cell(t.cell(r, "neighbour_old_la_code"), period, measure));
          if (v == null) {
            whole.put(key, false);
          } else {
            groups.get(key).add(v);
          }
        }
      }
      for (List<String> r : rows) {
        if (shown.notOfThisOutput(la, t.cell(r, "framework"), t.cell(r, Geography.TIME_PERIOD)) != null) {
          continue;
        }
        String period = t.cell(r, Geography.TIME_PERIOD);
        String measure = t.cell(r, "measure");
        String key = measure + "/" + period;
        String own = shown.cell(la, period, measure);
        List<String> row = geography(t, r);
        row.addAll(List.of(t.cell(r, "framework"), t.cell(r, "neighbours_from"), measure, own.isEmpty() ? "x" : own));
        if (whole.get(key) && Cells.number(own) != null) {
          row.add(Integer.toString(Quantiles.rank(Cells.number(own), groups.get(key), better(measure))));
          row.add(Integer.toString(groups.get(key).size()));
        } else {
          row.addAll(List.of(SUPPRESSED, SUPPRESSED));
        }
        String neighbour = t.cell(r, "neighbour_old_la_code");
        String value = neighbour.isEmpty() ? "" : shown.cell(neighbour, period, measure);
        row.addAll(List.of(t.cell(r, "neighbour_rank"), neighbour, t.cell(r, "neighbour_new_la_code"),
            t.cell(r, "neighbour_la_name"), neighbour.isEmpty() ? "" : value.isEmpty() ? "x" : value));
        cells.add(row);
      }
    }
    return new Table("neighbours", NEIGHBOUR_COLUMNS, cells);
  }

  private DraftRules rules(String la) {
    return rules.computeIfAbsent(la == null ? "" : la, k -> new DraftRules(input, index, shown, la));
  }

  private Better better(String measure) {
    HistorySettings.MeasureDefinition definition = input.settings().history().measures().get(measure);
    return definition == null ? Better.HIGHER : definition.better();
  }

  private List<String> laCodes(CsvTable t) {
    return t.rows().stream().filter(r -> Cells.at(t, r, Cells.LOCAL_AUTHORITY)).map(r -> t.cell(r, "old_la_code"))
        .distinct().toList();
  }

  /** An LA row's LA number; null for any other level. */
  private static String laOf(CsvTable t, List<String> r) {
    return Cells.at(t, r, Cells.LOCAL_AUTHORITY) ? t.cell(r, "old_la_code") : null;
  }

  private static String series(CsvTable t, List<String> r) {
    return t.cell(r, "geographic_level") + "/" + t.cell(r, "region_code") + "/" + t.cell(r, "old_la_code") + "/"
        + t.cell(r, "framework") + "/" + t.cell(r, "measure");
  }

  private static List<String> geography(CsvTable t, List<String> r) {
    List<String> cells = new ArrayList<>();
    Geography.COLUMNS.forEach(c -> cells.add(t.cell(r, c)));
    return cells;
  }

  /** A trend's slope a year, to 2 decimal places (a tenth of a point a year is too coarse to read a trend by). */
  static String slope(String value) {
    Double v = Cells.number(value);
    return v == null ? "" : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static List<String> columns(String... own) {
    List<String> columns = new ArrayList<>(Geography.COLUMNS);
    columns.addAll(List.of(own));
    return List.copyOf(columns);
  }
}
