package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import eyfsp.store.HistorySources;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import eyfsp.trajectories.Trajectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Draft 2020/21 GLD targets for every LA from DfE's real published LA results 2012/13 to 2018/19
 * (../shared/reference-data, PROVENANCE.md), with neighbours from the FSM table beside them, and
 * check the invariants on all of them.
 */
class ReferenceDataTest {

  static Path referenceData() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("conf/eyfsp.yaml"))) {
      here = here.getParent();
    }
    return here == null ? Path.of("../shared/reference-data") : here.resolve("../shared/reference-data").normalize();
  }

  static final Path GLD = referenceData().resolve("eyfsp_la_aps_gld_elg_2013_2019.csv");
  static final Path FSM = referenceData().resolve("eyfsp_la_fsm_area_of_learning_2013_2019.csv");

  static Settings settings;
  static History history;
  static Drafting.Result result;

  @BeforeAll
  static void draft() {
    assumeTrue(Files.isRegularFile(GLD) && Files.isRegularFile(FSM),
        "../shared/reference-data is absent: the real 2013-2019 LA results cannot be read");
    settings = SettingsFile.defaults();
    List<Observation> values = new ArrayList<>(HistorySources.published(GLD, settings).observations());
    values.addAll(HistorySources.published(FSM, settings).observations());
    history = new History(values);
    result = Drafting.draft(history, settings, new Drafting.Request(2021, null, null));
  }

  private List<DraftTarget> targets(String measure) {
    return result.targets().stream().filter(t -> t.measure().equals(measure)).toList();
  }

  @Test
  void draftsAGldTargetForEveryOneOfThe151Las() {
    assertThat(result.plan()).extracting("targetYear", "baselineYear").containsExactly(2021, 2019);
    assertThat(result.plan().framework().code()).isEqualTo("elg17");
    assertThat(result.las()).hasSize(151);
    List<DraftTarget> gld = targets("gld_percent");
    assertThat(gld).hasSize(151).allSatisfy(t -> {
      String what = t.place().label() + ": " + t.reasoning();
      assertThat(t.drafted()).as(what).isTrue();
      assertThat(t.draft()).as(what).isGreaterThanOrEqualTo(t.projection()).isBetween(0.0, 100.0);
      assertThat(t.additionalChildren()).as(what).isNotNull();
    });
  }

  @Test
  void theGapTargetsAreNotPossibleFromPublishedTablesAndSaySo() {
    for (String gap : List.of("inequality_gap_percent", "fsm_gap_percentage_points", "deprived_area_gap_percentage_points")) {
      assertThat(targets(gap)).hasSize(151).allSatisfy(t -> {
        assertThat(t.rule()).isEqualTo(DraftTarget.NOT_POSSIBLE);
        assertThat(t.reasoning()).isEqualTo("No LA has " + gap + " for 2018/19 in the history, whose values for that "
            + "year come from eyfsp_la_aps_gld_elg_2013_2019.csv, eyfsp_la_fsm_area_of_learning_2013_2019.csv.");
      });
    }
  }

  @Test
  void neighboursComeFromTheFsmShareAndCohortSize() {
    Neighbours n = result.neighbours();
    assertThat(n.used()).containsExactly("fsm_percent", "children_number");
    assertThat(n.unavailable()).containsExactly("eal_percent", "most_deprived_percent");
    assertThat(n.without()).isEmpty();
    assertThat(result.las()).allSatisfy(la -> assertThat(n.of(la.laCode())).hasSize(10));
  }

  @Test
  void retiredLaNumbersStayTheirOwnSeries() {
    // Dorset, Poole and Bournemouth (835, 836, 837) end in 2017/18; Dorset and BCP (838, 839) start in 2018/19.
    assertThat(result.withoutBaseline().keySet()).extracting(Place::laCode).containsExactly("835", "836", "837");
    Map<String, List<Integer>> years = result.trajectories().stream()
        .filter(t -> t.measure().equals("gld_percent") && t.place().isLocalAuthority())
        .collect(Collectors.toMap(t -> t.place().laCode(), t -> t.observed().stream().map(Observation::year).toList()));
    assertThat(years.get("835")).containsExactly(2013, 2014, 2015, 2016, 2017, 2018);
    assertThat(years.get("838")).containsExactly(2019);
    Trajectory bcp = result.trajectories().stream()
        .filter(t -> t.place().isLocalAuthority() && t.place().laCode().equals("839") && t.measure().equals("gld_percent"))
        .findFirst().orElseThrow();
    assertThat(bcp.trend()).isNull();
    assertThat(result.trajectories()).allSatisfy(t ->
        assertThat(t.observed()).allSatisfy(o -> assertThat(o.framework()).isEqualTo("elg17")));
  }

  @Test
  void readsTheNationalFiguresAsPublished() {
    // PROVENANCE.md: England 2018/19, 71.8% GLD, APS 34.6.
    Trajectory england = result.trajectories().stream()
        .filter(t -> t.place().equals(Place.national()) && t.measure().equals("gld_percent")).findFirst().orElseThrow();
    assertThat(england.latest().value()).isEqualTo(71.8);
    assertThat(england.observed()).hasSize(7);
  }

  /**
   * The back-test of docs/targets.md and conf: drafted as of 2016/17 for 2018/19, two summers ahead as
   * targets are, each LA's projection against what it then achieved (the 149 LAs with both).
   *
   * <p>The expected figures come from a computation apart from the pipeline: the published CSV
   * read with Python's csv module (the Total rows of Local authority level), numpy.polyfit(years,
   * gld, 1) over each LA's latest w results up to 2016/17 evaluated at 2019 and held within 0-100,
   * the interval a + b x0 -/+ scipy.stats.t.ppf(0.975, n - 2) s sqrt(1 + 1/n + (x0 - xbar)^2 / Sxx),
   * and the mean of |actual - projection|: 4.2488 (w = 3), 7.2016 (4), 11.2291 (5); with the LAs
   * under 100 children in 2016/17 (Isles of Scilly 17, City of London 81) holding their latest
   * result instead, 4.1652 for w = 3. The 3-year intervals held 141 of the 149 results. Each
   * projection is also worked again here from the history by the closed form of the least squares
   * line, slope = sum (x - xbar)(y - ybar) / sum (x - xbar)^2.
   */
  @Test
  void threeYearTrendsProjectedTwoSummersAheadBestAsTheReadmeSays() {
    Map<String, Double> actual = gldIn(2019);
    double[] error = new double[6];
    for (int window = 3; window <= 5; window++) {
      Drafting.Result asOf2017 = Drafting.draft(history, SettingsFile.load(null, Map.of(
          "trajectories.window_years", window, "trajectories.min_cohort_for_trend", 0)),
          new Drafting.Request(2019, 2017, null, null));
      assertThat(asOf2017.plan()).extracting("targetYear", "baselineYear").containsExactly(2019, 2017);
      List<DraftTarget> gld = asOf2017.targets().stream()
          .filter(t -> t.measure().equals("gld_percent") && actual.containsKey(t.place().laCode())).toList();
      assertThat(gld).hasSize(149);
      for (DraftTarget t : gld) {
        assertThat(t.projection()).as(t.place().label()).isCloseTo(leastSquares(t.place().laCode(), window, 2017,
            2019), within(1e-6));
      }
      error[window] = gld.stream().mapToDouble(t -> Math.abs(actual.get(t.place().laCode()) - t.projection()))
          .average().orElseThrow();
      if (window == 3) {
        assertThat(gld.stream().filter(t -> t.projectionLower() <= actual.get(t.place().laCode())
            && actual.get(t.place().laCode()) <= t.projectionUpper())).as("3-year intervals that held").hasSize(141);
      }
    }
    assertThat(error[3]).isCloseTo(4.2488, within(0.0001));
    assertThat(error[4]).isCloseTo(7.2016, within(0.0001));
    assertThat(error[5]).isCloseTo(11.2291, within(0.0001));
    assertThat(settings.trajectories().windowYears()).as("the window with the smallest error").isEqualTo(3);
    // The settings in force: the two LAs under 100 children hold their latest result.
    Drafting.Result inForce = Drafting.draft(history, settings, new Drafting.Request(2019, 2017, null, null));
    assertThat(inForce.targets().stream().filter(t -> t.measure().equals("gld_percent")
        && actual.containsKey(t.place().laCode())).mapToDouble(t -> Math.abs(actual.get(t.place().laCode())
            - t.projection())).average().orElseThrow()).isCloseTo(4.1652, within(0.0001));
  }

  /**
   * On the real run, each policy override changes only what depends on it: the columns of
   * targets.csv it reaches (compared row by row with the defaults' drafting), and never the
   * neighbours; only --window reaches the trajectories. Each must change something, or the check
   * proves nothing.
   */
  @Test
  void eachOverrideChangesOnlyWhatDependsOnIt() {
    List<String> drafted = List.of("draft_value", "rule", "reasoning", "additional_children_number",
        "lowest20_average_point_score_needed", "lowest20_average_point_score_rise");
    Map<Map<String, Object>, List<String>> allowed = new java.util.LinkedHashMap<>();
    allowed.put(Map.of("targets.ambition.share", 0.5), plus(drafted, "ambition_share"));
    allowed.put(Map.of("targets.ambition.benchmark", "NATIONAL"), plus(drafted, "benchmark_used"));
    allowed.put(Map.of("targets.max_yearly_change.gld_percent", 2.0), plus(drafted, "max_yearly_change"));
    // The drafts close on the neighbours: a national ambition changes the national benchmark alone.
    allowed.put(Map.of("targets.national_ambition.gld_percent", Map.of("value", 80, "by_year", 2025)),
        List.of("national_benchmark"));
    allowed.put(Map.of("trajectories.window_years", 4), plus(drafted, "trend_slope", "trend_years", "projection_value",
        "projection_lower", "projection_upper", "national_benchmark"));
    NegotiationRecord none = NegotiationRecord.empty("n.csv");
    List<List<Object>> targetsBefore = DraftTables.targets(result, settings.targets(), none, java.util.Set.of()).rows();
    allowed.forEach((override, columns) -> {
      Settings changed = SettingsFile.load(null, override);
      Drafting.Result after = Drafting.draft(history, changed, new Drafting.Request(2021, null, null));
      List<List<Object>> targetsAfter = DraftTables.targets(after, changed.targets(), none, java.util.Set.of()).rows();
      assertThat(targetsAfter).as("%s: one row per LA and measure, in the same order", override)
          .hasSameSizeAs(targetsBefore);
      java.util.Set<String> differ = new java.util.TreeSet<>();
      for (int r = 0; r < targetsBefore.size(); r++) {
        for (int c = 0; c < DraftTables.TARGET_COLUMNS.size(); c++) {
          if (!java.util.Objects.equals(targetsBefore.get(r).get(c), targetsAfter.get(r).get(c))) {
            differ.add(DraftTables.TARGET_COLUMNS.get(c));
            if (override.containsKey("targets.max_yearly_change.gld_percent")) {
              assertThat(targetsBefore.get(r).get(DraftTables.TARGET_COLUMNS.indexOf("measure")))
                  .as("a cap on GLD changes GLD rows only").isEqualTo("gld_percent");
            }
          }
        }
      }
      assertThat(differ).as("%s changes", override).isNotEmpty().isSubsetOf(columns);
      assertThat(DraftTables.neighbours(after, java.util.Set.of()).rows()).as("%s: neighbours", override)
          .isEqualTo(DraftTables.neighbours(result, java.util.Set.of()).rows());
      // Milestones lead to the draft, so they move with it; the observed, fitted and projected rows of
      // trajectories.csv only with the window.
      assertThat(seriesRows(after, none).equals(seriesRows(result, none))).as("%s: trajectories.csv", override)
          .isEqualTo(!override.containsKey("trajectories.window_years"));
    });
  }

  private static List<List<Object>> seriesRows(Drafting.Result r, NegotiationRecord record) {
    int series = DraftTables.TRAJECTORY_COLUMNS.indexOf("series");
    return DraftTables.trajectories(r, record, java.util.Set.of()).rows().stream()
        .filter(row -> !"milestone".equals(row.get(series))).toList();
  }

  private static List<String> plus(List<String> columns, String... more) {
    List<String> all = new ArrayList<>(columns);
    all.addAll(List.of(more));
    return all;
  }

  private static Map<String, Double> gldIn(int year) {
    return history.observations().stream()
        .filter(o -> o.year() == year && o.place().isLocalAuthority() && o.measure().equals("gld_percent"))
        .collect(Collectors.toMap(o -> o.place().laCode(), Observation::value));
  }

  /** The least squares line through an LA's latest {@code window} GLD results up to a year, at another year, in 0-100. */
  private static double leastSquares(String la, int window, int upTo, int at) {
    List<Observation> points = history.observations().stream()
        .filter(o -> o.place().isLocalAuthority() && o.place().laCode().equals(la) && o.measure().equals("gld_percent")
            && o.year() <= upTo)
        .sorted(java.util.Comparator.comparingInt(Observation::year)).toList();
    points = points.subList(Math.max(0, points.size() - window), points.size());
    double xbar = points.stream().mapToDouble(Observation::year).average().orElseThrow();
    double ybar = points.stream().mapToDouble(Observation::value).average().orElseThrow();
    double sxy = points.stream().mapToDouble(o -> (o.year() - xbar) * (o.value() - ybar)).sum();
    double sxx = points.stream().mapToDouble(o -> (o.year() - xbar) * (o.year() - xbar)).sum();
    return Math.max(0, Math.min(100, ybar + sxy / sxx * (at - xbar)));
  }
}
