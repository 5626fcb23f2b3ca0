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
    SettingAnalysis settingAnalysis,
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
   * are shown to {@code decimals} places, ratios (relative risks) to {@code ratioDecimals}. Every
   * suppressed count's feasible interval, as an attacker works it out, is at least
   * {@code protectionWidth} wide. {@code notSensitive}: breakdowns of a topic that say nothing about a
   * child (sex not recorded, a census field blank), published and never protected, as are the
   * {@code notSensitiveCounts} (data-quality counts that are such a breakdown again); a count in
   * {@code notSensitiveRests} is not protected for the rest of its group (those not matched to the
   * census); {@code breakdownLevels}: topics published only at these geographic levels;
   * {@code columnLevels}: counts ({@code table.column}, * for any characters) published only at these
   * levels, shown as x (not available) below them; {@code auditRounds}: rounds of audit and widening
   * after secondary suppression (0: none).
   */
  public record Disclosure(int suppressBelow, int decimals, int ratioDecimals, int protectionWidth,
      Map<String, List<String>> notSensitive, List<String> notSensitiveCounts, List<String> notSensitiveRests,
      Map<String, List<String>> breakdownLevels, Map<String, List<String>> tableLevels,
      Map<String, Long> tableMinChildren, Map<String, List<String>> columnLevels, int auditRounds) {

    /** Thresholds and decimals only: every breakdown protected and published at every level. */
    public Disclosure(int suppressBelow, int decimals, int ratioDecimals) {
      this(suppressBelow, decimals, ratioDecimals, 2, Map.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0);
    }

    public Disclosure {
      notSensitive = notSensitive == null ? Map.of() : Map.copyOf(notSensitive);
      notSensitiveCounts = notSensitiveCounts == null ? List.of() : List.copyOf(notSensitiveCounts);
      notSensitiveRests = notSensitiveRests == null ? List.of() : List.copyOf(notSensitiveRests);
      breakdownLevels = breakdownLevels == null ? Map.of() : Map.copyOf(breakdownLevels);
      tableLevels = tableLevels == null ? Map.of() : Map.copyOf(tableLevels);
      tableMinChildren = tableMinChildren == null ? Map.of() : Map.copyOf(tableMinChildren);
      columnLevels = columnLevels == null ? Map.of() : Map.copyOf(columnLevels);
    }

    /** Whether a count of a table is published at a geographic level (else it is x there). */
    public boolean columnPublishedAt(String table, String column, String level) {
      String name = table + "." + column;
      for (Map.Entry<String, List<String>> e : columnLevels.entrySet()) {
        String pattern = e.getKey();
        int star = pattern.indexOf('*');
        boolean matches = star < 0 ? pattern.equals(name) : name.length() >= pattern.length() - 1
            && name.startsWith(pattern.substring(0, star)) && name.endsWith(pattern.substring(star + 1));
        if (matches && !e.getValue().contains(level)) {
          return false;
        }
      }
      return true;
    }

    /** Whether a breakdown of a topic says nothing about a child. */
    public boolean isNotSensitive(String topic, String breakdown) {
      return isNotSensitive(notSensitive, topic, breakdown);
    }

    /**
     * Whether a breakdown of a topic is one of those that say nothing about a child; of a pair of
     * topics ("Sex by Ethnicity", "Unknown / Pakistani"), when either side is: its children are those
     * of such a breakdown, published as they are, and so must their groups be, else a count of them
     * shown as 0 fixes every group of them at 0.
     */
    public static boolean isNotSensitive(Map<String, List<String>> notSensitive, String topic, String breakdown) {
      if (notSensitive.getOrDefault(topic, List.of()).contains(breakdown)) {
        return true;
      }
      String[] topics = PairNames.topics(topic);
      return topics != null && PairNames.splits(breakdown).stream()
          .anyMatch(sides -> notSensitive.getOrDefault(topics[0], List.of()).contains(sides[0])
              || notSensitive.getOrDefault(topics[1], List.of()).contains(sides[1]));
    }

    /** Whether a table's rows of a topic's breakdowns (null: of no topic) are published at a geographic level. */
    public boolean publishedAt(String table, String topic, String level) {
      List<String> levels = topic == null ? null : breakdownLevels.get(topic);
      List<String> tables = tableLevels.get(table);
      return (levels == null || levels.contains(level)) && (tables == null || tables.contains(level));
    }
  }

  /** A GLD gap is flagged low reliability when either group has fewer than this many valid children. */
  public record Gaps(int lowReliabilityBelow) {}

  /**
   * A child without GLD is near the threshold when at most {@code pointsWithin} points short of the
   * total and at most {@code scalesWithin} PSED/CLL scales below the secure score.
   */
  public record NearThreshold(int pointsWithin, int scalesWithin) {}

  /**
   * Schools and PVI settings compared within their LA and year: each one's {@code similar} settings
   * (found as statistical neighbours are: {@code count} nearest by weighted distance between
   * standardised context values) and the moderation manager's flags ({@link Moderation});
   * {@code publishContext}: whether school_context goes to published/ as well (each setting's
   * context; its gaps and their groups are x there, disclosure column_levels).
   */
  public record SettingAnalysis(boolean publishContext, NeighbourSettings similar, Moderation moderation) {}

  /**
   * A setting is flagged when a test's p-value is below {@code alpha} divided by the number of
   * settings the test was made on in the LA and year (Bonferroni); a threshold is heaped when the
   * share of results exactly at it, among those within {@code heapingWithin} of it, is above the
   * rest of the LA's.
   */
  public record Moderation(double alpha, int heapingWithin) {}

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
