package eyfsp.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a set of settings usable; each failure is one sentence naming the setting. */
public final class SettingsRules {

  private SettingsRules() {}

  public static void check(Settings s) {
    Framework f = require(s.framework(), "framework");
    require(s.goodLevelOfDevelopment(), "good_level_of_development");
    require(s.inequalityGap(), "inequality_gap");
    require(s.cohort(), "cohort");
    require(s.census(), "census");
    require(s.deprivation(), "deprivation");
    require(s.disclosure(), "disclosure");
    require(s.gaps(), "gaps");
    require(s.nearThreshold(), "near_threshold");
    require(s.pseudonym(), "pseudonym");
    if (f.areas() == null || f.areas().isEmpty()) {
      fail("framework.areas must list the areas of learning and their scales");
    }
    Set<String> scales = new HashSet<>();
    for (Framework.Area area : f.areas()) {
      if (area.scales() == null || area.scales().isEmpty()) {
        fail("framework.areas: area " + area.code() + " has no scales");
      }
      for (Framework.Scale scale : area.scales()) {
        if (!scales.add(scale.code())) {
          fail("framework.areas: scale " + scale.code() + " appears twice");
        }
      }
    }
    if (f.minScore() < 0 || f.maxScore() <= f.minScore()) {
      fail("framework.min_score and max_score must satisfy 0 <= min < max");
    }
    if (f.secureScore() < f.minScore() || f.secureScore() > f.maxScore()) {
      fail("framework.secure_score must lie between min_score and max_score");
    }
    if (f.firstAssessmentYear() > f.lastAssessmentYear()) {
      fail("framework.first_assessment_year must not come after last_assessment_year");
    }
    if (f.notAssessedCodes() == null || f.notAssessedCodes().stream().anyMatch(c -> c.isBlank() || c.matches("\\d+"))) {
      fail("framework.not_assessed_codes must be non-blank, non-numeric codes");
    }
    GoodLevelRule gld = s.goodLevelOfDevelopment();
    List<String> areas = f.areas().stream().map(Framework.Area::code).toList();
    for (String area : gld.secureInEveryScaleOf()) {
      if (!areas.contains(area)) {
        fail("good_level_of_development.secure_in_every_scale_of names " + area + ", which is not an area of the framework");
      }
    }
    if (gld.totalAtLeast() < 0 || gld.totalAtLeast() > f.scaleCount() * f.maxScore()) {
      fail("good_level_of_development.total_at_least must lie between 0 and the highest possible total");
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
    if (s.disclosure().suppressBelow() < 1) {
      fail("disclosure.suppress_below must be at least 1");
    }
    if (s.disclosure().decimals() < 0 || s.disclosure().decimals() > 6) {
      fail("disclosure.decimals must be 0 to 6");
    }
    if (s.disclosure().ratioDecimals() < 0 || s.disclosure().ratioDecimals() > 6) {
      fail("disclosure.ratio_decimals must be 0 to 6");
    }
    if (s.gaps().lowReliabilityBelow() < 1) {
      fail("gaps.low_reliability_below must be at least 1");
    }
    if (s.nearThreshold().pointsWithin() < 0 || s.nearThreshold().scalesWithin() < 0) {
      fail("near_threshold.points_within and scales_within must not be negative");
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
