package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.Setting;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The {@code moderation_flags} table (internal only, for the LA's moderation manager): the schools
 * and PVI settings whose results differ from the rest of their LA's that year, or from their own the
 * year before, more than chance explains ({@code setting_analysis.moderation}). Four tests, each an
 * exact test on the setting's counts ({@link ExactTests}); a setting is flagged when the p-value is
 * below alpha over the number of settings tested in the LA and year (Bonferroni), so that a flag is
 * a reason to look, not a finding. One row per flag, naming the setting, the test, what was counted,
 * the p-value and the threshold it fell below.
 */
public final class ModerationFlags {

  public static final String NAME = "moderation_flags";
  public static final String TITLE = "EYFSP moderation flags: settings whose results chance does not explain";

  public static final String GLD_VS_LA = "gld_vs_la";
  public static final String HEAPING_AT_SECURE_SCORE = "heaping_at_secure_score";
  public static final String HEAPING_AT_GLD_TOTAL = "heaping_at_gld_total";
  public static final String GLD_YEAR_ON_YEAR = "gld_year_on_year";

  static final List<Indicator> INDICATORS = List.of(
      Indicator.count("tested_number", "What the test counts: the setting's valid children, or for heaping its "
          + "results (or totals) within heaping_within of the threshold"),
      Indicator.count("observed_number", "Of those, with GLD, or exactly at the threshold"),
      Indicator.percent("observed_percent", "observed_number as % of tested_number"),
      Indicator.percent("reference_percent", "The same % for the rest of the LA that year, or for the setting the "
          + "year before"),
      Indicator.ratio("p_value", "The exact test's p-value"),
      Indicator.ratio("threshold", "alpha / settings tested in the LA and year: flagged below it"));

  /** One test of one setting: its counts against the reference counts. */
  record Test(String setting, long tested, long observed, long referenceTested, long referenceObserved) {}

  private ModerationFlags() {}

  public static Table table(List<LocalCohort> cohorts, Settings.Moderation settings, GapConventions conventions) {
    Map<List<Object>, LocalCohort> byLaAndYear = new HashMap<>();
    cohorts.forEach(c -> byLaAndYear.put(List.of(c.la().laCode(), c.year()), c));
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      Map<String, long[]> gld = gld(c, conventions);
      Map<String, long[]> secure = new HashMap<>();
      Map<String, long[]> total = new HashMap<>();
      c.bySetting().forEach((setting, counts) -> {
        secure.put(setting, new long[] {counts.heaping[SettingCounts.SECURE_WINDOW],
            counts.heaping[SettingCounts.SECURE_AT]});
        total.put(setting, new long[] {counts.heaping[SettingCounts.TOTAL_WINDOW],
            counts.heaping[SettingCounts.TOTAL_AT]});
      });
      flag(rows, place, c, GLD_VS_LA, againstTheRest(gld), settings.alpha(),
          t -> ExactTests.binomialTwoSided(t.observed(), t.tested(), share(t.referenceObserved(), t.referenceTested())));
      flag(rows, place, c, HEAPING_AT_SECURE_SCORE, againstTheRest(secure), settings.alpha(),
          t -> ExactTests.binomialUpper(t.observed(), t.tested(), share(t.referenceObserved(), t.referenceTested())));
      flag(rows, place, c, HEAPING_AT_GLD_TOTAL, againstTheRest(total), settings.alpha(),
          t -> ExactTests.binomialUpper(t.observed(), t.tested(), share(t.referenceObserved(), t.referenceTested())));
      LocalCohort before = byLaAndYear.get(List.of(c.la().laCode(), c.year() - 1));
      // Never across a change of framework: results are not comparable (domain page §1).
      if (before != null && before.framework().code().equals(c.framework().code())) {
        Map<String, long[]> previous = gld(before, conventions);
        List<Test> tests = new ArrayList<>();
        gld.forEach((setting, now) -> {
          long[] then = previous.get(setting);
          if (now[0] > 0 && then != null && then[0] > 0) {
            tests.add(new Test(setting, now[0], now[1], then[0], then[1]));
          }
        });
        flag(rows, place, c, GLD_YEAR_ON_YEAR, tests, settings.alpha(),
            t -> ExactTests.fisherTwoSided(t.observed(), t.tested(), t.referenceObserved(), t.referenceTested()));
      }
    }
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    for (String column : List.of(SchoolAttainment.LAESTAB, SchoolAttainment.SETTING_TYPE, SettingContext.FRAMEWORK,
        "test")) {
      fields.add(DataTypes.createStructField(column, DataTypes.StringType, false));
    }
    for (Indicator i : INDICATORS) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType,
          !i.isCount()));
    }
    return new Table(NAME, TITLE, DataTypes.createStructType(fields), rows, INDICATORS, false, null);
  }

  /** Each setting's valid children and children with GLD. */
  private static Map<String, long[]> gld(LocalCohort c, GapConventions conventions) {
    Map<String, long[]> gld = new java.util.TreeMap<>();
    c.bySchool().forEach((setting, tally) -> {
      CohortStatistics s = tally.statistics(conventions);
      gld.put(setting, new long[] {s.children(), s.goodLevel()});
    });
    return gld;
  }

  /**
   * Each setting with something to test against the rest of its LA: the LA's counts less its own,
   * so that a large setting does not make its own reference.
   */
  static List<Test> againstTheRest(Map<String, long[]> counts) {
    long tested = counts.values().stream().mapToLong(v -> v[0]).sum();
    long observed = counts.values().stream().mapToLong(v -> v[1]).sum();
    List<Test> tests = new ArrayList<>();
    new java.util.TreeMap<>(counts).forEach((setting, v) -> {
      if (v[0] > 0 && tested - v[0] > 0) {
        tests.add(new Test(setting, v[0], v[1], tested - v[0], observed - v[1]));
      }
    });
    return tests;
  }

  /** Flags the tests whose p-value is below alpha / the number of tests (Bonferroni). */
  static void flag(List<Row> rows, List<Object> place, LocalCohort c, String test, List<Test> tests, double alpha,
      java.util.function.ToDoubleFunction<Test> pValue) {
    double threshold = alpha / tests.size();
    for (Test t : tests) {
      double p = pValue.applyAsDouble(t);
      if (p < threshold) {
        List<Object> values = new ArrayList<>(place);
        values.addAll(Arrays.asList(t.setting(), Setting.kindOf(t.setting()), c.framework().code(), test, t.tested(),
            t.observed(), 100.0 * t.observed() / t.tested(), 100 * share(t.referenceObserved(), t.referenceTested()),
            p, threshold));
        rows.add(RowFactory.create(values.toArray()));
      }
    }
  }

  private static double share(long part, long whole) {
    return (double) part / whole;
  }
}
