package eyfsp.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding to the store, and choosing between the two kinds of source. */
class HistoryTest {

  static final Place A = Place.localAuthority("841", "E06000005", "Darlington", "E12000001", "North East");

  static Observation value(int year, double value, String kind, String source) {
    return new Observation(year, A, "elg17", "gld_percent", value, kind, source, "sha");
  }

  @Test
  void aValueReplacesOnlyTheSameKindOfSource() {
    History history = History.empty().add(List.of(value(2019, 71.7, "published", "dfe.csv"),
        value(2018, 70.0, "published", "dfe.csv"))).history();
    History.Addition addition = history.add(List.of(value(2019, 71.9, "published", "dfe-revised.csv"),
        value(2018, 70.0, "published", "dfe-revised.csv"), value(2019, 72.3, "pipeline", "run/attainment.csv")));
    assertThat(addition.added()).isEqualTo(1);      // the pipeline's 2019 sits beside the published one
    assertThat(addition.replaced()).isEqualTo(1);   // the revised 2019
    assertThat(addition.unchanged()).isEqualTo(1);  // 2018 again
    // Stored by place, measure, year, then kind of source.
    assertThat(addition.history().observations()).extracting(Observation::year, Observation::value,
        Observation::sourceKind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2018, 70.0, "published"),
        org.assertj.core.groups.Tuple.tuple(2019, 72.3, "pipeline"),
        org.assertj.core.groups.Tuple.tuple(2019, 71.9, "published"));
  }

  @Test
  void aSeriesTakesThePreferredSourceEachYear() {
    History history = new History(List.of(value(2019, 71.9, "published", "dfe.csv"),
        value(2019, 72.3, "pipeline", "run"), value(2020, 73.0, "pipeline", "run")));
    assertThat(history.preferred(List.of("published", "pipeline"))).extracting(Observation::value)
        .containsExactly(71.9, 73.0);
    assertThat(history.preferred(List.of("pipeline", "published"))).extracting(Observation::value)
        .containsExactly(72.3, 73.0);
  }
}
