package eyfsp.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An assessment framework: its scales grouped into areas of learning, and their score range. */
public record Framework(
    String code,
    String name,
    int firstAssessmentYear,
    int lastAssessmentYear,
    int minScore,
    int maxScore,
    int secureScore,
    List<String> notAssessedCodes,
    List<Area> areas) implements java.io.Serializable {

  public record Scale(String code, String name) implements java.io.Serializable {}

  public record Area(String code, String name, List<Scale> scales) implements java.io.Serializable {}

  /** Scale codes in the framework's order (DA, SD, ED, LCT, ... for the 13-scale profile). */
  public List<String> scaleCodes() {
    return areas.stream().flatMap(a -> a.scales().stream()).map(Scale::code).toList();
  }

  public int scaleCount() {
    return scaleCodes().size();
  }

  public int maxTotal() {
    return scaleCount() * maxScore;
  }

  /** The areas of learning of more than one scale, in order: those with an "All scales" row of their own. */
  public List<Area> areasOfSeveralScales() {
    return areas.stream().filter(a -> a.scales().size() > 1).toList();
  }

  public Area area(String code) {
    return areas.stream()
        .filter(a -> a.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no area of learning " + code + " in framework " + this.code));
  }

  public boolean coversYear(int assessmentYear) {
    return assessmentYear >= firstAssessmentYear && assessmentYear <= lastAssessmentYear;
  }

  /** The not-assessed codes in upper case: a code counts in any case, as census codes do. */
  public Set<String> notAssessedCodeSet() {
    return notAssessedCodes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
