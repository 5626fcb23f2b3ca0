package eyfsp.measures;

import eyfsp.domain.Framework;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract's attainment indicators for each breakdown of each characteristic, at every level
 * asked: the filter columns, then {@code breakdown_topic} and {@code breakdown}, then
 * {@link CohortMeasures#INDICATORS}. Every breakdown of a topic has a row wherever there are
 * children, an empty group with zeros (and z for what is not defined).
 */
public final class AttainmentByCharacteristic {

  public static final String NAME = "attainment_by_characteristic";
  public static final String TITLE = "EYFSP attainment by pupil characteristic";
  /** The same for pairs of characteristics ("Sex by FSM": "Boys / FSM eligible" ...). */
  public static final String PAIRS = "attainment_by_pair";

  private AttainmentByCharacteristic() {}

  /**
   * The tallies this table, the gaps and the lowest-20% profile share, from the LAs' cohorts: keyed
   * by academic_year, old_la_code, topic, breakdown, for every breakdown with a child in it.
   */
  public static Map<List<Object>, Tally> tallies(List<LocalCohort> cohorts, List<Breakdowns.Topic> topics) {
    Map<List<Object>, Tally> tallies = new LinkedHashMap<>();
    for (LocalCohort c : cohorts) {
      for (int t = 0; t < topics.size(); t++) {
        Breakdowns.Topic topic = topics.get(t);
        for (int b = 0; b < topic.breakdowns().size(); b++) {
          Tally tally = c.breakdown(t, b);
          if (tally != null) {
            tallies.put(List.of(c.year(), c.la().laCode(), topic.name(), topic.breakdowns().get(b)), tally);
          }
        }
      }
    }
    return tallies;
  }

  /**
   * The tallies of each geography of a level and breakdown, keyed by the geography's filter values
   * then topic and breakdown; Regional and National roll up from their LAs.
   */
  static Map<List<Object>, Tally> rollUp(Map<List<Object>, Tally> laTallies, Map<String, LocalAuthority> las,
      GeographicLevel level) {
    Map<List<Object>, Tally> rolled = new LinkedHashMap<>();
    laTallies.forEach((key, tally) -> {
      List<Object> place = new ArrayList<>(Geography.filterValues(level, (Integer) key.get(0), las.get(key.get(1))));
      place.add(key.get(2));
      place.add(key.get(3));
      rolled.computeIfAbsent(place, p -> new Tally()).add(tally);
    });
    return rolled;
  }

  /** The places (filter values, all but the topic and breakdown) that have any tally. */
  static List<List<Object>> places(Map<List<Object>, Tally> rolled) {
    return rolled.keySet().stream().map(k -> k.subList(0, k.size() - 2)).distinct().toList();
  }

  public static Table table(Map<List<Object>, Tally> laTallies, Map<String, LocalAuthority> las,
      List<GeographicLevel> levels, List<Breakdowns.Topic> topics, Settings settings) {
    Tally empty = new Tally();
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      Map<List<Object>, Tally> rolled = rollUp(laTallies, las, level);
      for (List<Object> place : places(rolled)) {
        Framework framework = Geography.framework(settings, place);
        for (Breakdowns.Topic topic : topics) {
          for (String breakdown : topic.breakdowns()) {
            List<Object> key = new ArrayList<>(place);
            key.add(topic.name());
            key.add(breakdown);
            List<Object> values = new ArrayList<>(key);
            values.addAll(CohortMeasures.indicatorValues(
                rolled.getOrDefault(key, empty).statistics(settings.inequalityGap()), framework));
            rows.add(RowFactory.create(values.toArray()));
          }
        }
      }
    }
    boolean pairs = !topics.isEmpty() && Breakdowns.isPair(topics.get(0));
    return new Table(pairs ? PAIRS : NAME, pairs ? "EYFSP attainment by pairs of pupil characteristics" : TITLE, schema(),
        rows, CohortMeasures.INDICATORS);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(Breakdowns.TOPIC, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(Breakdowns.BREAKDOWN, DataTypes.StringType, false));
    fields.addAll(CohortMeasures.indicatorFields());
    return DataTypes.createStructType(fields);
  }
}
