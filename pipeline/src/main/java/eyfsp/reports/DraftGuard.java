package eyfsp.reports;

import eyfsp.domain.HistorySettings;
import eyfsp.io.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which draft figures may be shown. Drafts are LA-level figures worked out from the unsuppressed
 * history, so none is shown for an LA and year whose published result of that measure is
 * suppressed ({@code c}), and a projection or target is not shown when any year of the framework it
 * is drawn from (up to its baseline) is: it would let the hidden result be worked back.
 */
final class DraftGuard {

  private final List<CsvTable> published;
  private final CsvTable gaps;
  private final HistorySettings history;
  private final RowIndex index;

  DraftGuard(Map<String, CsvTable> tables, HistorySettings history, RowIndex index) {
    this.index = index;
    this.published = new ArrayList<>();
    for (String name : List.of("attainment", "context")) {
      Optional.ofNullable(tables.get(name)).ifPresent(published::add);
    }
    this.gaps = tables.get("gaps");
    this.history = history;
  }

  /** Whether the published result of an LA's measure in a time period is suppressed, or cannot be checked. */
  boolean suppressed(String laCode, String timePeriod, String measure) {
    for (CsvTable table : published) {
      if (table.has(measure)) {
        return Cells.in(table, index.of(table, laCode), timePeriod)
            .map(r -> table.cell(r, measure).equals(Cells.SUPPRESSED)).orElse(false);
      }
    }
    HistorySettings.PipelineGaps pipelineGaps = history.pipelineGaps();
    List<String> names = pipelineGaps == null ? null : pipelineGaps.gaps().get(measure);
    if (names == null || gaps == null) {
      return true;
    }
    // The gap's row: named in the gap column (history.pipeline_gaps) or by its breakdown topic.
    return index.of(gaps, laCode).stream()
        .filter(r -> gaps.cell(r, "time_period").equals(timePeriod))
        .filter(r -> names.contains(gaps.cell(r, pipelineGaps.gapColumn()))
            || names.contains(gaps.cell(r, "breakdown_topic")))
        .anyMatch(r -> gaps.cell(r, pipelineGaps.valueColumn()).equals(Cells.SUPPRESSED));
  }

  /** Whether a projection or target of an LA's measure, from results up to its baseline, may be shown. */
  boolean derivedShown(String laCode, String measure, String baselinePeriod) {
    int baseline = summerYear(baselinePeriod);
    Optional<HistorySettings.FrameworkPeriod> framework = history.frameworkOf(baseline);
    for (String period : periods(laCode)) {
      int year = summerYear(period);
      boolean drawnOn = year <= baseline && framework.map(f -> f.covers(year)).orElse(year == baseline);
      if (drawnOn && suppressed(laCode, period, measure)) {
        return false;
      }
    }
    return !suppressed(laCode, baselinePeriod, measure);
  }

  private List<String> periods(String laCode) {
    List<String> periods = new ArrayList<>();
    for (CsvTable table : published) {
      index.of(table, laCode).forEach(r -> periods.add(table.cell(r, "time_period")));
    }
    return periods.stream().filter(p -> p.matches("\\d{6}")).distinct().toList();
  }

  private static int summerYear(String timePeriod) {
    return eyfsp.domain.AcademicYear.summerYearOf(Integer.parseInt(timePeriod));
  }
}
