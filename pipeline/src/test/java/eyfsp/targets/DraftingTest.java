package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.InvalidSettingsException;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import eyfsp.trajectories.Trajectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A drafting on a small hand-made history, every figure worked by hand below. GLD (elg17):
 *
 * <pre>
 *   101 A  2013: 0, 2014: 100, 2015-2019: 60 62 63 66 67 (and fsp13 2011: 40, 2012: 90)  FSM 10%, 1000 children
 *   102 B  2015-2019: 74 each year                                                       FSM 20%
 *   103 C  2015-2019: 75                                                                 FSM 30%
 *   104 D  2015-2019: 80                                                                 FSM 40%
 *   105 E  2015-2018: 50 51 52 53 (a retired number: no 2018/19)                         FSM 12% in 2018
 *   106 F  2019: 78 (a new number: one result)                                           FSM 15%
 *   England 2015-2019: 70 71 72 73 74
 * </pre>
 *
 * A's inequality gap 2017-2019: 34, 33, 32 with median 34 and lowest-20% mean 23.12 in 2019.
 * Trends over the latest 5 results; neighbours: the 2 nearest by FSM share alone (a single measure:
 * nearest = closest share).
 */
class DraftingTest {

  static final Place ENGLAND = Place.national();
  static final Place A = la("101", "A");
  static final Place B = la("102", "B");
  static final Place C = la("103", "C");
  static final Place D = la("104", "D");
  static final Place E = la("105", "E");
  static final Place F = la("106", "F");

  static Place la(String code, String name) {
    return Place.localAuthority(code, "E0600" + code, name, "E12000001", "North East");
  }

  static Observation value(Place place, int year, String measure, double value) {
    return new Observation(year, place, year <= 2012 ? "fsp13" : "elg17", measure, value, "published", "t.csv", "0");
  }

  static List<Observation> series(Place place, String measure, int firstYear, double... values) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      list.add(value(place, firstYear + i, measure, values[i]));
    }
    return list;
  }

  static History history() {
    List<Observation> o = new ArrayList<>();
    o.addAll(series(A, "gld_percent", 2011, 40, 90, 0, 100, 60, 62, 63, 66, 67));
    o.addAll(series(B, "gld_percent", 2015, 74, 74, 74, 74, 74));
    o.addAll(series(C, "gld_percent", 2015, 75, 75, 75, 75, 75));
    o.addAll(series(D, "gld_percent", 2015, 80, 80, 80, 80, 80));
    o.addAll(series(E, "gld_percent", 2015, 50, 51, 52, 53));
    o.addAll(series(F, "gld_percent", 2019, 78));
    o.addAll(series(ENGLAND, "gld_percent", 2015, 70, 71, 72, 73, 74));
    o.addAll(series(A, "inequality_gap_percent", 2017, 34, 33, 32));
    o.add(value(A, 2019, "median_point_score", 34));
    o.add(value(A, 2019, "lowest20_average_point_score", 23.12));
    o.add(value(A, 2019, "children_number", 1000));
    o.add(value(A, 2019, "fsm_percent", 10));
    o.add(value(B, 2019, "fsm_percent", 20));
    o.add(value(C, 2019, "fsm_percent", 30));
    o.add(value(D, 2019, "fsm_percent", 40));
    o.add(value(E, 2018, "fsm_percent", 12));
    o.add(value(F, 2019, "fsm_percent", 15));
    return new History(o);
  }

  static Settings settings(Map<String, Object> more) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("trajectories.window_years", 5);
    overrides.put("neighbours.count", 2);
    overrides.put("neighbours.context.children_number.weight", 0.0);
    overrides.putAll(more);
    return SettingsFile.load(null, overrides);
  }

  static Drafting.Result draft(Map<String, Object> more, Integer year) {
    return Drafting.draft(history(), settings(more), new Drafting.Request(year, null, null));
  }

  static DraftTarget target(Drafting.Result r, Place la, String measure) {
    return r.targets().stream().filter(t -> t.place().equals(la) && t.measure().equals(measure)).findFirst()
        .orElseThrow();
  }

  @Test
  void draftsTwoSummersAheadOfTheLatestResults() {
    Drafting.Result r = draft(Map.of(), null);
    assertThat(r.plan()).extracting("targetYear", "baselineYear").containsExactly(2021, 2019);
    assertThat(r.plan().framework().code()).isEqualTo("elg17");
    assertThat(r.las()).containsExactly(A, B, C, D, F);
    assertThat(r.withoutBaseline()).containsExactly(Map.entry(E, 2018));
    assertThat(r.laList()).isEqualTo("5 LAs with a result in 2018/19, by DfE LA number; a retired number stays its "
        + "own series, never merged; no result in 2018/19 (trajectories only): 105 E (to 2017/18)");
    assertThat(r.targets()).noneMatch(t -> t.place().equals(E));
  }

  @Test
  void aGldDraftWithAnAmbitionStep() {
    // A: trend over 2015-2019 (not the fsp13 years, not 2013-2014 outside the window): slope 1.8, 2021: 70.8,
    // interval 70.8 -/+ 2.749948. Neighbours F (FSM 15) and B (20): UQ of {78, 74} = 74 + 0.75 x 4 = 77.
    // 70.8 + 0.25 x (77 - 70.8) = 72.35; cap 67 + 3 x 2 = 73; rounded up: 72.4.
    // Children: ceil(1000 x (72.4 - 67) / 100) = 54 more reaching GLD than at 67%.
    DraftTarget a = target(draft(Map.of(), null), A, "gld_percent");
    assertThat(a.baseline()).isEqualTo(67.0);
    assertThat(a.trendSlope()).isEqualTo(1.8);
    assertThat(a.trendYears()).isEqualTo(5);
    assertThat(a.projection()).isEqualTo(70.8);
    assertThat(a.projectionLower()).isCloseTo(68.050052, within(1e-6));
    assertThat(a.neighbourBenchmark()).isCloseTo(77.0, within(1e-12));
    assertThat(a.nationalBenchmark()).isEqualTo(76.0);   // the national trend, +1 a year from 74
    assertThat(a.benchmarkUsed()).isEqualTo("the neighbours' upper quartile");
    assertThat(a.draft()).isEqualTo(72.4);
    assertThat(a.rule()).isEqualTo("AMBITION_STEP");
    assertThat(a.expectedCohort()).isEqualTo(1000.0);
    assertThat(a.additionalChildren()).isEqualTo(54L);
    assertThat(a.reasoning()).isEqualTo("Latest 67 (2018/19). Trend +1.8 a year over 2014/15 to 2018/19 projects 70.8 "
        + "for 2020/21 (95% interval 68.05 to 73.55); the neighbours' upper quartile 77 is 6.2 higher than the "
        + "projection; 0.25 of the distance adds 1.55; rounded up to 1 dp: draft 72.4.");
  }

  @Test
  void otherLasDraftsWorkedByHand() {
    Drafting.Result r = draft(Map.of(), null);
    // B: flat 74. Neighbours F (5 away) then A and C (both 10): A, the lower number. UQ of {78, 67} = 75.25.
    // 74 + 0.25 x 1.25 = 74.3125, rounded up 74.4.
    assertThat(r.neighbours().of("102")).extracting(Neighbours.Neighbour::laCode).containsExactly("106", "101");
    assertThat(target(r, B, "gld_percent")).extracting("neighbourBenchmark", "draft", "rule")
        .containsExactly(75.25, 74.4, "AMBITION_STEP");
    // F: one result, no trend: the projection holds 78. Neighbours A and B (both 5 away): UQ of {67, 74} = 72.25.
    DraftTarget f = target(r, F, "gld_percent");
    assertThat(f).extracting("projection", "projectionLower", "trendSlope", "draft", "rule")
        .containsExactly(78.0, null, null, 78.0, "PROJECTION");
    assertThat(f.reasoning()).startsWith("Latest 78 (2018/19). No trend (1 result in elg17, fewer than the 3 a trend "
        + "needs: the projection holds the latest result); the neighbours' upper quartile 72.25 is no more ambitious");
    // D: flat 80, neighbours C (75) and B (74): UQ 74.75, behind: the projection.
    assertThat(target(r, D, "gld_percent")).extracting("draft", "rule").containsExactly(80.0, "PROJECTION");
  }

  @Test
  void aGapDraftAndTheLowestFifthItNeeds() {
    // A's gap 34, 33, 32: slope -1, 2021: 30 exactly (a perfect line: interval 30 to 30). Its neighbours have no
    // gap figures: no benchmark, no step; cap 32 - 2 x 2 = 28 is not reached. Draft 30.
    // NI 92: lowest-20% mean needed = median x (1 - gap / 100) = 34 x 0.70 = 23.8, a rise of 23.8 - 23.12 = 0.68.
    DraftTarget gap = target(draft(Map.of(), null), A, "inequality_gap_percent");
    assertThat(gap).extracting("baseline", "projection", "projectionLower", "draft", "rule")
        .containsExactly(32.0, 30.0, 30.0, 30.0, "PROJECTION");
    assertThat(gap.neighbourBenchmark()).isNull();
    assertThat(gap.medianPointScore()).isEqualTo(34.0);
    assertThat(gap.lowest20Needed()).isEqualTo(23.8);
    assertThat(gap.lowest20Rise()).isEqualTo(0.68);
    assertThat(gap.additionalChildren()).isNull();
    assertThat(gap.reasoning()).contains("no benchmark: no ambition step");
  }

  @Test
  void saysWhichTargetsCannotBeDraftedAndWhy() {
    Drafting.Result r = draft(Map.of(), null);
    assertThat(target(r, B, "inequality_gap_percent")).extracting("draft", "rule", "reasoning")
        .containsExactly(null, "NOT_POSSIBLE", "No inequality_gap_percent for this LA in 2018/19 in the history.");
    assertThat(target(r, A, "fsm_gap_percentage_points").reasoning()).isEqualTo(
        "No LA has fsm_gap_percentage_points for 2018/19 in the history, whose values for that year come from t.csv.");
  }

  @Test
  void aNationalAmbitionGivesTheNationalBenchmark() {
    // gld 82 by 2023: from England's 74 in 2019, the straight path reaches 74 + 8 x 2/4 = 78 in 2021.
    // A: 70.8 + 0.25 x (78 - 70.8) = 72.6. With MORE_AMBITIOUS the national 78 beats the neighbours' 77.
    Map<String, Object> national = Map.of("targets.national_ambition.gld_percent", Map.of("value", 82, "by_year", 2023),
        "targets.ambition.benchmark", "NATIONAL");
    DraftTarget a = target(draft(national, null), A, "gld_percent");
    assertThat(a).extracting("nationalBenchmark", "benchmarkUsed", "draft")
        .containsExactly(78.0, "the national path to 82 by 2022/23", 72.6);
    Map<String, Object> either = new LinkedHashMap<>(national);
    either.put("targets.ambition.benchmark", "MORE_AMBITIOUS");
    assertThat(target(draft(either, null), A, "gld_percent").draft()).isEqualTo(72.6);
    // Without an ambition, MORE_AMBITIOUS takes the national projection (76) or the neighbours (77): 77.
    assertThat(target(draft(Map.of("targets.ambition.benchmark", "MORE_AMBITIOUS"), null), A, "gld_percent")
        .benchmarkUsed()).isEqualTo("the neighbours' upper quartile");
  }

  @Test
  void noSeriesOrTargetSpansAFrameworkChange() {
    Drafting.Result r = draft(Map.of(), null);
    for (Trajectory t : r.trajectories()) {
      assertThat(t.observed()).as("%s %s", t.place().label(), t.measure())
          .allSatisfy(o -> assertThat(o.framework()).isEqualTo("elg17"));
      assertThat(t.projections()).allSatisfy(p -> assertThat(p.year()).isBetween(2013, 2021));
    }
    Trajectory a = r.trajectories().stream().filter(t -> t.place().equals(A) && t.measure().equals("gld_percent"))
        .findFirst().orElseThrow();
    assertThat(a.observed()).extracting(Observation::year).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019);
    // 2021/22 is elg21: from results to 2018/19 (elg17) no target may be drafted for it.
    assertThatThrownBy(() -> draft(Map.of(), 2022)).isInstanceOf(TargetYearException.class)
        .hasMessage("2021/22 is assessed under elg21 but the latest results before it (2018/19) are under elg17: "
            + "a target never spans a framework change.");
    // 2012/13 from 2011/12 (fsp13) neither.
    assertThatThrownBy(() -> draft(Map.of(), 2013)).hasMessageContaining("2012/13 is assessed under elg17 but");
  }

  @Test
  void theDefaultTargetYearStaysInsideTheFramework() {
    // Results to 2019/20 (elg17): two years on is 2021/22 (elg21), so the drafts are for 2020/21, and say so.
    List<Observation> more = new ArrayList<>(history().observations());
    more.add(value(A, 2020, "gld_percent", 68));
    DraftPlan plan = DraftPlan.of(new History(more), settings(Map.of()), null);
    assertThat(plan).extracting("targetYear", "baselineYear").containsExactly(2021, 2020);
    assertThat(plan.notes()).containsExactly("2021/22 is assessed under another framework than elg17, so targets are "
        + "drafted for 2020/21, the last year of elg17");
    // Results to 2020/21, the last elg17 year: nothing can be drafted.
    more.add(value(A, 2021, "gld_percent", 69));
    assertThatThrownBy(() -> DraftPlan.of(new History(more), settings(Map.of()), null))
        .hasMessage("The latest results (2020/21) are the last under elg17: a target for a later year would span a "
            + "framework change, which no target may.");
  }

  @Test
  void anEarlierTargetYearDraftsFromTheResultsBeforeIt() {
    // 2018/19 as the target: baseline 2017/18, when E (105) still had results; later years are not looked at.
    Drafting.Result r = draft(Map.of(), 2019);
    assertThat(r.plan()).extracting("targetYear", "baselineYear").containsExactly(2019, 2018);
    assertThat(r.las()).extracting(Place::laCode).containsExactly("101", "102", "103", "104", "105");
    assertThat(r.trajectories()).allSatisfy(t -> assertThat(t.latest().year()).isLessThanOrEqualTo(2018));
  }

  @Test
  void aBaselineYearDraftsAsOfThatSummer() {
    // As of 2016/17 for 2018/19, trends over 3 results: A 2015-2017 is 60, 62, 63: slope (63 - 60) / 2 = 1.5
    // through the mean 61.6667 at 2016, so 61.6667 + 1.5 x 3 = 66.1667 in 2019. Later years are not looked at.
    Drafting.Result r = Drafting.draft(history(), settings(Map.of("trajectories.window_years", 3)),
        new Drafting.Request(2019, 2017, null, null));
    assertThat(r.plan()).extracting("targetYear", "baselineYear").containsExactly(2019, 2017);
    assertThat(r.trajectories()).allSatisfy(t -> assertThat(t.latest().year()).isLessThanOrEqualTo(2017));
    assertThat(target(r, A, "gld_percent")).extracting("baselineYear", "baseline", "trendSlope")
        .containsExactly(2017, 63.0, 1.5);
    assertThat(target(r, A, "gld_percent").projection()).isCloseTo(66.166667, within(1e-6));
    // F has no result by 2016/17: no target. The default target year is two summers on: 2018/19.
    assertThat(r.las()).extracting(Place::laCode).containsExactly("101", "102", "103", "104", "105");
    assertThat(DraftPlan.of(history(), settings(Map.of()), null, 2017)).extracting("targetYear", "baselineYear")
        .containsExactly(2019, 2017);
    assertThatThrownBy(() -> DraftPlan.of(history(), settings(Map.of()), null, 2010))
        .isInstanceOf(TargetYearException.class)
        .hasMessage("The history holds no LA results for 2009/10 to draft from: it holds 2010/11 to 2018/19.");
    assertThatThrownBy(() -> DraftPlan.of(history(), settings(Map.of()), 2017, 2017))
        .isInstanceOf(TargetYearException.class)
        .hasMessage("A target for 2016/17 cannot be drafted from results of 2016/17: the target year comes after "
            + "the baseline.");
  }

  @Test
  void aSmallCohortsProjectionHoldsItsLatestResultAndTheCapBoundsIt() {
    // With min_cohort_for_trend 2000, A (1000 children in 2018/19) gets no trend: its projection holds 67.
    // Neighbours' upper quartile 77 (as above): 67 + 0.25 x (77 - 67) = 69.5, within the cap 67 + 3 x 2 = 73.
    // B, C, D and F have no cohort in the history: their trends stand (B flat, slope 0).
    Drafting.Result r = draft(Map.of("trajectories.min_cohort_for_trend", 2000), null);
    DraftTarget a = target(r, A, "gld_percent");
    assertThat(a).extracting("trendSlope", "projection", "projectionLower", "draft", "rule")
        .containsExactly(null, 67.0, null, 69.5, "AMBITION_STEP");
    assertThat(a.reasoning()).startsWith("Latest 67 (2018/19). No trend (a cohort of 1000 children in 2018/19, fewer "
        + "than the 2000 that trajectories.min_cohort_for_trend asks of a trend: the projection holds the latest "
        + "result)");
    assertThat(target(r, A, "inequality_gap_percent")).extracting("trendSlope", "projection", "draft")
        .containsExactly(null, 32.0, 32.0);
    assertThat(target(r, B, "gld_percent").trendSlope()).isEqualTo(0.0);
  }

  @Test
  void aGapDraftNeverReversesTheGap() {
    // A's deprived-area gap 2017-2019: 4, 2.5, 1 points, a perfect line of slope -1.5 through 2.5 at 2018:
    // -2 in 2021. The trajectory says so; the target starts from 0, as a gap target narrows a gap and never
    // reverses it, and the draft is 0 (no benchmark: the neighbours have no such gap; the cap 1 - 2 x 2 = -3
    // is not reached).
    List<Observation> more = new ArrayList<>(history().observations());
    more.addAll(series(A, "deprived_area_gap_percentage_points", 2017, 4, 2.5, 1));
    Drafting.Result r = Drafting.draft(new History(more), settings(Map.of()), Drafting.Request.defaults());
    Trajectory trajectory = r.trajectories().stream().filter(t -> t.place().equals(A)
        && t.measure().equals("deprived_area_gap_percentage_points")).findFirst().orElseThrow();
    assertThat(trajectory.projection(2021).orElseThrow().value()).isEqualTo(-2.0);
    DraftTarget gap = target(r, A, "deprived_area_gap_percentage_points");
    assertThat(gap).extracting("baseline", "projection", "draft", "rule")
        .containsExactly(1.0, 0.0, 0.0, "GAP_CLOSED");
    assertThat(gap.reasoning()).contains("projects -2 for 2020/21", "the projection -2 crosses zero, but a gap target "
        + "narrows a gap and never reverses it");
  }

  @Test
  void aNationalAmbitionIsForAYearAfterTheBaseline() {
    // By 2018/19, the baseline itself: refused (it would stand as a flat benchmark already passed or missed).
    assertThatThrownBy(() -> draft(Map.of("targets.national_ambition.gld_percent", Map.of("value", 80, "by_year",
        2019)), null)).isInstanceOf(InvalidSettingsException.class)
        .hasMessage("targets.national_ambition.gld_percent is for 2018/19, which is not after the baseline 2018/19: "
            + "a national ambition is an aim for a later year.");
    // By 2019/20, before the target year: the ambition itself is the benchmark.
    assertThat(target(draft(Map.of("targets.national_ambition.gld_percent", Map.of("value", 80, "by_year", 2020)),
        null), A, "gld_percent").nationalBenchmark()).isEqualTo(80.0);
    // A cap for a measure no target is drafted for would be ignored: refused.
    assertThatThrownBy(() -> settings(Map.of("targets.max_yearly_change.foo", 3.0)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageEndingWith(": targets.max_yearly_change names foo, which is not in targets.measures.");
  }

  @Test
  void aCapFinerThanTheDraftsRoundingIsRefused() {
    // 0.05 a year with drafts at 1 dp: from a latest 35.12, one year allows 35.17, which at 1 dp is 35.1,
    // behind the latest result. From 0.1 on, the cap at 1 dp is never behind it.
    assertThatThrownBy(() -> settings(Map.of("targets.max_yearly_change.gld_percent", 0.05)))
        .hasMessageEndingWith(": targets.max_yearly_change.gld_percent must be at least 0.1, one step of "
            + "targets.decimals.");
  }

  @Test
  void ranksAmongNeighboursAndNationalBands() {
    Drafting.Result r = draft(Map.of(), null);
    // 2018/19 GLD: A 67, B 74, C 75, D 80, F 78. A among {67, F 78, B 74}: 3rd of 3; nationally 4 ahead of it
    // of 5: band 1 + floor(16 / 5) = 4. D: none ahead: band 1.
    Comparison a = r.comparisons().stream().filter(c -> c.la().equals(A) && c.measure().equals("gld_percent"))
        .findFirst().orElseThrow();
    assertThat(a).extracting("value", "rankAmongNeighbours", "ranked", "nationalQuartile")
        .containsExactly(67.0, 3, 3, 4);
    assertThat(a.neighbours()).extracting(n -> n.place().laCode(), Comparison.NeighbourValue::value)
        .containsExactly(tuple("106", 78.0), tuple("102", 74.0));
  }

  @Test
  void milestonesLeadToTheDraftOrTheAgreedFigure() {
    Drafting.Result r = draft(Map.of(), null);
    List<List<Object>> rows = DraftTables.trajectories(r, NegotiationRecord.empty("n.csv"), Set.of("101")).rows();
    // 67 in 2018/19 to 72.4 in 2020/21: 69.7, then 72.4.
    assertThat(milestones(rows, "gld_percent")).containsExactly(List.of(201920, 69.7), List.of(202021, 72.4));
    NegotiationRecord record = new NegotiationRecord(List.of(new NegotiationRecord.Entry(2, "101", "A", 2021,
        "gld_percent", NegotiationRecord.Stage.AGREED, 71.8, LocalDate.of(2020, 1, 10), "agreed")), "n.csv");
    rows = DraftTables.trajectories(r, record, Set.of("101")).rows();
    // Towards 71.8: 67 + 4.8 / 2 = 69.4.
    assertThat(milestones(rows, "gld_percent")).containsExactly(List.of(201920, 69.4), List.of(202021, 71.8));
  }

  private static List<List<Object>> milestones(List<List<Object>> rows, String measure) {
    int period = DraftTables.TRAJECTORY_COLUMNS.indexOf("time_period");
    int series = DraftTables.TRAJECTORY_COLUMNS.indexOf("series");
    int value = DraftTables.TRAJECTORY_COLUMNS.indexOf("value");
    int m = DraftTables.TRAJECTORY_COLUMNS.indexOf("measure");
    return rows.stream().filter(row -> row.get(series).equals("milestone") && row.get(m).equals(measure))
        .map(row -> List.of(row.get(period), row.get(value))).toList();
  }

  @Test
  void aSliceByLaHasTheFullRunsRows() {
    Drafting.Result r = draft(Map.of(), null);
    NegotiationRecord none = NegotiationRecord.empty("n.csv");
    Settings s = settings(Map.of());
    int la = DraftTables.TARGET_COLUMNS.indexOf("old_la_code");
    for (Set<String> slice : List.of(Set.of("101"), Set.of("102", "106"))) {
      List<List<Object>> sliced = DraftTables.targets(r, s.targets(), none, slice).rows();
      assertThat(sliced).hasSize(4 * slice.size());
      assertThat(sliced).isEqualTo(DraftTables.targets(r, s.targets(), none, Set.of()).rows().stream()
          .filter(row -> slice.contains(row.get(la))).toList());
      assertThat(DraftTables.neighbours(r, slice).rows()).isEqualTo(DraftTables.neighbours(r, Set.of()).rows()
          .stream().filter(row -> slice.contains(row.get(la))).toList());
    }
  }
}
