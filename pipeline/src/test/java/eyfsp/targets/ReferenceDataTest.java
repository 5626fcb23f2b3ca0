package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eyfsp.domain.Settings;
import eyfsp.io.HistorySources;
import eyfsp.io.SettingsFile;
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
    List<Observation> values = new ArrayList<>(HistorySources.published(GLD, settings.history()).observations());
    values.addAll(HistorySources.published(FSM, settings.history()).observations());
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

  @Test
  void threeYearTrendsProjectedTheLatestYearBestAsTheReadmeSays() {
    // Drafted as of 2016/17 for 2018/19: the mean distance between each LA's projection and its actual result.
    Map<String, Double> actual = history.observations().stream()
        .filter(o -> o.year() == 2019 && o.place().isLocalAuthority() && o.measure().equals("gld_percent"))
        .collect(Collectors.toMap(o -> o.place().laCode(), Observation::value));
    double[] error = new double[6];
    for (int window = 3; window <= 5; window++) {
      // Every LA given a trend, as the windows are compared (trajectories.min_cohort_for_trend 0).
      Drafting.Result asOf2017 = Drafting.draft(history, SettingsFile.load(null, Map.of("trajectories.window_years",
          window, "trajectories.min_cohort_for_trend", 0)), new Drafting.Request(2019, null, null));
      error[window] = asOf2017.targets().stream()
          .filter(t -> t.measure().equals("gld_percent") && actual.containsKey(t.place().laCode()))
          .mapToDouble(t -> Math.abs(actual.get(t.place().laCode()) - t.projection())).average().orElseThrow();
    }
    assertThat(error[3]).isCloseTo(1.50, org.assertj.core.api.Assertions.within(0.01));
    assertThat(error[4]).isCloseTo(2.21, org.assertj.core.api.Assertions.within(0.01));
    assertThat(error[5]).isCloseTo(3.99, org.assertj.core.api.Assertions.within(0.01));
    assertThat(settings.trajectories().windowYears()).isEqualTo(3);
  }
}
