package eyfsp.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the pipeline knows about the profile and its conventions, read from {@code conf/}.
 * Nothing about EYFSP is a constant in code: it is here, named, and recorded in each manifest.
 */
public record Settings(
    List<Framework> frameworks,
    GapConventions inequalityGap,
    Cohort cohort,
    CensusCodes census,
    Map<String, Flag> childrenFlags,
    BreakdownSettings breakdowns,
    Deprivation deprivation,
    Quality quality,
    Disclosure disclosure,
    Gaps gaps,
    NearThreshold nearThreshold,
    Pseudonymisation pseudonym,
    Map<String, List<String>> headerAliases,
    HistorySettings history,
    TrajectorySettings trajectories,
    NeighbourSettings neighbours,
    TargetPolicy targets) {

  /** Children assessed in summer Y are expected to be this old on 31 August of Y. */
  public record Cohort(@JsonProperty("age_on_31_august") int ageOn31August) {}

  /** A flag of the children's flags input: what its children and the rest are called. */
  public record Flag(String label, String rest) implements java.io.Serializable {}

  /** Pairs of topics broken down together, each a topic of its own (by the topics' names). */
  public record BreakdownSettings(List<List<String>> pairs) {}

  /** Deciles 1..mostDeprivedDeciles make up the "most deprived" areas (30% by default). */
  public record Deprivation(int mostDeprivedDeciles) {}

  /** A file with more than this share of its rows rejected is refused. */
  public record Quality(double maxRejectedShare) implements java.io.Serializable {}

  /**
   * Counts below {@code suppressBelow} are shown as c in published tables; percentages and averages
   * are shown to {@code decimals} places, ratios (relative risks) to {@code ratioDecimals}.
   */
  public record Disclosure(int suppressBelow, int decimals, int ratioDecimals) {}

  /** A GLD gap is flagged low reliability when either group has fewer than this many valid children. */
  public record Gaps(int lowReliabilityBelow) {}

  /**
   * A child without GLD is near the threshold when at most {@code pointsWithin} points short of the
   * total and at most {@code scalesWithin} PSED/CLL scales below the secure score.
   */
  public record NearThreshold(int pointsWithin, int scalesWithin) {}

  /** Where the key for the child-level pseudonym comes from. */
  public record Pseudonymisation(String keyEnvironmentVariable, String syntheticMarkerFile) {}

  /** The framework in force in a summer year, if conf names one. */
  public Optional<Framework> frameworkOf(int year) {
    return frameworks.stream().filter(f -> f.coversYear(year)).findFirst();
  }

  /** A framework by its code. */
  public Framework framework(String code) {
    return frameworks.stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no framework " + code + " in frameworks"));
  }

  /** Header names other than the contract's that map onto a contract column. */
  public List<String> aliasesOf(String column) {
    return headerAliases == null ? List.of() : headerAliases.getOrDefault(column, List.of());
  }
}
