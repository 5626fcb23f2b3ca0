package eyfsp.measures;

import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
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

  /** The eight topics of the issue, their labels drawn from the settings where the settings name them. */
  public static List<Topic> topics(Settings settings) {
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
        labelled(TERM_OF_BIRTH, Child::termOfBirth, List.of(BirthDates.AUTUMN, BirthDates.SPRING, BirthDates.SUMMER)),
        // Deciles 1-10 are breakdowns 0-9, unknown the 11th.
        new Topic(IDACI_DECILE, List.copyOf(deciles), c -> c.idaciDecile() == null ? 10
            : c.idaciDecile() >= 1 && c.idaciDecile() <= 10 ? c.idaciDecile() - 1 : -1),
        new Topic(AREA_DEPRIVATION, List.of(mostDeprived, REST, unknown),
            c -> c.mostDeprived() == null ? 2 : c.mostDeprived() ? 0 : 1));
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
