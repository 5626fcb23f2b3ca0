package eyfsp.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One child's profile against the framework and the GLD rule: which scale values are scores, which
 * mean "not assessed", and what a full set of scores adds up to.
 */
public final class ProfileRules implements Serializable {

  /** A child's outcome on a profile with a score on every scale. */
  public record Outcome(int total, boolean goodLevel, boolean points78, boolean secureInGoodLevelAreas) {}

  /** Marks a scale value that is a not-assessed code, in {@link #score}'s result. */
  public static final int NOT_ASSESSED = -1;
  /** Marks a scale value that is neither a score nor a not-assessed code. */
  public static final int INVALID = -2;

  private final List<String> scaleCodes;
  private final Set<String> notAssessedCodes;
  private final int minScore;
  private final int maxScore;
  private final int secureScore;
  private final int totalAtLeast;
  private final int[] goodLevelScales;

  public ProfileRules(Framework framework, GoodLevelRule rule) {
    this.scaleCodes = framework.scaleCodes();
    this.notAssessedCodes = framework.notAssessedCodeSet();
    this.minScore = framework.minScore();
    this.maxScore = framework.maxScore();
    this.secureScore = framework.secureScore();
    this.totalAtLeast = rule.totalAtLeast();
    this.goodLevelScales = rule.secureInEveryScaleOf().stream()
        .flatMap(area -> framework.area(area).scales().stream())
        .mapToInt(scale -> scaleCodes.indexOf(scale.code()))
        .toArray();
  }

  public static ProfileRules of(Settings settings) {
    return new ProfileRules(settings.framework(), settings.goodLevelOfDevelopment());
  }

  public List<String> scaleCodes() {
    return scaleCodes;
  }

  /** A scale value as a score, {@link #NOT_ASSESSED} or {@link #INVALID}. Blank is invalid. */
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
    return score >= minScore && score <= maxScore ? score : INVALID;
  }

  /** The outcome of a child with a score on every scale, in framework order. */
  public Outcome evaluate(int[] scores) {
    if (scores.length != scaleCodes.size()) {
      throw new IllegalArgumentException("expected " + scaleCodes.size() + " scores, got " + scores.length);
    }
    int total = IntStream.of(scores).sum();
    boolean secure = IntStream.of(goodLevelScales).allMatch(i -> scores[i] >= secureScore);
    boolean points = total >= totalAtLeast;
    return new Outcome(total, points && secure, points, secure);
  }
}
