package eyfsp.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One child's profile against a framework and its rules: which values are scores, which mean "not
 * assessed", what a full set of scores adds up to, and which outcomes (GLD and the others the
 * framework counts) the child has.
 */
public final class ProfileRules implements Serializable {

  /**
   * A child's outcome on a profile with a score on every result.
   *
   * @param outcomes whether the child has each of the framework's outcomes, in their order
   * @param secureCount how many results are at the secure score or more
   */
  public record Outcome(int total, boolean goodLevel, boolean[] outcomes, int secureCount) {}

  /** Marks a value that is a not-assessed code, in {@link #score}'s result. */
  public static final int NOT_ASSESSED = -1;
  /** Marks a value that is neither a score nor a not-assessed code. */
  public static final int INVALID = -2;

  private final Framework framework;
  private final int results;
  private final Set<String> notAssessedCodes;
  private final Rule goodLevel;
  private final Rule[] outcomes;

  /** A rule as positions: the total it needs (or none) and the results that must be secure. */
  private record Rule(Integer totalAtLeast, int[] secure) implements Serializable {}

  public ProfileRules(Framework framework) {
    this.framework = framework;
    this.results = framework.scaleCount();
    this.notAssessedCodes = framework.notAssessedCodeSet();
    this.goodLevel = rule(framework.goodLevelOfDevelopment());
    this.outcomes = framework.outcomes().values().stream().map(this::rule).toArray(Rule[]::new);
  }

  private Rule rule(OutcomeRule rule) {
    return new Rule(rule.totalAtLeast(), framework.positionsOf(rule.secureInAllOf()));
  }

  public Framework framework() {
    return framework;
  }

  public List<String> scaleCodes() {
    return framework.scaleCodes();
  }

  /** A value as a score, {@link #NOT_ASSESSED} or {@link #INVALID}. Blank is invalid. */
  public int score(String value) {
    if (notAssessedCodes.contains(value.toUpperCase(java.util.Locale.ROOT))) {
      return NOT_ASSESSED;
    }
    if (value.isEmpty() || value.length() > 3) {
      return INVALID;
    }
    int score = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return INVALID;
      }
      score = score * 10 + (c - '0');
    }
    return score >= framework.minScore() && score <= framework.maxScore() ? score : INVALID;
  }

  /** The outcome of a child with a score on every result, in framework order. */
  public Outcome evaluate(int[] scores) {
    if (scores.length != results) {
      throw new IllegalArgumentException("expected " + results + " scores, got " + scores.length);
    }
    int total = framework.totalOf(scores);
    int secure = 0;
    for (int score : scores) {
      secure += score >= framework.secureScore() ? 1 : 0;
    }
    boolean[] met = new boolean[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      met[o] = meets(outcomes[o], total, scores);
    }
    return new Outcome(total, meets(goodLevel, total, scores), met, secure);
  }

  private boolean meets(Rule rule, int total, int[] scores) {
    if (rule.totalAtLeast() != null && total < rule.totalAtLeast()) {
      return false;
    }
    for (int i : rule.secure()) {
      if (scores[i] < framework.secureScore()) {
        return false;
      }
    }
    return true;
  }
}
