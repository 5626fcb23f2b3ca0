package eyfsp.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.TrajectorySettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A series' window, trend, projections and notes. */
class TrajectoryTest {

  static final TrajectorySettings SETTINGS = new TrajectorySettings(5, 3, 0, 3, 0.95);
  static final Place DARLINGTON = Place.localAuthority("841", "E06000005", "Darlington", "E12000001", "North East");

  static List<Observation> series(Place place, int firstYear, double... values) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      list.add(new Observation(firstYear + i, place, "elg17", "gld_percent", values[i], "published", "t.csv", "0"));
    }
    return list;
  }

  @Test
  void fitsTheLatestWindowOfResultsAndProjectsToTheLastYear() {
    // 2013 and 2014 (0 and 100) fall outside the latest five: the fit is LinearTrendTest's, slope 1.8.
    Trajectory t = Trajectory.of(series(DARLINGTON, 2013, 0, 100, 60, 62, 63, 66, 67), SETTINGS, Unit.PERCENT, 2021);
    assertThat(t.observed()).hasSize(7);
    assertThat(t.window()).isEqualTo(5);
    assertThat(t.trend().firstYear()).isEqualTo(2015);
    assertThat(t.trend().slope()).isCloseTo(1.8, within(1e-12));
    assertThat(t.projections()).extracting(Trajectory.Projection::year).containsExactly(2020, 2021);
    Trajectory.Projection p2021 = t.projection(2021).orElseThrow();
    assertThat(p2021.value()).isEqualTo(70.8);
    assertThat(p2021.lower()).isCloseTo(70.8 - 2.749948, within(1e-6));
    assertThat(p2021.upper()).isCloseTo(70.8 + 2.749948, within(1e-6));
    assertThat(t.notes()).isEmpty();
  }

  @Test
  void tooFewResultsHoldTheLatestWithoutAnInterval() {
    Trajectory t = Trajectory.of(series(DARLINGTON, 2018, 70, 72), SETTINGS, Unit.PERCENT, 2021);
    assertThat(t.trend()).isNull();
    assertThat(t.window()).isZero();
    assertThat(t.projections()).containsExactly(new Trajectory.Projection(2020, 72, null, null),
        new Trajectory.Projection(2021, 72, null, null));
    assertThat(t.notes()).containsExactly(
        "2 results in elg17, fewer than the 3 a trend needs: the projection holds the latest result");
  }

  @Test
  void aSmallCohortGetsNoTrend() {
    // Isles of Scilly's GLD 2016/17-2018/19: 58.8, 91.7, 78.6, 28 children in 2018/19: a line through them
    // rises 9.9 a year. Under min_cohort_for_trend (100) the projection holds 78.6, without an interval.
    TrajectorySettings settings = new TrajectorySettings(3, 3, 100, 3, 0.95);
    Place scilly = Place.localAuthority("420", "E06000053", "Isles of Scilly", "E12000009", "South West");
    Trajectory small = Trajectory.of(series(scilly, 2017, 58.8, 91.7, 78.6), settings, Unit.PERCENT, 2021, 28.0);
    assertThat(small.trend()).isNull();
    assertThat(small.projections()).containsExactly(new Trajectory.Projection(2020, 78.6, null, null),
        new Trajectory.Projection(2021, 78.6, null, null));
    assertThat(small.notes()).containsExactly("a cohort of 28 children in 2018/19, fewer than the 100 that "
        + "trajectories.min_cohort_for_trend asks of a trend: the projection holds the latest result");
    // 100 children, or no cohort in the history: the trend as before, slope (78.6 - 58.8) / 2 = 9.9.
    assertThat(Trajectory.of(series(scilly, 2017, 58.8, 91.7, 78.6), settings, Unit.PERCENT, 2021, 100.0).trend()
        .slope()).isCloseTo(9.9, within(1e-9));
    assertThat(Trajectory.of(series(scilly, 2017, 58.8, 91.7, 78.6), settings, Unit.PERCENT, 2021, null).trend())
        .isNotNull();
  }

  @Test
  void projectionsStayWithinTheMeasuresRange() {
    // 96, 98, 100: slope 2, so 102 in 2020 and 104 in 2021, held at 100 (said once).
    Trajectory t = Trajectory.of(series(DARLINGTON, 2017, 96, 98, 100), SETTINGS, Unit.PERCENT, 2021);
    assertThat(t.projections()).extracting(Trajectory.Projection::value).containsExactly(100.0, 100.0);
    assertThat(t.projections()).allSatisfy(p -> assertThat(p.upper()).isEqualTo(100.0));
    assertThat(t.notes()).containsExactly("the trend passes the measure's limit by 2019/20: projections held at its highest");
  }

  @Test
  void saysWhenTheOnsCodeChangesUnderOneLaNumber() {
    Place gatesheadOld = Place.localAuthority("390", "E08000020", "Gateshead", "E12000001", "North East");
    Place gatesheadNew = Place.localAuthority("390", "E08000037", "Gateshead", "E12000001", "North East");
    List<Observation> observed = new ArrayList<>(series(gatesheadOld, 2013, 50, 52));
    observed.addAll(series(gatesheadNew, 2015, 55));
    Trajectory t = Trajectory.of(observed, SETTINGS, Unit.PERCENT, 2016);
    assertThat(t.place().onsCode()).isEqualTo("E08000037");
    assertThat(t.notes()).contains("ONS code E08000020 became E08000037 in 2014/15 under the same DfE LA number: one series");
  }

  @Test
  void refusesASeriesThatSpansAFrameworkChange() {
    List<Observation> observed = new ArrayList<>(series(DARLINGTON, 2013, 60, 62, 63));
    observed.add(new Observation(2012, DARLINGTON, "fsp13", "gld_percent", 64, "published", "t.csv", "0"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Trajectory.of(observed, SETTINGS, Unit.PERCENT, 2015))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a series never spans a framework change: 841 Darlington gld_percent mixes [fsp13, elg17]");
  }
}
