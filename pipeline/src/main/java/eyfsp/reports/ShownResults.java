package eyfsp.reports;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Framework;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.Settings;
import eyfsp.io.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the output's published results are shown, and so which draft figures standing on them
 * may be shown on a page, and why not (DraftRules applies it to an LA's drafts). Drafts are worked
 * out from the unsuppressed history, so a page shows a draft, projection or trajectory only when it
 * belongs to this output: drafted under the framework of the output's results, from a baseline year
 * the output holds for the LA. And it shows none whose results are hidden: when the published
 * result of the measure in the baseline or any earlier year of the framework is not shown (c, or no
 * figure at all), the draft would let it be worked back. A benchmark is shown only when every
 * result it is drawn from is shown: with ten neighbours the upper quartile is v7 + 0.75 (v8 - v7),
 * so one suppressed neighbour could be worked back from it.
 */
final class ShownResults {

  private final List<CsvTable> published;
  private final CsvTable gaps;
  private final HistorySettings history;
  private final Settings settings;
  private final RowIndex index;

  ShownResults(Map<String, CsvTable> tables, Settings settings, RowIndex index) {
    this.index = index;
    this.published = new ArrayList<>();
    for (String name : List.of("attainment", "context")) {
      Optional.ofNullable(tables.get(name)).ifPresent(published::add);
    }
    this.gaps = tables.get("gaps");
    this.settings = settings;
    this.history = settings.history();
  }

  /**
   * The published cell of a measure for an LA (null: England) in a time period, as published;
   * "" when the output has no such cell (no row for that year, or no table holding the measure).
   */
  String cell(String laCode, String timePeriod, String measure) {
    for (CsvTable table : published) {
      if (table.has(measure)) {
        return Cells.in(table, rows(table, laCode), timePeriod).map(r -> table.cell(r, measure)).orElse("");
      }
    }
    HistorySettings.PipelineGaps pipelineGaps = history.pipelineGaps();
    List<String> names = pipelineGaps == null ? null : pipelineGaps.gaps().get(measure);
    if (names == null || gaps == null) {
      return "";
    }
    // The gap's row: named in the gap column (history.pipeline_gaps) or by its breakdown topic.
    return rows(gaps, laCode).stream()
        .filter(r -> gaps.cell(r, "time_period").equals(timePeriod))
        .filter(r -> names.contains(gaps.cell(r, pipelineGaps.gapColumn()))
            || names.contains(gaps.cell(r, "breakdown_topic")))
        .map(r -> gaps.cell(r, pipelineGaps.valueColumn())).findFirst().orElse("");
  }

  /**
   * Why drafts of a framework from results up to a baseline do not belong to this output's page of
   * an LA, as a clause ("drafted under elg17 ..."); null when they do.
   */
  String notOfThisOutput(String laCode, String framework, String baselinePeriod) {
    List<String> periods = periods(laCode);
    if (periods.isEmpty()) {
      return "this output holds no results for this LA to set it against";
    }
    if (!baselinePeriod.matches("\\d{6}")) {
      return "no baseline year is named";
    }
    String latest = periods.get(periods.size() - 1);
    String ours = frameworkOf(latest);
    String baseline = Cells.year(baselinePeriod);
    if (!framework.equals(ours)) {
      return "drafted under " + (framework.isEmpty() ? "no named framework" : framework) + " from results to "
          + baseline + ", while this output's results (" + Cells.years(periods) + ") are under " + ours;
    }
    if (!periods.contains(baselinePeriod)) {
      return "drafted from results of " + baseline + ", a year this output holds no results of for this LA";
    }
    return null;
  }

  /**
   * Why an LA's draft, projection or trajectory of a measure may not be shown, as a clause; null
   * when it may: it belongs to this output and every published result of the measure it stands on
   * (the baseline and every earlier year of its framework the output holds) is shown.
   */
  String notShown(String laCode, String measure, String framework, String baselinePeriod) {
    String other = notOfThisOutput(laCode, framework, baselinePeriod);
    return other != null ? other : hidden(laCode, measure, framework, baselinePeriod);
  }

  /**
   * Why England's figures of a measure up to a baseline may not be drawn on (a national
   * projection or path as a benchmark), as a clause; null when every one is shown.
   */
  String nationalNotShown(String measure, String framework, String baselinePeriod) {
    if (periods(null).stream().noneMatch(p -> p.equals(baselinePeriod))) {
      return "this output holds no national result for " + Cells.year(baselinePeriod) + " to check it against";
    }
    return hidden(null, measure, framework, baselinePeriod);
  }

  /**
   * Why a neighbour benchmark drawn from these LAs' results in the baseline year is withheld, as a
   * clause; null when every one of them is shown.
   */
  String benchmarkWithheld(List<String> neighbourCodes, String measure, String baselinePeriod) {
    for (String code : neighbourCodes) {
      String cell = cell(code, baselinePeriod, measure);
      if (Cells.number(cell) == null) {
        return cell.isEmpty() ? "a neighbour's result it is drawn from is not in this output's published tables"
            : "a neighbour's result it is drawn from is suppressed in the published tables";
      }
    }
    return null;
  }

  private String hidden(String laCode, String measure, String framework, String baselinePeriod) {
    int baseline = summerYear(baselinePeriod);
    List<String> drawnOn = new ArrayList<>(periods(laCode).stream()
        .filter(p -> summerYear(p) <= baseline && framework.equals(frameworkOf(p))).toList());
    if (!drawnOn.contains(baselinePeriod)) {
      drawnOn.add(baselinePeriod);
    }
    for (String period : drawnOn) {
      String cell = cell(laCode, period, measure);
      if (Cells.number(cell) == null) {
        return "built on a result the published tables " + (cell.equals(Cells.SUPPRESSED) ? "suppress"
            : "do not show") + " (" + Cells.year(period) + ": " + (cell.isEmpty() ? "no figure" : cell) + ")";
      }
    }
    return null;
  }

  /** The time periods the output holds for an LA (null: England), oldest first. */
  private List<String> periods(String laCode) {
    List<String> periods = new ArrayList<>();
    for (CsvTable table : published) {
      rows(table, laCode).forEach(r -> periods.add(table.cell(r, "time_period")));
    }
    return periods.stream().filter(p -> p.matches("\\d{6}")).distinct().sorted().toList();
  }

  private List<List<String>> rows(CsvTable table, String laCode) {
    return laCode == null ? index.national(table) : index.of(table, laCode);
  }

  private String frameworkOf(String timePeriod) {
    return settings.frameworkOf(summerYear(timePeriod)).map(Framework::code).orElse("");
  }

  private static int summerYear(String timePeriod) {
    return AcademicYear.summerYearOf(Integer.parseInt(timePeriod));
  }
}
