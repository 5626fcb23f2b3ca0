package eyfsp.measures;

import eyfsp.domain.CensusCodes;
import eyfsp.domain.Framework;
import eyfsp.domain.GapConventions.AllZeroProfiles;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import eyfsp.enrich.Child;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One LA's children of one year, counted every way the tables need, in one pass over the children
 * (plain Java, run where the children are): the whole cohort, each breakdown of each topic, each
 * school, each scale, the cohort's context, the data-quality counts and the children near the GLD
 * threshold. Counts of the same LA and year made in different places merge exactly ({@link #merge});
 * regions and the nation add up their LAs' counts on the driver.
 */
public final class LocalCohort implements Serializable {

  /** Positions in {@link #context()}. */
  static final int FSM_KNOWN = 0;
  static final int FSM = 1;
  static final int FIRST_LANGUAGE_KNOWN = 2;
  static final int EAL = 3;
  static final int DEPRIVATION_KNOWN = 4;
  static final int MOST_DEPRIVED = 5;
  static final int IDACI_RANK_SUM = 6;

  /** Positions in a school's data-quality counts ({@link #qualityBySchool()}). */
  static final int ACCEPTED = 0;
  static final int CENSUS_MATCHED = 1;
  static final int SEX_QUERIED = 2;
  static final int BIRTH_DATE_QUERIED = 3;
  static final int LSOA_QUERIED = 4;

  /** A child near the GLD threshold, by the {@code near_threshold} settings. */
  public record NearChild(String setting, int pointsShort, int scalesBelowSecure, String scalesBelow, int total,
      String pupilPseudonym) implements Serializable {}

  private final int year;
  private final LocalAuthority la;
  private final Framework framework;
  private final List<Breakdowns.Topic> topics;
  private final Tally cohort;
  /** By topic and breakdown, in the topics' order; null where no child is in the breakdown. */
  private final Tally[][] byBreakdown;
  private final Map<String, Tally> bySchool = new HashMap<>();
  private final Map<String, long[]> qualityBySchool = new HashMap<>();
  private final Map<String, SettingCounts> bySetting = new HashMap<>();
  private final long[] context = new long[IDACI_RANK_SUM + 1];
  /** The valid cohort by item (each scale, then each area of several scales) and value; see {@link Plan}. */
  private final long[][] scaleCounts;
  private final List<NearChild> nearThreshold = new ArrayList<>();
  /** By area type and code (null code: outside every area of the type), the children who live there. */
  private final Map<List<String>, AreaCounts> byArea = new HashMap<>();

  /** The children of one area of the LA, counted as the whole cohort and by each breakdown. */
  static final class AreaCounts implements Serializable {
    final Tally cohort = new Tally();
    final Tally[][] byBreakdown;

    AreaCounts(List<Breakdowns.Topic> topics) {
      byBreakdown = new Tally[topics.size()][];
      for (int t = 0; t < byBreakdown.length; t++) {
        byBreakdown[t] = new Tally[topics.get(t).breakdowns().size()];
      }
    }

    void add(Child child, int[] breakdowns) {
      cohort.add(child);
      for (int t = 0; t < breakdowns.length; t++) {
        if (byBreakdown[t][breakdowns[t]] == null) {
          byBreakdown[t][breakdowns[t]] = new Tally();
        }
        byBreakdown[t][breakdowns[t]].add(child);
      }
    }

    AreaCounts merge(AreaCounts other) {
      cohort.add(other.cohort);
      LocalCohort.merge(byBreakdown, other.byBreakdown);
      return this;
    }
  }

  LocalCohort(int year, LocalAuthority la, Plan plan) {
    this.year = year;
    this.la = la;
    this.framework = plan.framework();
    this.topics = plan.topics();
    this.cohort = new Tally();
    this.byBreakdown = new Tally[plan.topics().size()][];
    for (int t = 0; t < byBreakdown.length; t++) {
      byBreakdown[t] = new Tally[plan.topics().get(t).breakdowns().size()];
    }
    this.scaleCounts = new long[plan.scaleCount() + plan.areas().size()][framework.maxScore() + 1];
  }

  /**
   * What counting a framework's children needs from the settings, small and sent to the executors:
   * the framework, the topics, the areas of several results (as positions), whether all-zero
   * profiles count on the scales, and the near-threshold rule (the GLD total, where GLD has one, and
   * the results GLD needs secure). The framework's result codes, their number and its highest total
   * are kept worked out: they are asked for every child.
   */
  public record Plan(Framework framework, List<Breakdowns.Topic> topics, List<int[]> areas,
      boolean zeroProfilesOnScales, Integer goodLevelTotal, int[] goodLevelScales, int pointsWithin,
      int scalesWithin, List<String> areaTypes, int heapingWithin, List<String> scaleCodes, int maxTotal)
      implements Serializable {

    public static Plan of(Settings settings, Framework framework, List<Breakdowns.Topic> topics,
        List<String> areaTypes) {
      List<int[]> areas = framework.areasOfSeveralScales().stream()
          .map(a -> framework.positionsOf(List.of(a.code()))).toList();
      return new Plan(framework, topics, areas,
          !(settings.inequalityGap().allZeroProfiles() == AllZeroProfiles.EXCLUDED
              && framework.zeroTotalIsAllZeroProfile()),
          framework.goodLevelOfDevelopment().totalAtLeast(),
          framework.positionsOf(framework.goodLevelOfDevelopment().secureInAllOf()),
          settings.nearThreshold().pointsWithin(), settings.nearThreshold().scalesWithin(), List.copyOf(areaTypes),
          settings.settingAnalysis().moderation().heapingWithin(), framework.scaleCodes(), framework.maxTotal());
    }

    int scaleCount() {
      return scaleCodes.size();
    }
  }

  /** The plan of each framework, by code. */
  public record Plans(Map<String, Plan> byFramework) implements Serializable {

    public static Plans of(Settings settings) {
      return of(settings, Breakdowns.topics(settings), List.of());
    }

    /** The plans counting children by these topics, and by where they live in areas of these types. */
    public static Plans of(Settings settings, List<Breakdowns.Topic> topics, List<String> areaTypes) {
      Map<String, Plan> plans = new java.util.LinkedHashMap<>();
      settings.frameworks().forEach(f -> plans.put(f.code(), Plan.of(settings, f, topics, areaTypes)));
      return new Plans(plans);
    }

    /** The topics every plan counts by. */
    public List<Breakdowns.Topic> topics() {
      return byFramework.values().iterator().next().topics();
    }

    public Plan of(Framework framework) {
      return byFramework.get(framework.code());
    }
  }

  /** Counts one more child of the LA and year. */
  void add(Child child, Plan plan) {
    cohort.add(child);
    int[] breakdowns = new int[byBreakdown.length];
    for (int t = 0; t < byBreakdown.length; t++) {
      Breakdowns.Topic topic = plan.topics().get(t);
      int b = topic.classifier().breakdownOf(child);
      if (b < 0) {
        throw new IllegalStateException("A child of LA " + la.laCode() + " is in no breakdown of " + topic.name()
            + " that the topic lists.");
      }
      breakdowns[t] = b;
      if (byBreakdown[t][b] == null) {
        byBreakdown[t][b] = new Tally();
      }
      byBreakdown[t][b].add(child);
    }
    for (int a = 0; a < plan.areaTypes().size(); a++) {
      byArea.computeIfAbsent(java.util.Arrays.asList(plan.areaTypes().get(a), child.areas().get(a)),
          k -> new AreaCounts(topics)).add(child, breakdowns);
    }
    bySchool.computeIfAbsent(child.setting(), s -> new Tally()).add(child);
    long[] quality = qualityBySchool.computeIfAbsent(child.setting(), s -> new long[LSOA_QUERIED + 1]);
    quality[ACCEPTED]++;
    quality[CENSUS_MATCHED] += child.censusMatched() ? 1 : 0;
    quality[SEX_QUERIED] += child.sexQueried() ? 1 : 0;
    quality[BIRTH_DATE_QUERIED] += child.birthDateQueried() ? 1 : 0;
    quality[LSOA_QUERIED] += child.lsoaQueried() ? 1 : 0;
    addContext(context, child);
    bySetting.computeIfAbsent(child.setting(), k -> new SettingCounts()).add(child, plan);
    if (child.total() != null && (plan.zeroProfilesOnScales() || child.total() > 0)) {
      addScales(child, plan);
    }
    if (child.total() != null && !child.goodLevel()) {
      addIfNearThreshold(child, plan);
    }
  }

  /** Adds the counts of the same LA and year made elsewhere (another partition of the children). */
  LocalCohort merge(LocalCohort other) {
    if (other.year != year || !other.la.equals(la)) {
      throw new IllegalArgumentException("LA " + other.la.laCode() + " " + other.year + " merged into LA "
          + la.laCode() + " " + year);
    }
    cohort.add(other.cohort);
    merge(byBreakdown, other.byBreakdown);
    other.byArea.forEach((area, counts) -> byArea.merge(area, counts, AreaCounts::merge));
    other.bySchool.forEach((school, tally) -> bySchool.merge(school, tally, (a, b) -> {
      a.add(b);
      return a;
    }));
    other.qualityBySchool.forEach((school, counts) -> qualityBySchool.merge(school, counts, LocalCohort::sum));
    other.bySetting.forEach((setting, counts) -> bySetting.merge(setting, counts, SettingCounts::merge));
    sum(context, other.context);
    for (int i = 0; i < scaleCounts.length; i++) {
      sum(scaleCounts[i], other.scaleCounts[i]);
    }
    nearThreshold.addAll(other.nearThreshold);
    return this;
  }

  /** Adds tallies by topic and breakdown into others of the same shape. */
  private static void merge(Tally[][] into, Tally[][] more) {
    for (int t = 0; t < into.length; t++) {
      for (int b = 0; b < into[t].length; b++) {
        Tally theirs = more[t][b];
        if (theirs != null) {
          if (into[t][b] == null) {
            into[t][b] = theirs;
          } else {
            into[t][b].add(theirs);
          }
        }
      }
    }
  }

  private static long[] sum(long[] into, long[] more) {
    for (int i = 0; i < into.length; i++) {
      into[i] += more[i];
    }
    return into;
  }

  /** Counts a child into a context's counts (at the positions this class names): the LA's or a setting's. */
  static void addContext(long[] context, Child child) {
    // The labels CensusCodes gives; a child not matched to the census is Unknown.
    context[FSM_KNOWN] += known(child.fsm()) ? 1 : 0;
    context[FSM] += CensusCodes.FSM_ELIGIBLE.equals(child.fsm()) ? 1 : 0;
    context[FIRST_LANGUAGE_KNOWN] += known(child.firstLanguage()) ? 1 : 0;
    context[EAL] += CensusCodes.OTHER_THAN_ENGLISH.equals(child.firstLanguage()) ? 1 : 0;
    if (child.mostDeprived() != null) {
      context[DEPRIVATION_KNOWN]++;
      context[MOST_DEPRIVED] += child.mostDeprived() ? 1 : 0;
    }
    context[IDACI_RANK_SUM] += child.idaciRank() == null ? 0 : child.idaciRank();
  }

  private static boolean known(String label) {
    return label != null && !label.equals(CensusCodes.UNKNOWN);
  }

  /** Item s is result s, counted by score; each item after the results is an area, counted 1 when secure on all of it. */
  private void addScales(Child child, Plan plan) {
    Integer[] scores = child.scores();
    int results = plan.scaleCount();
    for (int s = 0; s < results; s++) {
      scaleCounts[s][scores[s]]++;
    }
    for (int a = 0; a < plan.areas().size(); a++) {
      boolean secure = true;
      for (int s : plan.areas().get(a)) {
        secure &= scores[s] >= framework.secureScore();
      }
      scaleCounts[results + a][secure ? 1 : 0]++;
    }
  }

  /**
   * Without GLD, at most pointsWithin short of the GLD total (where GLD asks for one) and at most
   * scalesWithin of the results GLD needs below secure: one goal short, under the goal frameworks.
   */
  private void addIfNearThreshold(Child child, Plan plan) {
    int pointsShort = plan.goodLevelTotal() == null ? 0 : Math.max(0, plan.goodLevelTotal() - child.total());
    List<String> below = new ArrayList<>();
    List<String> codes = plan.scaleCodes();
    for (int s : plan.goodLevelScales()) {
      if (child.scores()[s] < framework.secureScore()) {
        below.add(codes.get(s));
      }
    }
    if (pointsShort <= plan.pointsWithin() && below.size() <= plan.scalesWithin()) {
      nearThreshold.add(new NearChild(child.setting(), pointsShort, below.size(), String.join(";", below),
          child.total(), child.pupilPseudonym()));
    }
  }

  public int year() {
    return year;
  }

  /** By area type and code (null: outside every area of the type), in order. */
  Map<List<String>, AreaCounts> byArea() {
    Map<List<String>, AreaCounts> sorted = new java.util.TreeMap<>(java.util.Comparator
        .<List<String>, String>comparing(k -> k.get(0))
        .thenComparing(k -> k.get(1), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    sorted.putAll(byArea);
    return sorted;
  }

  /** The topics its children are broken down by, in order. */
  public List<Breakdowns.Topic> topics() {
    return topics;
  }

  /** The framework of the year. */
  public Framework framework() {
    return framework;
  }

  public LocalAuthority la() {
    return la;
  }

  /** Every child of the LA and year. */
  public Tally cohort() {
    return cohort;
  }

  /** The children of breakdown b of topic t (in the topics' order), or null when there are none. */
  public Tally breakdown(int topic, int breakdown) {
    return byBreakdown[topic][breakdown];
  }

  /** By LAESTAB, in order. */
  public Map<String, Tally> bySchool() {
    return new TreeMap<>(bySchool);
  }

  /** By LAESTAB, in order: children accepted, census matched, queried on sex, birth date and LSOA. */
  public Map<String, long[]> qualityBySchool() {
    return new TreeMap<>(qualityBySchool);
  }

  /** Children known and counted for the context table, at the positions this class names. */
  long[] context() {
    return context;
  }

  /** By setting (LAESTAB or early years URN), in order: its context, gap groups and heaping counts. */
  Map<String, SettingCounts> bySetting() {
    return new TreeMap<>(bySetting);
  }

  long[][] scaleCounts() {
    return scaleCounts;
  }

  public List<NearChild> nearThreshold() {
    return nearThreshold;
  }
}
