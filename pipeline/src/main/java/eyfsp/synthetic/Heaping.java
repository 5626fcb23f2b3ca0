package eyfsp.synthetic;

import eyfsp.domain.Framework;
import java.util.Arrays;

/**
 * A setting whose borderline children are nudged up to the GLD threshold, for the moderation
 * manager's heaping test to find (./eyfsp sample --plant-heaping): a result GLD needs one below the
 * secure score is put at it (under the goal frameworks only for a child at most {@code GOALS_SHORT}
 * goals short of GLD); under fsp13 a total one to three points short of the GLD total is then made up
 * exactly to it on the scales GLD does not name. Results above the threshold, and children not
 * assessed, are left alone.
 */
final class Heaping {

  /** How far below the GLD total an fsp13 total is nudged from; how many goals short a child may be. */
  private static final int TOTAL_REACH = 3;
  private static final int GOALS_SHORT = 2;

  private Heaping() {}

  static String[] nudged(String[] results, Framework framework) {
    int[] scores = new int[results.length];
    for (int i = 0; i < results.length; i++) {
      if (!results[i].chars().allMatch(Character::isDigit)) {
        return results;
      }
      scores[i] = Integer.parseInt(results[i]);
    }
    int secure = framework.secureScore();
    int[] gld = framework.positionsOf(framework.goodLevelOfDevelopment().secureInAllOf());
    long below = Arrays.stream(gld).filter(g -> scores[g] < secure).count();
    boolean goals = framework.maxScore() - framework.minScore() <= 2;
    for (int s : gld) {
      if (scores[s] == secure - 1 && (!goals || below <= GOALS_SHORT)) {
        scores[s] = secure;
      }
    }
    Integer threshold = framework.goodLevelOfDevelopment().totalAtLeast();
    int total = Arrays.stream(scores).sum();
    if (threshold != null && total < threshold && total >= threshold - TOTAL_REACH) {
      for (int s = 0; s < scores.length && total < threshold; s++) {
        final int scale = s;
        if (Arrays.stream(gld).noneMatch(g -> g == scale)) {
          int added = Math.min(framework.maxScore() - scores[s], threshold - total);
          scores[s] += added;
          total += added;
        }
      }
    }
    return Arrays.stream(scores).mapToObj(Integer::toString).toArray(String[]::new);
  }
}
