package eyfsp.audit;

import eyfsp.domain.Framework;
import eyfsp.domain.GapConventions;
import eyfsp.domain.OutcomeRule;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented rules an attacker knows besides the published cells, and what the audit demands:
 * all from the settings (conf/eyfsp.yaml and docs/disclosure.md say the same).
 *
 * @param suppressBelow counts 1 to suppressBelow - 1 are small: a suppressed count must not be pinned among them
 * @param protectionWidth the least width of every suppressed count's feasible interval
 * @param frameworks each year's profile: its values, totals and outcomes
 * @param lowestGroup how the lowest-achieving group is sized (conf inequality_gap): share, rounding, ties
 * @param lowReliabilityBelow a gap whose groups both have at least this many children is reliable
 * @param mostDeprivedDeciles the most deprived areas are IDACI deciles 1 to this
 * @param notSensitiveRests counts whose rest in their group says nothing about a child (not matched to the census)
 * @param notSensitive breakdowns of a topic that say nothing about a child, and @param notSensitiveCounts
 *     counts that are such breakdowns again: published as they are, nothing to protect
 */
public record AuditRules(int suppressBelow, int protectionWidth, List<Framework> frameworks, GapConventions lowestGroup,
    int lowReliabilityBelow, int mostDeprivedDeciles, List<String> notSensitiveRests,
    Map<String, List<String>> notSensitive, List<String> notSensitiveCounts) {

  public static AuditRules of(Settings s) {
    return new AuditRules(s.disclosure().suppressBelow(), s.disclosure().protectionWidth(), s.frameworks(),
        s.inequalityGap(), s.gaps().lowReliabilityBelow(), s.deprivation().mostDeprivedDeciles(),
        s.disclosure().notSensitiveRests(), s.disclosure().notSensitive(), s.disclosure().notSensitiveCounts());
  }

  /** Whether a count says nothing about a child: a not-sensitive count, or any count of a not-sensitive breakdown. */
  boolean notSensitive(String column, String topic, String breakdown) {
    return notSensitiveCounts.contains(column) || eyfsp.domain.Settings.Disclosure.isNotSensitive(notSensitive, topic,
        breakdown);
  }

  /** The framework of a row's {@code time_period} (200809: summer 2009); null where none covers it. */
  Framework framework(String timePeriod) {
    if (timePeriod == null || timePeriod.length() != 6) {
      return null;
    }
    int summer = Integer.parseInt(timePeriod.substring(0, 4)) + 1;
    return frameworks.stream().filter(f -> f.coversYear(summer)).findFirst().orElse(null);
  }

  /** The framework's outcomes, the good level of development first, by the column counting them. */
  static Map<String, OutcomeRule> outcomes(Framework f) {
    Map<String, OutcomeRule> outcomes = new LinkedHashMap<>();
    outcomes.put("gld_number", f.goodLevelOfDevelopment());
    f.outcomes().forEach((name, rule) -> outcomes.put(name + "_number", rule));
    return outcomes;
  }

  /**
   * Pairs {inner, outer} of outcome columns where every child with the inner outcome has the outer
   * one: the inner asks at least the outer's total and secure results in at least its areas (GLD
   * within 78+ points and within 6+ in PSED and CLL; all goals expected within GLD).
   */
  static List<String[]> nested(Framework f) {
    List<String[]> pairs = new ArrayList<>();
    outcomes(f).forEach((inner, a) -> outcomes(f).forEach((outer, b) -> {
      boolean total = b.totalAtLeast() == null || (a.totalAtLeast() != null && a.totalAtLeast() >= b.totalAtLeast());
      if (!inner.equals(outer) && total && a.secureInAllOf().containsAll(b.secureInAllOf())
          && !(a.equals(b) && inner.compareTo(outer) > 0)) {
        pairs.add(new String[] {inner, outer});
      }
    }));
    return pairs;
  }

  /**
   * What one child's result of a value adds to the quantity an average is the mean of:
   * {@code average_point_score} the value (or 1 at the secure score or more where the total counts
   * results), {@code average_goals_expected} 1 at the secure score or more.
   */
  static int contribution(Framework f, String average, int value) {
    boolean secure = value >= f.secureScore();
    if (average.equals(Framework.AVERAGE_POINT_SCORE) && f.total() == Framework.Total.SUM_OF_SCORES) {
      return value;
    }
    return secure ? 1 : 0;
  }
}
