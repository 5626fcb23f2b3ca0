package eyfsp.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.GapConventions;
import eyfsp.domain.GapConventions.AllZeroProfiles;
import eyfsp.domain.GapConventions.BoundaryTies;
import eyfsp.domain.GapConventions.LowestSizeRounding;
import eyfsp.domain.GapConventions.MedianRule;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The statutory measures on small cohorts, every expected value worked out by hand in a comment. */
class CohortStatisticsTest {

  private static final GapConventions DEFAULTS = GapConventions.defaults();

  /** A cohort from its children's totals (0..117). */
  private static CohortStatistics cohort(GapConventions conventions, int... totals) {
    long[] histogram = new long[118];
    for (int t : totals) {
      histogram[t]++;
    }
    return CohortStatistics.of(Tally.valid(histogram, conventions, FSP13), 0, 0, new long[2], 0, conventions);
  }

  private static final eyfsp.domain.Framework FSP13 = eyfsp.io.SettingsFile.defaults().framework("fsp13");
  private static final eyfsp.domain.Framework ELG21 = eyfsp.io.SettingsFile.defaults().framework("elg21");

  @Test
  void aCohortOfOne() {
    // N = 1, total 50: median 50; k = max(1, round(0.2)) = 1, mean 50; gap = 100 (50 - 50) / 50 = 0.
    CohortStatistics s = cohort(DEFAULTS, 50);
    assertThat(s.children()).isEqualTo(1);
    assertThat(s.medianPointScore()).isEqualTo(50.0);
    assertThat(s.lowestNumber()).isEqualTo(1);
    assertThat(s.lowestAveragePointScore()).isEqualTo(50.0);
    assertThat(s.inequalityGapPercent()).isEqualTo(0.0);
  }

  @Test
  void aCohortOfTwo() {
    // 40, 60: usual median (40 + 60) / 2 = 50; k = max(1, round(0.4) = 0) = 1, mean 40;
    // gap = 100 (50 - 40) / 50 = 20. Lower median 40: gap = 100 (40 - 40) / 40 = 0.
    CohortStatistics s = cohort(DEFAULTS, 60, 40);
    assertThat(s.medianPointScore()).isEqualTo(50.0);
    assertThat(s.lowestNumber()).isEqualTo(1);
    assertThat(s.lowestAveragePointScore()).isEqualTo(40.0);
    assertThat(s.inequalityGapPercent()).isEqualTo(20.0);
    assertThat(cohort(DEFAULTS.with(MedianRule.LOWER), 60, 40).inequalityGapPercent()).isEqualTo(0.0);
  }

  @Test
  void aCohortOfFive() {
    // 10 20 30 40 50: median 30, average 150 / 5 = 30; k = round(1.0) = 1, mean 10;
    // gap = 100 (30 - 10) / 30 = 66.666...
    CohortStatistics s = cohort(DEFAULTS, 30, 10, 50, 20, 40);
    assertThat(s.averagePointScore()).isEqualTo(30.0);
    assertThat(s.medianPointScore()).isEqualTo(30.0);
    assertThat(s.lowestNumber()).isEqualTo(1);
    assertThat(s.lowestAveragePointScore()).isEqualTo(10.0);
    assertThat(s.inequalityGapPercent()).isCloseTo(200.0 / 3, within(1e-12));
  }

  @Test
  void anEvenCohortWhoseMedianEndsInAHalf() {
    // 10 21 30 41: usual median (21 + 30) / 2 = 25.5; k = round(0.8) = 1, mean 10;
    // gap = 100 (25.5 - 10) / 25.5 = 1550 / 25.5 = 60.784313...
    // Lower median 21: gap = 100 (21 - 10) / 21 = 52.380952...
    CohortStatistics s = cohort(DEFAULTS, 10, 21, 30, 41);
    assertThat(s.medianPointScore()).isEqualTo(25.5);
    assertThat(s.inequalityGapPercent()).isCloseTo(1550 / 25.5, within(1e-12));
    CohortStatistics lower = cohort(DEFAULTS.with(MedianRule.LOWER), 10, 21, 30, 41);
    assertThat(lower.medianPointScore()).isEqualTo(21.0);
    assertThat(lower.inequalityGapPercent()).isCloseTo(1100.0 / 21, within(1e-12));
  }

  @Test
  void tiesAtTheTwentyPercentBoundary() {
    // N = 10: 5 7 7 7 20 30 40 50 60 70; k = round(2.0) = 2; median (20 + 30) / 2 = 25.
    // Exactly k: the two lowest, 5 and 7, mean 6; gap = 100 (25 - 6) / 25 = 76.
    // All at or below the k-th total (7): 5 7 7 7, four children, mean 26 / 4 = 6.5; gap = 100 (25 - 6.5) / 25 = 74.
    int[] totals = {5, 7, 7, 7, 20, 30, 40, 50, 60, 70};
    CohortStatistics exactly = cohort(DEFAULTS, totals);
    assertThat(exactly.lowestNumber()).isEqualTo(2);
    assertThat(exactly.lowestAveragePointScore()).isEqualTo(6.0);
    assertThat(exactly.inequalityGapPercent()).isEqualTo(76.0);
    CohortStatistics all = cohort(DEFAULTS.with(BoundaryTies.ALL_AT_OR_BELOW), totals);
    assertThat(all.lowestNumber()).isEqualTo(4);
    assertThat(all.lowestAveragePointScore()).isEqualTo(6.5);
    assertThat(all.inequalityGapPercent()).isEqualTo(74.0);
  }

  @Test
  void theSizeOfTheLowestFifthByEachRounding() {
    // 0.2 x 8 = 1.6: half up 2, floor 1, ceiling 2. 0.2 x 7 = 1.4: 1, 1, 2. 0.2 x 3 = 0.6: 1, max(1, 0) = 1, 1.
    GapConventions floor = DEFAULTS.with(LowestSizeRounding.FLOOR);
    GapConventions ceiling = DEFAULTS.with(LowestSizeRounding.CEILING);
    assertThat(LowestGroup.size(8, DEFAULTS)).isEqualTo(2);
    assertThat(LowestGroup.size(8, floor)).isEqualTo(1);
    assertThat(LowestGroup.size(8, ceiling)).isEqualTo(2);
    assertThat(LowestGroup.size(7, DEFAULTS)).isEqualTo(1);
    assertThat(LowestGroup.size(7, floor)).isEqualTo(1);
    assertThat(LowestGroup.size(7, ceiling)).isEqualTo(2);
    assertThat(LowestGroup.size(3, DEFAULTS)).isEqualTo(1);
    assertThat(LowestGroup.size(3, floor)).isEqualTo(1);
    assertThat(LowestGroup.size(3, ceiling)).isEqualTo(1);
    // On a cohort: 10 20 30 40 50 60 70 80 (N = 8), median 45.
    // Floor: k = 1, mean 10, gap = 100 (45 - 10) / 45 = 77.77...; half up: k = 2, mean 15, gap = 100 x 30 / 45 = 66.66...
    assertThat(cohort(floor, 10, 20, 30, 40, 50, 60, 70, 80).inequalityGapPercent())
        .isCloseTo(3500.0 / 45, within(1e-12));
    assertThat(cohort(DEFAULTS, 10, 20, 30, 40, 50, 60, 70, 80).inequalityGapPercent())
        .isCloseTo(3000.0 / 45, within(1e-12));
  }

  @Test
  void allZeroProfilesIncludedOrExcluded() {
    // 0 0 30 40 50. Included: median 30, k = round(1.0) = 1, mean 0, gap = 100 (30 - 0) / 30 = 100.
    // Excluded: 30 40 50, median 40, k = max(1, round(0.6)) = 1, mean 30, gap = 100 (40 - 30) / 40 = 25.
    CohortStatistics included = cohort(DEFAULTS, 0, 0, 30, 40, 50);
    assertThat(included.children()).isEqualTo(5);
    assertThat(included.inequalityGapPercent()).isEqualTo(100.0);
    CohortStatistics excluded = cohort(DEFAULTS.with(AllZeroProfiles.EXCLUDED), 0, 0, 30, 40, 50);
    assertThat(excluded.children()).isEqualTo(3);
    assertThat(excluded.averagePointScore()).isEqualTo(40.0);
    assertThat(excluded.inequalityGapPercent()).isEqualTo(25.0);
    // Under the 2021 goals a total of 0 is a child emerging on all 17 goals, not an all-zero profile:
    // excluded or not, the cohort stays 0 0 3 4 5 (goals at expected), median 3, k = 1, mean 0: gap 100.
    long[] goals = new long[18];
    goals[0] = 2;
    goals[3] = goals[4] = goals[5] = 1;
    GapConventions exclude = DEFAULTS.with(AllZeroProfiles.EXCLUDED);
    CohortStatistics emerging = CohortStatistics.of(Tally.valid(goals, exclude, ELG21), 0, 0, new long[2], 0, exclude);
    assertThat(emerging.children()).isEqualTo(5);
    assertThat(emerging.inequalityGapPercent()).isEqualTo(100.0);
  }

  @Test
  void aMedianOfZeroLeavesTheGapUndefined() {
    // 0 0 0: median 0, so the gap's denominator is 0: not applicable.
    CohortStatistics s = cohort(DEFAULTS, 0, 0, 0);
    assertThat(s.medianPointScore()).isEqualTo(0.0);
    assertThat(s.inequalityGapPercent()).isNull();
  }

  @Test
  void aCohortWhollyNotAssessedHasEmptyMeasuresNotAnError() {
    CohortStatistics s = CohortStatistics.of(new long[118], 7, 0, new long[2], 0, DEFAULTS);
    assertThat(s.children()).isZero();
    assertThat(s.notAssessed()).isEqualTo(7);
    assertThat(s.goodLevelPercent()).isNull();
    assertThat(s.averagePointScore()).isNull();
    assertThat(s.medianPointScore()).isNull();
    assertThat(s.lowestNumber()).isZero();
    assertThat(s.lowestAveragePointScore()).isNull();
    assertThat(s.inequalityGapPercent()).isNull();
  }

  @Test
  void percentagesAreOfTheValidCohort() {
    // 3 of 8 with GLD: 37.5%; 5 of 8 with 78+: 62.5%; 4 of 8 secure: 50%; 52 results secure of 8
    // children: 6.5 on average.
    CohortStatistics s = CohortStatistics.of(histogramOf(8, 80), 2, 3, new long[] {5, 4}, 52, DEFAULTS);
    assertThat(s.goodLevelPercent()).isEqualTo(37.5);
    assertThat(s.outcomePercent(0)).isEqualTo(62.5);
    assertThat(s.outcomePercent(1)).isEqualTo(50.0);
    assertThat(s.averageSecureResults()).isEqualTo(6.5);
  }

  @Test
  void theLowestFifthNeverAveragesAboveTheMedian() {
    Random random = new Random(7);
    for (int trial = 0; trial < 2000; trial++) {
      long[] histogram = new long[118];
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        histogram[random.nextInt(118)]++;
      }
      for (GapConventions c : new GapConventions[] {DEFAULTS, DEFAULTS.with(BoundaryTies.ALL_AT_OR_BELOW),
          DEFAULTS.with(MedianRule.LOWER), DEFAULTS.with(LowestSizeRounding.CEILING)}) {
        CohortStatistics s = CohortStatistics.of(histogram, 0, 0, new long[2], 0, c);
        assertThat(s.lowestAveragePointScore()).as("trial %d", trial).isLessThanOrEqualTo(s.medianPointScore());
        assertThat(s.lowestNumber()).isBetween(1L, s.children());
        if (s.inequalityGapPercent() != null) {
          assertThat(s.inequalityGapPercent()).isBetween(0.0, 100.0);
        }
      }
    }
  }

  private static long[] histogramOf(int children, int total) {
    long[] histogram = new long[118];
    histogram[total] = children;
    return histogram;
  }
}
