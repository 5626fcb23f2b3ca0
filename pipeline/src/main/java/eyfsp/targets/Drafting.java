package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.HistorySettings.MeasureDefinition;
import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.Settings;
import eyfsp.domain.TargetPolicy;
import eyfsp.measures.GeographicLevel;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import eyfsp.trajectories.Trajectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * From the stored history to trajectories, neighbours and draft targets for one target year:
 * plain Java over a few thousand values, so it takes well under a second. Every LA is computed;
 * a slice by LA picks rows afterwards, so its rows equal the full run's.
 */
public final class Drafting {

  /** NI 92: the inequality gap, whose target is read through the lowest-20% mean it needs. */
  public static final String INEQUALITY_GAP = "inequality_gap_percent";
  static final String COHORT = "children_number";
  static final String MEDIAN = "median_point_score";
  static final String LOWEST20 = "lowest20_average_point_score";

  private Drafting() {}

  /**
   * What is asked.
   *
   * @param targetYear the summer year of the targets, or null for the policy's default
   * @param baselineYear the summer year of the results to draft from, or null for the latest; later
   *     results are not looked at (a back-test drafts as of an earlier summer)
   * @param neighbourList each LA's neighbours from a file, or null to find them by context
   */
  public record Request(Integer targetYear, Integer baselineYear, Map<String, List<String>> neighbourList,
      String neighbourListSource) {

    public Request(Integer targetYear, Map<String, List<String>> neighbourList, String neighbourListSource) {
      this(targetYear, null, neighbourList, neighbourListSource);
    }

    public static Request defaults() {
      return new Request(null, null, null, null);
    }
  }

  /**
   * Everything drafted.
   *
   * @param las the LA list: LAs with a result in the baseline year, by DfE LA number
   * @param withoutBaseline LA series in the framework with no result in the baseline year (retired
   *     numbers such as Dorset 835 before 2019), with their last year: trajectories only, no targets
   * @param sourcesOfBaseline the files the baseline year's values came from
   */
  public record Result(DraftPlan plan, List<Place> las, Map<Place, Integer> withoutBaseline,
      List<Trajectory> trajectories, Neighbours neighbours, List<Comparison> comparisons, List<DraftTarget> targets,
      List<String> sourcesOfBaseline) {

    public String laList() {
      String list = String.format(Locale.ROOT,
          "%d LAs with a result in %s, by DfE LA number; a retired number stays its own series, never merged",
          las.size(), AcademicYear.label(plan.baselineYear()));
      if (withoutBaseline.isEmpty()) {
        return list;
      }
      return list + "; no result in " + AcademicYear.label(plan.baselineYear()) + " (trajectories only): "
          + withoutBaseline.entrySet().stream()
              .map(e -> e.getKey().label() + " (to " + AcademicYear.label(e.getValue()) + ")")
              .collect(Collectors.joining(", "));
    }
  }

  public static Result draft(History history, Settings settings, Request request) {
    DraftPlan plan = DraftPlan.of(history, settings, request.targetYear(), request.baselineYear());
    HistorySettings h = settings.history();
    int baselineYear = plan.baselineYear();
    plan.checkNationalAmbitions(settings.targets());

    // Only values of the target year's framework, up to the baseline: no series spans a change.
    List<Observation> usable = history.preferred(h.sourcePreference()).stream()
        .filter(o -> o.framework().equals(plan.framework().code()) && o.year() <= baselineYear)
        .toList();
    Map<Place.Key, Map<String, List<Observation>>> series = new TreeMap<>();
    for (Observation o : usable) {
      series.computeIfAbsent(o.place().key(), k -> new TreeMap<>())
          .computeIfAbsent(o.measure(), m -> new ArrayList<>()).add(o);
    }
    int projectTo = Math.max(plan.targetYear(), baselineYear + settings.trajectories().projectionYears());
    if (plan.framework().lastAssessmentYear() != null) {
      projectTo = Math.min(projectTo, plan.framework().lastAssessmentYear());
    }

    List<Trajectory> trajectories = new ArrayList<>();
    Map<Place.Key, Map<String, Trajectory>> byPlace = new HashMap<>();
    Map<Place.Key, Place> current = new TreeMap<>();
    Map<Place, Integer> withoutBaseline = new LinkedHashMap<>();
    for (Map.Entry<Place.Key, Map<String, List<Observation>>> place : series.entrySet()) {
      List<Observation> cohorts = place.getValue().getOrDefault(COHORT, List.of());
      for (List<Observation> observed : place.getValue().values()) {
        int last = observed.stream().mapToInt(Observation::year).max().orElseThrow();
        Unit unit = h.measure(observed.get(0).measure()).unit();
        // The place's cohort in the series' latest year: too few children and a trend is noise.
        Double cohort = cohorts.stream().filter(o -> o.year() == last).map(Observation::value).findFirst()
            .orElse(null);
        Trajectory t = last == baselineYear
            ? Trajectory.of(observed, settings.trajectories(), unit, projectTo, cohort)
            : Trajectory.of(observed, settings.trajectories(), unit, last, cohort)
                .withNote("no result in " + AcademicYear.label(baselineYear) + " (a retired or missing LA number): "
                    + "not projected");
        trajectories.add(t);
        byPlace.computeIfAbsent(place.getKey(), k -> new HashMap<>()).put(t.measure(), t);
        if (last == baselineYear) {
          current.put(place.getKey(), t.latest().place());
        }
      }
      if (place.getKey().level() == GeographicLevel.LOCAL_AUTHORITY && !current.containsKey(place.getKey())) {
        Observation latest = place.getValue().values().stream().flatMap(List::stream)
            .max(Comparator.comparingInt(Observation::year)).orElseThrow();
        withoutBaseline.put(latest.place(), latest.year());
      }
    }
    List<Place> las = current.values().stream().filter(Place::isLocalAuthority).toList();
    Map<String, Place> laByCode = new LinkedHashMap<>();
    las.forEach(la -> laByCode.put(la.laCode(), la));

    // The baseline year's values of every LA, by measure.
    Map<String, Map<String, Double>> baseline = new TreeMap<>();
    for (Observation o : usable) {
      if (o.year() == baselineYear && o.place().isLocalAuthority()) {
        baseline.computeIfAbsent(o.place().laCode(), k -> new HashMap<>()).put(o.measure(), o.value());
      }
    }
    List<String> sources = usable.stream().filter(o -> o.year() == baselineYear).map(Observation::source)
        .distinct().sorted().toList();

    Neighbours neighbours;
    if (request.neighbourList() != null) {
      neighbours = Neighbours.fromList(request.neighbourList(), laByCode.keySet(), request.neighbourListSource());
    } else {
      Map<String, Map<String, Double>> context = new TreeMap<>();
      laByCode.keySet().forEach(la -> context.put(la, baseline.getOrDefault(la, Map.of())));
      neighbours = Neighbours.byContext(context, settings.neighbours());
    }

    List<Comparison> comparisons = Comparison.of(h, las, baseline, neighbours, laByCode);
    Map<String, Trajectory> national = byPlace.getOrDefault(Place.national().key(), Map.of());
    List<DraftTarget> targets = new ArrayList<>();
    for (Place la : las) {
      for (String measure : settings.targets().measures()) {
        targets.add(target(settings, plan, la, measure, baseline, byPlace.get(la.key()).get(measure), neighbours,
            national.get(measure), sources));
      }
    }
    return new Result(plan, las, withoutBaseline, trajectories, neighbours, comparisons, targets, sources);
  }

  private static DraftTarget target(Settings settings, DraftPlan plan, Place la, String measure,
      Map<String, Map<String, Double>> baselines, Trajectory trajectory, Neighbours neighbours, Trajectory national,
      List<String> sources) {
    TargetPolicy policy = settings.targets();
    MeasureDefinition definition = settings.history().measure(measure);
    String framework = plan.framework().code();
    String baselineLabel = AcademicYear.label(plan.baselineYear());
    Map<String, Double> values = baselines.get(la.laCode());
    Double baseline = values.get(measure);
    if (baseline == null) {
      boolean anyLa = baselines.values().stream().anyMatch(v -> v.containsKey(measure));
      return DraftTarget.notPossible(la, measure, framework, plan.targetYear(), plan.baselineYear(), anyLa
          ? "No " + measure + " for this LA in " + baselineLabel + " in the history."
          : "No LA has " + measure + " for " + baselineLabel + " in the history, whose values for that year come from "
              + String.join(", ", sources) + ".");
    }
    Trajectory.Projection projection = trajectory.projection(plan.targetYear()).orElseThrow();

    Benchmarks.Chosen benchmarks = Benchmarks.of(policy, definition.better(), plan, la.laCode(), measure, baselines,
        neighbours, national);
    TargetRule.Decision decision = TargetRule.decide(definition.better(), definition.unit(), baseline,
        projection.value(), benchmarks.chosen(), benchmarks.chosenName(), plan.yearsAhead(), policy,
        policy.maxYearlyChange().get(measure));

    StringBuilder reasoning = new StringBuilder();
    reasoning.append(String.format(Locale.ROOT, "Latest %s (%s). ", TargetRule.f(baseline), baselineLabel));
    if (trajectory.trend() == null) {
      reasoning.append("No trend (").append(String.join("; ", trajectory.notes())).append(")");
    } else {
      reasoning.append(String.format(Locale.ROOT, "Trend %s%s a year over %s to %s projects %s for %s (%s%% interval %s to %s)",
          trajectory.trend().slope() >= 0 ? "+" : "", TargetRule.f(trajectory.trend().slope()),
          AcademicYear.label(trajectory.trend().firstYear()), AcademicYear.label(trajectory.trend().lastYear()),
          TargetRule.f(projection.value()), AcademicYear.label(plan.targetYear()),
          TargetRule.f(100 * settings.trajectories().predictionLevel()), TargetRule.f(projection.lower()),
          TargetRule.f(projection.upper())));
    }
    reasoning.append("; ").append(decision.working()).append(": draft ").append(TargetRule.f(decision.value()))
        .append('.');

    Double cohort = values.get(COHORT);
    Long additional = null;
    if (cohort != null && definition.unit() == Unit.PERCENT && definition.better() == Better.HIGHER) {
      // Whole children: at least this many more reach it than at the latest rate, for the latest cohort.
      additional = (long) Math.ceil(cohort * (decision.value() - baseline) / 100 - 1e-9);
    }
    Double median = null;
    Double lowest = null;
    Double needed = null;
    Double rise = null;
    if (measure.equals(INEQUALITY_GAP)) {
      median = values.get(MEDIAN);
      lowest = values.get(LOWEST20);
      if (median != null) {
        // NI 92: gap = 100 (median - lowest mean) / median, so the mean needed is median (1 - gap / 100).
        needed = Trajectory.tidy(median * (1 - decision.value() / 100));
        rise = lowest == null ? null : Trajectory.tidy(needed - lowest);
      }
    }
    return new DraftTarget(la, measure, framework, plan.targetYear(), plan.baselineYear(), baseline,
        trajectory.trend() == null ? null : Trajectory.tidy(trajectory.trend().slope()), trajectory.window(),
        decision.projection(),
        projection.lower(), projection.upper(), benchmarks.neighbours(), benchmarks.national(),
        benchmarks.chosen() == null ? "" : benchmarks.chosenName(), decision.value(), decision.step().name(),
        reasoning.toString(), cohort, additional, median, lowest, needed, rise);
  }
}
