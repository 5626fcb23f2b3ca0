package eyfsp.measures;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The characteristics children are broken down by (the contract's {@code breakdown_topic} and
 * {@code breakdown} columns): each topic puts every child in exactly one of its breakdowns, an
 * Unknown one where the census or the deprivation index does not say, so a topic's breakdowns add
 * up to the whole cohort.
 */
public final class Breakdowns {

  public static final String TOPIC = "breakdown_topic";
  public static final String BREAKDOWN = "breakdown";
  /** The column of a topic and breakdown's code, in the pass over the children. */
  static final String CODE = "breakdown_code";
  private static final int CODES_PER_TOPIC = 1000;

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
   * A topic, its breakdowns in order, and which of them a child is in: the breakdown's position,
   * from the enriched columns (-1 for a value the topic does not list).
   */
  public record Topic(String name, List<String> breakdowns, Column breakdownIndex) {}

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
        new Topic(SEX, List.of(BOYS, GIRLS, unknown),
            when(col("sex").equalTo("M"), 0).when(col("sex").equalTo("F"), 1).otherwise(2)),
        labelled(FSM, col("fsm"), List.of(CensusCodes.FSM_ELIGIBLE, CensusCodes.NOT_FSM_ELIGIBLE, unknown)),
        labelled(FIRST_LANGUAGE, col("first_language"),
            List.of(CensusCodes.ENGLISH, CensusCodes.OTHER_THAN_ENGLISH, unknown)),
        labelled(SEN_PROVISION, col("sen_provision"), List.copyOf(sen)),
        labelled(ETHNICITY, col("ethnicity_major"), List.copyOf(ethnicity)),
        labelled(TERM_OF_BIRTH, col("term_of_birth"), List.of(BirthDates.AUTUMN, BirthDates.SPRING, BirthDates.SUMMER)),
        // Deciles 1-10 are breakdowns 0-9, unknown the 11th.
        new Topic(IDACI_DECILE, List.copyOf(deciles), coalesce(col("idaci_decile").minus(1), lit(10))),
        new Topic(AREA_DEPRIVATION, List.of(mostDeprived, REST, unknown),
            when(col("most_deprived"), 0).when(not(col("most_deprived")), 1).otherwise(2)));
  }

  /** A topic whose breakdown is the value of a column of the enriched children. */
  private static Topic labelled(String name, Column column, List<String> breakdowns) {
    Column index = lit(-1);
    for (int b = breakdowns.size() - 1; b >= 0; b--) {
      index = when(column.equalTo(breakdowns.get(b)), b).otherwise(index);
    }
    return new Topic(name, breakdowns, index);
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

  /**
   * One row per child and topic: the given columns, then {@link #CODE}, a whole number naming the
   * topic and breakdown ({@link #code}), cheaper to group by than two strings.
   */
  public static Dataset<Row> oneRowPerTopic(Dataset<Row> children, List<Topic> topics, List<Column> columns) {
    List<Column> codes = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      Column index = topics.get(t).breakdownIndex();
      codes.add(when(index.geq(0), index.plus(code(t, 0))).otherwise(-1));
    }
    List<Column> select = new ArrayList<>(columns);
    select.add(org.apache.spark.sql.functions.explode(array(codes.toArray(Column[]::new))).as(CODE));
    return children.select(select.toArray(Column[]::new));
  }

  /** The code of topic t's breakdown b; -1 for a breakdown the topic does not list. */
  static int code(int topic, int breakdown) {
    return topic * CODES_PER_TOPIC + breakdown;
  }

  /** The topic and breakdown a code names, or null for -1. */
  static List<String> decode(List<Topic> topics, int code) {
    if (code < 0) {
      return null;
    }
    Topic topic = topics.get(code / CODES_PER_TOPIC);
    return List.of(topic.name(), topic.breakdowns().get(code % CODES_PER_TOPIC));
  }
}
