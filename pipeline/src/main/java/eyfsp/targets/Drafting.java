package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.Framework;
import eyfsp.domain.HistorySettings.MeasureDefinition;
import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.InvalidSettingsException;
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
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
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
   * The years drafted for: the target year, the baseline (the latest results before it) and the
   * framework both are assessed under, with notes on how they were chosen.
   */
  public record Plan(int targetYear, int baselineYear, Framework framework, List<String> notes) {
    public int yearsAhead() {
      return targetYear - baselineYear;
    }
  }

  /** An LA's standing on one measure in the baseline year, among its neighbours and nationally. */
  public record Comparison(Place la, String measure, double value, int rankAmongNeighbours, int ranked,
      int nationalQuartile, List<NeighbourValue> neighbours) {}

  public record NeighbourValue(Neighbours.Neighbour neighbour, Place place, Double value) {}

  /**
   * Everything drafted.
   *
   * @param las the LA list: LAs with a result in the baseline year, by DfE LA number
   * @param withoutBaseline LA series in the framework with no result in the baseline year (retired
   *     numbers such as Dorset 835 before 2019), with their last year: trajectories only, no targets
   * @param sourcesOfBaseline the files the baseline year's values came from
   */
  public record Result(Plan plan, List<Place> las, Map<Place, Integer> withoutBaseline, List<Trajectory> trajectories,
      Neighbours neighbours, List<Comparison> comparisons, List<DraftTarget> targets,
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

  /** The target and baseline years for a request, refusing one that no target may take. */
  public static Plan plan(History history, Settings settings, Integer requestedYear) {
    return plan(history, settings, requestedYear, null);
  }

  /**
   * The target and baseline years for a request, refusing one that no target may take.
   *
   * @param requestedBaseline the results to draft from (a year the history holds LA results for), or
   *     null for the latest before the target year
   */
  public static Plan plan(History history, Settings settings, Integer requestedYear, Integer requestedBaseline) {
    HistorySettings h = settings.history();
    TreeSet<Integer> years = history.observations().stream()
        .filter(o -> o.place().isLocalAuthority()).map(Observation::year)
        .collect(Collectors.toCollection(TreeSet::new));
    if (years.isEmpty()) {
      throw new InputRefusedException("The history holds no LA results to draft from.");
    }
    if (requestedBaseline != null) {
      if (!years.contains(requestedBaseline)) {
        throw new TargetYearException("The history holds no LA results for " + AcademicYear.label(requestedBaseline)
            + " to draft from: it holds " + AcademicYear.label(years.first()) + " to "
            + AcademicYear.label(years.last()) + ".");
      }
      if (requestedYear != null && requestedYear <= requestedBaseline) {
        throw new TargetYearException("A target for " + AcademicYear.label(requestedYear) + " cannot be drafted from "
            + "results of " + AcademicYear.label(requestedBaseline) + ": the target year comes after the baseline.");
      }
      // As of the baseline: the years after it are not looked at.
      years = new TreeSet<>(years.headSet(requestedBaseline, true));
    }
    if (requestedYear == null) {
      int baseline = years.last();
      Framework framework = frameworkOf(settings, baseline);
      int target = baseline + settings.targets().yearsAhead();
      if (framework.coversYear(target)) {
        return new Plan(target, baseline, framework, List.of());
      }
      if (framework.lastAssessmentYear() != null && framework.lastAssessmentYear() > baseline) {
        int last = framework.lastAssessmentYear();
        return new Plan(last, baseline, framework, List.of(String.format(
            "%s is assessed under another framework than %s, so targets are drafted for %s, the last year of %s",
            AcademicYear.label(target), framework.code(), AcademicYear.label(last), framework.code())));
      }
      throw new TargetYearException(String.format("The latest results (%s) are the last under %s: a target for a "
          + "later year would span a framework change, which no target may.", AcademicYear.label(baseline),
          framework.code()));
    }
    Framework framework = settings.frameworkOf(requestedYear).orElseThrow(() -> new TargetYearException(
        "No framework in frameworks covers " + AcademicYear.label(requestedYear) + "."));
    Integer baseline = years.lower(requestedYear);
    if (baseline == null) {
      throw new TargetYearException("The history holds no LA results before " + AcademicYear.label(requestedYear)
          + " to draft from.");
    }
    Framework baselineFramework = frameworkOf(settings, baseline);
    if (!baselineFramework.code().equals(framework.code())) {
      throw new TargetYearException(String.format("%s is assessed under %s but the latest results before it (%s) are "
          + "under %s: a target never spans a framework change.", AcademicYear.label(requestedYear), framework.code(),
          AcademicYear.label(baseline), baselineFramework.code()));
    }
    return new Plan(requestedYear, baseline, framework, List.of());
  }

  public static Result draft(History history, Settings settings, Request request) {
    Plan plan = plan(history, settings, request.targetYear(), request.baselineYear());
    HistorySettings h = settings.history();
    int baselineYear = plan.baselineYear();
    checkNationalAmbitions(settings.targets(), plan);

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

    List<Comparison> comparisons = comparisons(h, las, baseline, neighbours, laByCode);
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

  private static DraftTarget target(Settings settings, Plan plan, Place la, String measure,
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

    Double neighbourBenchmark = null;
    List<Double> neighbourValues = neighbours.of(la.laCode()).stream()
        .map(n -> baselines.getOrDefault(n.laCode(), Map.of()).get(measure)).filter(Objects::nonNull).toList();
    double quantile = definition.better() == Better.LOWER
        ? 1 - policy.ambition().neighbourQuantile() : policy.ambition().neighbourQuantile();
    if (!neighbourValues.isEmpty()) {
      neighbourBenchmark = Quantiles.quantile(neighbourValues, quantile);
    }
    String neighbourName = "the neighbours' " + quantileName(quantile);
    TargetPolicy.NationalAmbition ambition = policy.nationalAmbition().get(measure);
    Double nationalBenchmark = nationalBenchmark(ambition, national, plan);
    String nationalName = ambition == null ? "the national projection"
        : "the national path to " + TargetRule.f(ambition.value()) + " by " + AcademicYear.label(ambition.byYear());

    String benchmarkName = "";
    Double benchmark = null;
    switch (policy.ambition().benchmark()) {
      case NEIGHBOURS -> {
        benchmark = neighbourBenchmark;
        benchmarkName = neighbourName;
      }
      case NATIONAL -> {
        benchmark = nationalBenchmark;
        benchmarkName = nationalName;
      }
      case MORE_AMBITIOUS -> {
        boolean nationalWins = nationalBenchmark != null && (neighbourBenchmark == null
            || Quantiles.isBetter(nationalBenchmark, neighbourBenchmark, definition.better()));
        benchmark = nationalWins ? nationalBenchmark : neighbourBenchmark;
        benchmarkName = nationalWins ? nationalName : neighbourName;
      }
    }
    TargetRule.Decision decision = TargetRule.decide(definition.better(), definition.unit(), baseline,
        projection.value(), benchmark, benchmarkName, plan.yearsAhead(), policy, policy.maxYearlyChange().get(measure));

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
        projection.lower(), projection.upper(), neighbourBenchmark, nationalBenchmark,
        benchmark == null ? "" : benchmarkName, decision.value(), decision.step().name(), reasoning.toString(), cohort,
        additional, median, lowest, needed, rise);
  }

  /**
   * A national ambition is an aim ahead of the results drafted from: one by the baseline year or
   * earlier would be taken as a flat benchmark the nation has already passed or missed.
   */
  static void checkNationalAmbitions(TargetPolicy policy, Plan plan) {
    policy.nationalAmbition().forEach((measure, aim) -> {
      if (aim.byYear() <= plan.baselineYear()) {
        throw new InvalidSettingsException(String.format("targets.national_ambition.%s is for %s, which is not after "
            + "the baseline %s: a national ambition is an aim for a later year.", measure,
            AcademicYear.label(aim.byYear()), AcademicYear.label(plan.baselineYear())));
      }
    });
  }

  /**
   * With a national ambition: the straight path from the latest national result to the ambition,
   * at the target year (the ambition itself from its year on). Without: the national projection.
   */
  static Double nationalBenchmark(TargetPolicy.NationalAmbition ambition, Trajectory national, Plan plan) {
    boolean current = national != null && national.latest().year() == plan.baselineYear();
    if (ambition == null) {
      return current ? national.projection(plan.targetYear()).orElseThrow().value() : null;
    }
    if (!current || ambition.byYear() <= plan.targetYear()) {
      return ambition.value();
    }
    double start = national.latest().value();
    return start + (ambition.value() - start) * (plan.targetYear() - plan.baselineYear())
        / (ambition.byYear() - plan.baselineYear());
  }

  private static List<Comparison> comparisons(HistorySettings h, List<Place> las,
      Map<String, Map<String, Double>> baseline, Neighbours neighbours, Map<String, Place> laByCode) {
    List<Comparison> comparisons = new ArrayList<>();
    for (Map.Entry<String, MeasureDefinition> m : h.measures().entrySet()) {
      Better better = m.getValue().better();
      if (better == Better.NEITHER) {
        continue;
      }
      List<Double> all = baseline.values().stream().map(v -> v.get(m.getKey())).filter(Objects::nonNull).toList();
      for (Place la : las) {
        Double value = baseline.get(la.laCode()).get(m.getKey());
        if (value == null) {
          continue;
        }
        List<NeighbourValue> values = new ArrayList<>();
        List<Double> group = new ArrayList<>(List.of(value));
        for (Neighbours.Neighbour n : neighbours.of(la.laCode())) {
          Double v = baseline.getOrDefault(n.laCode(), Map.of()).get(m.getKey());
          values.add(new NeighbourValue(n, laByCode.get(n.laCode()), v));
          if (v != null) {
            group.add(v);
          }
        }
        comparisons.add(new Comparison(la, m.getKey(), value, Quantiles.rank(value, group, better), group.size(),
            Quantiles.quartileBand(value, all, better), values));
      }
    }
    return comparisons;
  }

  private static String quantileName(double q) {
    return q == 0.75 ? "upper quartile" : q == 0.25 ? "lower quartile" : q == 0.5 ? "median"
        : TargetRule.f(q) + " quantile";
  }

  private static Framework frameworkOf(Settings settings, int year) {
    return settings.frameworkOf(year).orElseThrow(() -> new IllegalStateException(
        "the history holds " + AcademicYear.label(year) + ", which no framework covers"));
  }
}
