package eyfsp.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a set of settings usable; each failure is one sentence naming the setting. */
public final class SettingsRules {

  private SettingsRules() {}

  public static void check(Settings s) {
    require(s.frameworks(), "frameworks");
    require(s.inequalityGap(), "inequality_gap");
    require(s.cohort(), "cohort");
    require(s.census(), "census");
    require(s.deprivation(), "deprivation");
    require(s.quality(), "quality");
    require(s.gaps(), "gaps");
    require(s.nearThreshold(), "near_threshold");
    require(s.disclosure(), "disclosure");
    require(s.pseudonym(), "pseudonym");
    checkFrameworks(s.frameworks());
    require(s.childrenFlags(), "children_flags").forEach((flag, f) -> {
      if (f == null || f.label() == null || f.rest() == null || f.label().equals(f.rest())) {
        fail("children_flags." + flag + " needs a label and a different label for the rest");
      }
    });
    for (List<String> pair : require(require(s.breakdowns(), "breakdowns").pairs(), "breakdowns.pairs")) {
      if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
        fail("breakdowns.pairs: each pair names two different topics, not " + pair);
      }
    }
    GapConventions gap = s.inequalityGap();
    require(gap.lowestSizeRounding(), "inequality_gap.lowest_size_rounding");
    require(gap.boundaryTies(), "inequality_gap.boundary_ties");
    require(gap.median(), "inequality_gap.median");
    require(gap.allZeroProfiles(), "inequality_gap.all_zero_profiles");
    if (!(gap.lowestShare() > 0 && gap.lowestShare() < 1)) {
      fail("inequality_gap.lowest_share must be between 0 and 1 (0.2 for the lowest 20%)");
    }
    if (s.cohort().ageOn31August() < 2 || s.cohort().ageOn31August() > 8) {
      fail("cohort.age_on_31_august must be a plausible age (5 for the reception cohort)");
    }
    if (s.deprivation().mostDeprivedDeciles() < 1 || s.deprivation().mostDeprivedDeciles() > 10) {
      fail("deprivation.most_deprived_deciles must be 1 to 10");
    }
    if (!(s.quality().maxRejectedShare() > 0 && s.quality().maxRejectedShare() <= 1)) {
      fail("quality.max_rejected_share must be more than 0 and at most 1 (0.05 for 5%)");
    }
    if (s.disclosure().suppressBelow() < 1) {
      fail("disclosure.suppress_below must be at least 1");
    }
    if (s.disclosure().decimals() < 0 || s.disclosure().decimals() > 6) {
      fail("disclosure.decimals must be 0 to 6");
    }
    if (s.disclosure().ratioDecimals() < 0 || s.disclosure().ratioDecimals() > 6) {
      fail("disclosure.ratio_decimals must be 0 to 6");
    }
    if (s.disclosure().protectionWidth() < 1) {
      fail("disclosure.protection_width must be at least 1");
    }
    if (s.disclosure().auditRounds() < 0) {
      fail("disclosure.audit_rounds must be 0 or more");
    }
    if (s.gaps().lowReliabilityBelow() < 1) {
      fail("gaps.low_reliability_below must be at least 1");
    }
    if (s.nearThreshold().pointsWithin() < 0 || s.nearThreshold().scalesWithin() < 0) {
      fail("near_threshold.points_within and scales_within must not be negative");
    }
    checkSettingAnalysis(require(s.settingAnalysis(), "setting_analysis"));
    checkHistory(require(s.history(), "history"));
    checkTrajectories(require(s.trajectories(), "trajectories"));
    checkNeighbours(require(s.neighbours(), "neighbours"), s.history());
    checkTargets(require(s.targets(), "targets"), s.history());
  }

  /** Each framework usable on its own, and together in order of their years, none overlapping another. */
  private static void checkFrameworks(List<Framework> frameworks) {
    if (frameworks.isEmpty()) {
      fail("frameworks must list the assessment frameworks and their years");
    }
    Framework previous = null;
    Set<String> codes = new HashSet<>();
    for (Framework f : frameworks) {
      String at = "frameworks[" + f.code() + "]";
      if (f.code() == null || !codes.add(f.code())) {
        fail("frameworks: every framework needs a code of its own");
      }
      require(f.total(), at + ".total");
      require(f.goodLevelOfDevelopment(), at + ".good_level_of_development");
      require(f.outcomes(), at + ".outcomes");
      require(f.averages(), at + ".averages");
      if (f.areas() == null || f.areas().isEmpty()) {
        fail(at + ".areas must list the areas of learning and their results");
      }
      Set<String> scales = new HashSet<>();
      for (Framework.Area area : f.areas()) {
        if (area.scales() == null || area.scales().isEmpty()) {
          fail(at + ".areas: area " + area.code() + " has no results");
        }
        for (Framework.Scale scale : area.scales()) {
          if (!scales.add(scale.code())) {
            fail(at + ".areas: " + scale.code() + " appears twice");
          }
        }
      }
      if (f.minScore() < 0 || f.maxScore() <= f.minScore()) {
        fail(at + ".min_score and max_score must satisfy 0 <= min < max");
      }
      if (f.secureScore() < f.minScore() || f.secureScore() > f.maxScore()) {
        fail(at + ".secure_score must lie between min_score and max_score");
      }
      if (f.valueNames() != null && f.valueNames().size() != f.maxScore() - f.minScore() + 1) {
        fail(at + ".value_names must name each value from min_score to max_score");
      }
      if (f.lastAssessmentYear() != null && f.firstAssessmentYear() > f.lastAssessmentYear()) {
        fail(at + ".first_assessment_year must not come after last_assessment_year");
      }
      if (previous != null && (previous.lastAssessmentYear() == null
          || f.firstAssessmentYear() <= previous.lastAssessmentYear())) {
        fail(at + " overlaps " + previous.code() + " (list the frameworks in order, each starting after the last ends)");
      }
      previous = f;
      if (f.notAssessedCodes() == null
          || f.notAssessedCodes().stream().anyMatch(c -> c.isBlank() || c.matches("\\d+"))) {
        fail(at + ".not_assessed_codes must be non-blank, non-numeric codes");
      }
      checkRule(f, f.goodLevelOfDevelopment(), at + ".good_level_of_development");
      f.outcomes().forEach((name, rule) -> checkRule(f, require(rule, at + ".outcomes." + name),
          at + ".outcomes." + name));
      for (String average : f.averages()) {
        if (!List.of(Framework.AVERAGE_POINT_SCORE, Framework.AVERAGE_GOALS_EXPECTED).contains(average)) {
          fail(at + ".averages may name average_point_score and average_goals_expected, not " + average);
        }
      }
    }
  }

  private static void checkRule(Framework f, OutcomeRule rule, String at) {
    List<String> areas = f.areas().stream().map(Framework.Area::code).toList();
    for (String area : rule.secureInAllOf()) {
      if (!areas.contains(area)) {
        fail(at + ".secure_in_all_of names " + area + ", which is not an area of " + f.code());
      }
    }
    if (rule.totalAtLeast() != null && (rule.totalAtLeast() < 0 || rule.totalAtLeast() > f.maxTotal())) {
      fail(at + ".total_at_least must lie between 0 and the highest possible total");
    }
  }

  private static void checkHistory(HistorySettings h) {
    if (h.measures() == null || h.measures().isEmpty()) {
      fail("history.measures must list the measures the history holds");
    }
    h.measures().forEach((code, m) -> {
      if (m == null || m.unit() == null || m.better() == null) {
        fail("history.measures." + code + " needs a label, a unit and which way is better");
      }
    });
    if (h.sourcePreference() == null
        || !new HashSet<>(h.sourcePreference()).equals(Set.of("published", "pipeline"))) {
      fail("history.source_preference must list published and pipeline, in the order they win");
    }
    require(h.published(), "history.published");
    require(h.pipelineGaps(), "history.pipeline_gaps");
    for (HistorySettings.Share share : h.published().shares()) {
      requireMeasure(h, share.measure(), "history.published.shares");
    }
    h.published().columns().keySet().forEach(m -> requireMeasure(h, m, "history.published.columns"));
    h.pipelineGaps().gaps().keySet().forEach(m -> requireMeasure(h, m, "history.pipeline_gaps.gaps"));
  }

  private static void checkTrajectories(TrajectorySettings t) {
    // A prediction interval needs at least one residual degree of freedom: n - 2 >= 1.
    if (t.minYears() < 3 || t.windowYears() < t.minYears()) {
      fail("trajectories.min_years must be at least 3, and window_years at least min_years");
    }
    if (t.minCohortForTrend() < 0) {
      fail("trajectories.min_cohort_for_trend must be 0 or more (children in the latest year)");
    }
    if (t.projectionYears() < 1) {
      fail("trajectories.projection_years must be at least 1");
    }
    if (!(t.predictionLevel() > 0 && t.predictionLevel() < 1)) {
      fail("trajectories.prediction_level must be between 0 and 1 (0.95 for 95%)");
    }
  }

  private static void checkSettingAnalysis(Settings.SettingAnalysis a) {
    NeighbourSettings similar = require(a.similar(), "setting_analysis.similar");
    if (similar.count() < 1 || similar.context() == null || similar.context().isEmpty()) {
      fail("setting_analysis.similar needs a count of at least 1 and at least one context measure");
    }
    similar.context().forEach((m, v) -> {
      if (v == null || v.weight() < 0) {
        fail("setting_analysis.similar.context." + m + " needs a weight of 0 or more");
      }
    });
    Settings.Moderation m = require(a.moderation(), "setting_analysis.moderation");
    if (!(m.alpha() > 0 && m.alpha() < 1)) {
      fail("setting_analysis.moderation.alpha must be between 0 and 1 (0.05 for 5%)");
    }
    if (m.heapingWithin() < 1) {
      fail("setting_analysis.moderation.heaping_within must be at least 1");
    }
  }

  private static void checkNeighbours(NeighbourSettings n, HistorySettings h) {
    if (n.count() < 1) {
      fail("neighbours.count must be at least 1");
    }
    if (n.context() == null || n.context().isEmpty()) {
      fail("neighbours.context must name at least one context measure");
    }
    n.context().forEach((measure, v) -> {
      requireMeasure(h, measure, "neighbours.context");
      if (v == null || !(v.weight() >= 0)) {
        fail("neighbours.context." + measure + ".weight must be 0 or more");
      }
    });
    if (n.context().values().stream().noneMatch(v -> v.weight() > 0)) {
      fail("neighbours.context must give at least one measure a weight above 0");
    }
  }

  private static void checkTargets(TargetPolicy t, HistorySettings h) {
    if (t.yearsAhead() < 1) {
      fail("targets.years_ahead must be at least 1");
    }
    if (t.measures() == null || t.measures().isEmpty()) {
      fail("targets.measures must name at least one measure");
    }
    if (t.decimals() < 0 || t.decimals() > 6) {
      fail("targets.decimals must be 0 to 6");
    }
    // A cap finer than the drafts' rounding could only hold by taking a draft behind the latest result.
    java.math.BigDecimal step = java.math.BigDecimal.ONE.movePointLeft(t.decimals());
    for (String measure : t.measures()) {
      requireMeasure(h, measure, "targets.measures");
      if (h.measure(measure).better() == HistorySettings.Better.NEITHER) {
        fail("targets.measures names " + measure + ", which has no better direction in history.measures");
      }
      Double cap = t.maxYearlyChange() == null ? null : t.maxYearlyChange().get(measure);
      if (cap == null || !(cap > 0)) {
        fail("targets.max_yearly_change." + measure + " must be above 0");
      }
      if (cap < step.doubleValue()) {
        fail("targets.max_yearly_change." + measure + " must be at least " + step.toPlainString()
            + ", one step of targets.decimals");
      }
    }
    if (t.maxYearlyChange() != null) {
      t.maxYearlyChange().keySet().stream().filter(m -> !t.measures().contains(m)).findFirst().ifPresent(m ->
          fail("targets.max_yearly_change names " + m + ", which is not in targets.measures"));
    }
    TargetPolicy.Ambition a = require(t.ambition(), "targets.ambition");
    require(a.benchmark(), "targets.ambition.benchmark");
    if (!(a.share() >= 0 && a.share() <= 1)) {
      fail("targets.ambition.share must be between 0 and 1 (the share of the distance to the benchmark)");
    }
    if (!(a.neighbourQuantile() > 0 && a.neighbourQuantile() < 1)) {
      fail("targets.ambition.neighbour_quantile must be between 0 and 1 (0.75 for the upper quartile)");
    }
    require(t.nationalAmbition(), "targets.national_ambition");
    t.nationalAmbition().forEach((measure, aim) -> {
      if (!t.measures().contains(measure)) {
        fail("targets.national_ambition names " + measure + ", which is not in targets.measures");
      }
      HistorySettings.Unit unit = h.measure(measure).unit();
      if (aim == null || unit.clamp(aim.value()) != aim.value()) {
        fail("targets.national_ambition." + measure + ".value must lie within the measure's range");
      }
    });
  }

  private static void requireMeasure(HistorySettings h, String measure, String setting) {
    if (!h.measures().containsKey(measure)) {
      fail(setting + " names " + measure + ", which is not in history.measures");
    }
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      fail(name + " is missing");
    }
    return value;
  }

  private static void fail(String sentence) {
    throw new InvalidSettingsException(sentence + ".");
  }
}
