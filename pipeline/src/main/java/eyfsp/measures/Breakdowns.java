package eyfsp.measures;

import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
import eyfsp.domain.PairNames;
import eyfsp.domain.Settings;
import eyfsp.enrich.Child;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The characteristics children are broken down by (the contract's {@code breakdown_topic} and
 * {@code breakdown} columns): each topic puts every child in exactly one of its breakdowns, an
 * Unknown one where the census or the deprivation index does not say, so a topic's breakdowns add
 * up to the whole cohort.
 */
public final class Breakdowns {

  public static final String TOPIC = "breakdown_topic";
  public static final String BREAKDOWN = "breakdown";

  public static final String SEX = "Sex";
  public static final String FSM = "FSM";
  public static final String FIRST_LANGUAGE = "First language";
  public static final String SEN_PROVISION = "SEN provision";
  public static final String ETHNICITY = "Ethnicity";
  public static final String ETHNICITY_MINOR = "Ethnicity (minor)";
  public static final String TERM_OF_BIRTH = "Term of birth";
  public static final String IDACI_DECILE = "IDACI decile";
  public static final String AREA_DEPRIVATION = "Area deprivation";

  public static final String BOYS = "Boys";
  public static final String GIRLS = "Girls";
  public static final String REST = "Rest";

  /**
   * A topic, its breakdowns in order, and which of them a child is in: the breakdown's position
   * (-1 for a value the topic does not list).
   */
  public record Topic(String name, List<String> breakdowns, Classifier classifier) implements Serializable {}

  /** Which breakdown of a topic a child is in; sent to the executors with the topics. */
  @FunctionalInterface
  public interface Classifier extends Serializable {
    int breakdownOf(Child child);
  }

  /** A characteristic of a child named by a topic's labels. */
  @FunctionalInterface
  private interface Label extends Serializable {
    String of(Child child);
  }

  private Breakdowns() {}

  /**
   * The topics: sex, FSM, first language, SEN provision, ethnicity (major and minor groups), term of
   * birth, IDACI decile and area deprivation, their labels drawn from the settings where the
   * settings name them; then each pair of topics the settings list ({@code breakdowns.pairs}).
   */
  public static List<Topic> topics(Settings settings) {
    return topics(settings, false);
  }

  /**
   * The topics, with a topic for each of the children's flags (conf children_flags: its children
   * against the rest) when the input has flags to give ({@code withFlags}).
   */
  public static List<Topic> topics(Settings settings, boolean withFlags) {
    List<Topic> topics = new ArrayList<>(singleTopics(settings));
    if (withFlags) {
      settings.childrenFlags().forEach((flag, labels) -> topics.add(new Topic(labels.label(),
          List.of(labels.label(), labels.rest()), c -> c.flags().contains(flag) ? 0 : 1)));
    }
    for (List<String> pair : settings.breakdowns().pairs()) {
      topics.add(pair(byName(topics, pair.get(0)), byName(topics, pair.get(1))));
    }
    return List.copyOf(topics);
  }

  private static Topic byName(List<Topic> topics, String name) {
    return topics.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new eyfsp.domain.InvalidSettingsException("breakdowns.pairs names '" + name
            + "', which is not a topic (" + String.join(", ", topics.stream().map(Topic::name).toList()) + ")."));
  }

  /** Whether a topic is a pair of topics. */
  public static boolean isPair(Topic topic) {
    return PairNames.topics(topic.name()) != null;
  }

  /**
   * Two topics at once: a breakdown for each pair of their breakdowns ("Boys / FSM eligible"), in
   * the first topic's order then the second's, so that its groups add up to either topic's.
   */
  static Topic pair(Topic first, Topic second) {
    List<String> labels = new ArrayList<>();
    for (String a : first.breakdowns()) {
      for (String b : second.breakdowns()) {
        labels.add(a + PairNames.GROUP + b);
      }
    }
    int n = second.breakdowns().size();
    Classifier one = first.classifier();
    Classifier other = second.classifier();
    return new Topic(first.name() + PairNames.TOPIC + second.name(), List.copyOf(labels), c -> {
      int a = one.breakdownOf(c);
      int b = other.breakdownOf(c);
      return a < 0 || b < 0 ? -1 : a * n + b;
    });
  }

  private static List<Topic> singleTopics(Settings settings) {
    String unknown = CensusCodes.UNKNOWN;
    List<String> sen = new ArrayList<>(settings.census().senProvision().keySet());
    sen.add(unknown);
    Set<String> ethnicity = new LinkedHashSet<>(settings.census().ethnicity().keySet());
    ethnicity.add(CensusCodes.UNCLASSIFIED);
    List<String> deciles = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      deciles.add(Integer.toString(d));
    }
    deciles.add(unknown);
    String mostDeprived = mostDeprivedLabel(settings.deprivation().mostDeprivedDeciles());
    return List.of(
        new Topic(SEX, List.of(BOYS, GIRLS, unknown), c -> "M".equals(c.sex()) ? 0 : "F".equals(c.sex()) ? 1 : 2),
        labelled(FSM, Child::fsm, List.of(CensusCodes.FSM_ELIGIBLE, CensusCodes.NOT_FSM_ELIGIBLE, unknown)),
        labelled(FIRST_LANGUAGE, Child::firstLanguage,
            List.of(CensusCodes.ENGLISH, CensusCodes.OTHER_THAN_ENGLISH, unknown)),
        labelled(SEN_PROVISION, Child::senProvision, sen),
        labelled(ETHNICITY, Child::ethnicityMajor, List.copyOf(ethnicity)),
        labelled(ETHNICITY_MINOR, minorEthnicity(settings.census()), settings.census().ethnicityMinorGroups()),
        labelled(TERM_OF_BIRTH, Child::termOfBirth, List.of(BirthDates.AUTUMN, BirthDates.SPRING, BirthDates.SUMMER)),
        // Deciles 1-10 are breakdowns 0-9, unknown the 11th.
        new Topic(IDACI_DECILE, List.copyOf(deciles), c -> c.idaciDecile() == null ? 10
            : c.idaciDecile() >= 1 && c.idaciDecile() <= 10 ? c.idaciDecile() - 1 : -1),
        new Topic(AREA_DEPRIVATION, List.of(mostDeprived, REST, unknown),
            c -> c.mostDeprived() == null ? 2 : c.mostDeprived() ? 0 : 1));
  }

  /** DfE's minor group of a child's ethnicity code (Unclassified for a child with no census row). */
  private static Label minorEthnicity(CensusCodes codes) {
    return c -> codes.ethnicityMinor(c.ethnicity(), c.ethnicityMajor());
  }

  /** A topic whose breakdown is a characteristic's label. */
  private static Topic labelled(String name, Label label, List<String> breakdowns) {
    List<String> labels = List.copyOf(breakdowns);
    return new Topic(name, labels, c -> {
      String value = label.of(c);
      return value == null ? -1 : labels.indexOf(value);
    });
  }

  /** "30% most deprived LSOAs" for deciles 1-3 (the 2004 PSA target's areas). */
  public static String mostDeprivedLabel(int deciles) {
    return deciles * 10 + "% most deprived LSOAs";
  }

  /** Topics by name with their breakdowns, as the gaps are defined on them. */
  public static Map<String, List<String>> byName(List<Topic> topics) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    topics.forEach(t -> byName.put(t.name(), t.breakdowns()));
    return byName;
  }
}
