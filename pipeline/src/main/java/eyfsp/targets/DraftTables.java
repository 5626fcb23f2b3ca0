package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.TargetPolicy;
import eyfsp.measures.Geography;
import eyfsp.targets.NegotiationRecord.Entry;
import eyfsp.targets.NegotiationRecord.Key;
import eyfsp.targets.NegotiationRecord.Stage;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import eyfsp.trajectories.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tidy tables of a drafting, in the DfE Explore Education Statistics layout (the filter
 * columns of Geography, then the table's own): trajectories, neighbours, targets and the
 * negotiation. Rows follow place, measure and year, so a series reads from top to bottom. An LA
 * slice picks the rows of those LAs from the whole drafting, so its rows equal a full run's.
 */
public final class DraftTables {

  public static final List<String> TRAJECTORY_COLUMNS = columns("framework", "measure", "series", "value",
      "prediction_lower", "prediction_upper", "trend_slope", "trend_years", "source", "note");

  public static final List<String> NEIGHBOUR_COLUMNS = columns("framework", "neighbours_from", "measure", "la_value",
      "rank_among_neighbours", "ranked_number", "national_quartile", "neighbour_rank", "neighbour_old_la_code",
      "neighbour_new_la_code", "neighbour_la_name", "distance", "neighbour_value");

  public static final List<String> TARGET_COLUMNS = columns("framework", "measure", "baseline_time_period",
      "baseline_value", "trend_slope", "trend_years", "projection_value", "projection_lower", "projection_upper",
      "neighbours_from", "neighbour_benchmark", "national_benchmark", "benchmark_used", "ambition_share",
      "max_yearly_change", "draft_value", "rule", "reasoning", "expected_cohort_number", "additional_children_number",
      "median_point_score", "lowest20_average_point_score", "lowest20_average_point_score_needed",
      "lowest20_average_point_score_rise", "proposed_value", "proposed_date", "proposed_reason", "agreed_value",
      "agreed_date", "agreed_reason", "proposed_minus_draft", "agreed_minus_draft", "agreed_minus_proposed");

  public static final List<String> NEGOTIATION_COLUMNS = List.of("time_period", "old_la_code", "la_name", "measure",
      "version", "stage", "value", "date", "reason", "previous_value", "change_from_previous", "current_draft_value",
      "difference_from_current_draft");

  private DraftTables() {}

  /** Observed results, the fitted trend, projections with intervals, and milestones to each target. */
  public static DraftTable trajectories(Drafting.Result result, NegotiationRecord record, Set<String> las) {
    Map<Place.Key, Map<String, DraftTarget>> targets = targetsByPlace(result);
    List<List<Object>> rows = new ArrayList<>();
    for (Trajectory t : result.trajectories()) {
      if (!included(t.place(), las)) {
        continue;
      }
      String trendYears = t.trend() == null ? null : Integer.toString(t.window());
      Double slope = t.trend() == null ? null : Trajectory.tidy(t.trend().slope());
      for (Observation o : t.observed()) {
        String note = o == t.latest() ? String.join("; ", t.notes()) : "";
        rows.add(row(o.place(), o.year(), t.framework(), t.measure(), "observed", o.value(), null, null, null, null,
            o.sourceKind() + ": " + o.source(), note));
      }
      if (t.trend() != null) {
        for (int year = t.trend().firstYear(); year <= t.trend().lastYear(); year++) {
          rows.add(row(t.place(), year, t.framework(), t.measure(), "fitted", Trajectory.tidy(t.trend().at(year)), null,
              null, slope,
              trendYears, "", ""));
        }
      }
      for (Trajectory.Projection p : t.projections()) {
        rows.add(row(t.place(), p.year(), t.framework(), t.measure(), "projection", p.value(), p.lower(), p.upper(),
            slope, trendYears, "", t.trend() == null ? "the latest result held" : ""));
      }
      DraftTarget target = targets.getOrDefault(t.place().key(), Map.of()).get(t.measure());
      if (target != null && target.drafted()) {
        milestones(rows, t, target, record);
      }
    }
    return new DraftTable("trajectories", TRAJECTORY_COLUMNS, rows);
  }

  /**
   * Yearly milestones on the straight path from the latest result to the target: the agreed
   * figure where the negotiation record has one, else the draft.
   */
  private static void milestones(List<List<Object>> rows, Trajectory t, DraftTarget target, NegotiationRecord record) {
    Optional<Entry> agreed = record.latest(key(target), Stage.AGREED);
    double goal = agreed.map(Entry::value).orElse(target.draft());
    String note = agreed.map(a -> "towards the agreed target " + TargetRule.f(a.value()) + " (" + a.date() + ")")
        .orElse("towards the draft target " + TargetRule.f(target.draft()));
    int from = target.baselineYear();
    for (int year = from + 1; year <= target.targetYear(); year++) {
      double value = Trajectory.tidy(
          target.baseline() + (goal - target.baseline()) * (year - from) / (target.targetYear() - from));
      rows.add(row(t.place(), year, t.framework(), t.measure(), "milestone", value, null, null, null, null, "", note));
    }
  }

  /** Each LA's neighbours with their results, its rank among them and its national quartile band. */
  public static DraftTable neighbours(Drafting.Result result, Set<String> las) {
    List<List<Object>> rows = new ArrayList<>();
    Neighbours neighbours = result.neighbours();
    String framework = result.plan().framework().code();
    int year = result.plan().baselineYear();
    for (Comparison c : result.comparisons()) {
      if (!included(c.la(), las)) {
        continue;
      }
      String from = neighbours.without().containsKey(c.la().laCode())
          ? "no neighbours: " + neighbours.without().get(c.la().laCode()) : neighbours.method();
      List<Object> common = new ArrayList<>(c.la().filterCells(year));
      common.addAll(Arrays.asList(framework, from, c.measure(), c.value(), c.rankAmongNeighbours(), c.ranked(),
          c.nationalQuartile()));
      if (c.neighbours().isEmpty()) {
        List<Object> row = new ArrayList<>(common);
        row.addAll(Arrays.asList(null, null, null, null, null, null));
        rows.add(row);
      }
      for (Comparison.NeighbourValue n : c.neighbours()) {
        List<Object> row = new ArrayList<>(common);
        row.addAll(Arrays.asList(n.neighbour().rank(), n.place().laCode(), n.place().onsCode(), n.place().name(),
            n.neighbour().distance(), n.value()));
        rows.add(row);
      }
    }
    return new DraftTable("neighbours", NEIGHBOUR_COLUMNS, rows);
  }

  /** The drafts with their reasoning, and beside them the latest proposal and agreed figure. */
  public static DraftTable targets(Drafting.Result result, TargetPolicy policy, NegotiationRecord record,
      Set<String> las) {
    List<List<Object>> rows = new ArrayList<>();
    for (DraftTarget t : result.targets()) {
      if (!included(t.place(), las)) {
        continue;
      }
      Optional<Entry> proposed = record.latest(key(t), Stage.PROPOSED);
      Optional<Entry> agreed = record.latest(key(t), Stage.AGREED);
      List<Object> row = new ArrayList<>(t.place().filterCells(t.targetYear()));
      String from = result.neighbours().without().containsKey(t.place().laCode())
          ? "no neighbours: " + result.neighbours().without().get(t.place().laCode()) : result.neighbours().method();
      row.addAll(Arrays.asList(t.framework(), t.measure(), AcademicYear.timePeriod(t.baselineYear()), t.baseline(),
          t.trendSlope(), t.trendYears() == 0 ? null : t.trendYears(), t.projection(), t.projectionLower(),
          t.projectionUpper(), from, t.neighbourBenchmark(), t.nationalBenchmark(), t.benchmarkUsed(),
          t.drafted() ? policy.ambition().share() : null, t.drafted() ? policy.maxYearlyChange().get(t.measure()) : null,
          t.draft(), t.rule(), t.reasoning(), t.expectedCohort(), t.additionalChildren(), t.medianPointScore(),
          t.lowest20AveragePointScore(), t.lowest20Needed(), t.lowest20Rise()));
      row.addAll(entryCells(proposed));
      row.addAll(entryCells(agreed));
      row.add(difference(proposed.map(Entry::value).orElse(null), t.draft()));
      row.add(difference(agreed.map(Entry::value).orElse(null), t.draft()));
      row.add(difference(agreed.map(Entry::value).orElse(null), proposed.map(Entry::value).orElse(null)));
      rows.add(row);
    }
    return new DraftTable("targets", TARGET_COLUMNS, rows);
  }

  /** Every version in the negotiation record, with what changed from the one before and from today's draft. */
  public static DraftTable negotiation(Drafting.Result result, NegotiationRecord record, Set<String> las) {
    Map<Key, DraftTarget> drafts = new HashMap<>();
    result.targets().forEach(t -> drafts.put(key(t), t));
    List<List<Object>> rows = new ArrayList<>();
    for (Key key : record.keys()) {
      if (!las.isEmpty() && !las.contains(key.laCode())) {
        continue;
      }
      DraftTarget draft = drafts.get(key);
      Double current = draft == null ? null : draft.draft();
      for (NegotiationRecord.Version v : record.versions(key)) {
        Entry e = v.entry();
        rows.add(Arrays.asList(AcademicYear.timePeriod(key.targetYear()), key.laCode(),
            draft == null ? e.laName() : draft.place().name(), key.measure(), v.number(), e.stage().label(), e.value(),
            e.date().toString(), e.reason(), v.previousValue(), difference(e.value(), v.previousValue()), current,
            difference(e.value(), current)));
      }
    }
    return new DraftTable("negotiation", NEGOTIATION_COLUMNS, rows);
  }

  /** Draft entries for the record: one per drafted target whose draft differs from the last recorded. */
  public static List<Entry> newDrafts(Drafting.Result result, NegotiationRecord record, java.time.LocalDate today,
      Set<String> las) {
    List<Entry> entries = new ArrayList<>();
    for (DraftTarget t : result.targets()) {
      if (!t.drafted() || !included(t.place(), las)) {
        continue;
      }
      Optional<Entry> last = record.latest(key(t), Stage.DRAFT);
      if (last.isEmpty() || last.get().value() != t.draft()) {
        entries.add(new Entry(0, t.place().laCode(), t.place().name(), t.targetYear(), t.measure(), Stage.DRAFT,
            t.draft(), today, t.rule() + ": " + t.reasoning()));
      }
    }
    return entries;
  }

  private static Map<Place.Key, Map<String, DraftTarget>> targetsByPlace(Drafting.Result result) {
    Map<Place.Key, Map<String, DraftTarget>> targets = new HashMap<>();
    result.targets().forEach(t -> targets.computeIfAbsent(t.place().key(), k -> new HashMap<>()).put(t.measure(), t));
    return targets;
  }

  private static Key key(DraftTarget t) {
    return new Key(t.place().laCode(), t.targetYear(), t.measure());
  }

  private static List<Object> entryCells(Optional<Entry> entry) {
    return entry.<List<Object>>map(e -> Arrays.asList(e.value(), e.date().toString(), e.reason()))
        .orElse(Arrays.asList(null, null, null));
  }

  /** a - b in decimal, so that 74 - 73.2 is 0.8 and not 0.7999999999999972. */
  private static Double difference(Double a, Double b) {
    return a == null || b == null ? null
        : java.math.BigDecimal.valueOf(a).subtract(java.math.BigDecimal.valueOf(b)).doubleValue();
  }

  /** With no LAs asked for, every place (England, regions, LAs); else only those LAs. */
  private static boolean included(Place place, Set<String> las) {
    return las.isEmpty() || (place.isLocalAuthority() && las.contains(place.laCode()));
  }

  private static List<Object> row(Place place, int year, String framework, String measure, String series,
      double value, Double lower, Double upper, Double slope, String trendYears, String source, String note) {
    List<Object> row = new ArrayList<>(place.filterCells(year));
    row.addAll(Arrays.asList(framework, measure, series, value, lower, upper, slope, trendYears, source, note));
    return row;
  }

  private static List<String> columns(String... own) {
    List<String> columns = new ArrayList<>(Geography.COLUMNS);
    columns.addAll(List.of(own));
    return List.copyOf(columns);
  }
}
