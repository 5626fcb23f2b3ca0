package eyfsp.measures;

import eyfsp.domain.CensusCodes;
import eyfsp.enrich.Child;
import java.io.Serializable;

/**
 * One school's or PVI setting's children of a year, counted beyond its {@link Tally}: its context
 * (as the LA's, {@link LocalCohort#addContext}), its children in each group of the setting-level
 * gaps, and its results at and around the GLD thresholds (for the moderation manager's heaping
 * test, {@link ModerationFlags}). Counted in the one pass, merged as the LA's counts are.
 */
final class SettingCounts implements Serializable {

  /** The groups of the setting-level gaps, in pairs (group, comparison group), by position in {@link #groups}. */
  static final int FSM_ELIGIBLE = 0;
  static final int NOT_FSM_ELIGIBLE = 1;
  static final int BOYS = 2;
  static final int GIRLS = 3;
  static final int EAL = 4;
  static final int ENGLISH = 5;

  /** Positions in {@link #heaping}: children whose lowest GLD result is near the secure score, and at it; totals likewise. */
  static final int SECURE_WINDOW = 0;
  static final int SECURE_AT = 1;
  static final int TOTAL_WINDOW = 2;
  static final int TOTAL_AT = 3;

  final long[] context = new long[LocalCohort.IDACI_RANK_SUM + 1];
  final Tally[] groups = new Tally[ENGLISH + 1];
  final long[] heaping = new long[TOTAL_AT + 1];

  SettingCounts() {
    for (int g = 0; g < groups.length; g++) {
      groups[g] = new Tally();
    }
  }

  void add(Child child, LocalCohort.Plan plan) {
    LocalCohort.addContext(context, child);
    addTo(CensusCodes.FSM_ELIGIBLE.equals(child.fsm()) ? FSM_ELIGIBLE
        : CensusCodes.NOT_FSM_ELIGIBLE.equals(child.fsm()) ? NOT_FSM_ELIGIBLE : -1, child);
    addTo("M".equals(child.sex()) ? BOYS : "F".equals(child.sex()) ? GIRLS : -1, child);
    addTo(CensusCodes.OTHER_THAN_ENGLISH.equals(child.firstLanguage()) ? EAL
        : CensusCodes.ENGLISH.equals(child.firstLanguage()) ? ENGLISH : -1, child);
    if (child.total() != null && (plan.zeroProfilesOnScales() || child.total() > 0)) {
      addHeaping(child, plan);
    }
  }

  private void addTo(int group, Child child) {
    if (group >= 0) {
      groups[group].add(child);
    }
  }

  /**
   * Children as the unit (a child's results move together, so they are not independent trials):
   * whether the child's lowest GLD result, the one GLD hangs on, is within heapingWithin of the secure
   * score, and exactly at it; the child's total likewise round the GLD total. Counted only where the
   * window is a neighbourhood of the threshold with values beyond it on both sides: fsp13's 5-7 of
   * 0-9, and its totals 77-79; a goal's three values (elg17) or two (elg21) are all near their secure
   * score, so there a share at it says how well children did, not whether they heap.
   */
  private void addHeaping(Child child, LocalCohort.Plan plan) {
    int secure = plan.framework().secureScore();
    int within = plan.heapingWithin();
    if (secure - within > plan.framework().minScore() && secure + within < plan.framework().maxScore()
        && plan.goodLevelScales().length > 0) {
      int lowest = Integer.MAX_VALUE;
      for (int s : plan.goodLevelScales()) {
        lowest = Math.min(lowest, child.scores()[s]);
      }
      if (Math.abs(lowest - secure) <= within) {
        heaping[SECURE_WINDOW]++;
        heaping[SECURE_AT] += lowest == secure ? 1 : 0;
      }
    }
    Integer total = plan.goodLevelTotal();
    if (total != null && total - within > 0 && total + within < plan.maxTotal()
        && Math.abs(child.total() - total) <= within) {
      heaping[TOTAL_WINDOW]++;
      heaping[TOTAL_AT] += child.total().equals(total) ? 1 : 0;
    }
  }

  SettingCounts merge(SettingCounts other) {
    for (int i = 0; i < context.length; i++) {
      context[i] += other.context[i];
    }
    for (int g = 0; g < groups.length; g++) {
      groups[g].add(other.groups[g]);
    }
    for (int i = 0; i < heaping.length; i++) {
      heaping[i] += other.heaping[i];
    }
    return this;
  }
}
