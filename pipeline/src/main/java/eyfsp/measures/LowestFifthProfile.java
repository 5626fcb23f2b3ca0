package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.LocalAuthority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Who is in each LA's lowest-achieving 20% (the statutory guidance's "common factors"): for every
 * breakdown of every topic, the group's children in the cohort and in the lowest 20%, each as a
 * share, and the relative risk, share of the lowest 20% / share of the cohort (above 1: the group is
 * over-represented). Rows run from the strongest common factor down within each LA and year.
 *
 * <p>The lowest 20% is the attainment table's, under the same conventions ({@link LowestGroup}):
 * with EXACTLY_K the children tied at the boundary total count fractionally, so a topic's groups
 * always share out exactly the LA's {@code lowest20_number}, and the relative risks of a topic
 * average to 1 when weighted by cohort share.
 */
public final class LowestFifthProfile {

  public static final String NAME = "lowest20_profile";
  public static final String TITLE = "Who is in the lowest-achieving 20%: each group's share and relative risk, by LA";
  /** The same for pairs of characteristics, with each place's own lowest 20% (England's, a region's, an LA's). */
  public static final String PAIRS = "lowest20_profile_by_pair";

  public static final List<Indicator> INDICATORS = indicators("the LA's");
  private static final List<Indicator> PAIR_INDICATORS = indicators("the place's");

  private static List<Indicator> indicators(String whose) {
    return List.of(
        Indicator.count("cohort_number", "Children in " + whose + " valid cohort"),
        Indicator.size("lowest20_number", "Children in " + whose + " lowest-achieving 20%", "cohort_number"),
        Indicator.count("children_number", "Children of the group in " + whose + " valid cohort"),
        // A label of 100 characters at most (EES API data standards, character limits).
        Indicator.count("in_lowest20_number", "Children of the group in " + whose + " lowest-achieving 20% (tied "
            + "children may count fractionally)", "children_number"),
        Indicator.percent("cohort_share_percent", "The group's share of " + whose + " cohort", "children_number",
            "cohort_number"),
        Indicator.percent("lowest20_share_percent", "The group's share of " + whose + " lowest-achieving 20%",
            "in_lowest20_number", "lowest20_number"),
        Indicator.ratio("relative_risk", "Relative risk: share of the lowest 20% / share of the cohort",
            "in_lowest20_number", "lowest20_number", "children_number", "cohort_number"),
        Indicator.ratio("relative_risk_ci_lower", "Lower end of the relative risk's 95% confidence interval",
            "in_lowest20_number", "lowest20_number", "children_number", "cohort_number"),
        Indicator.ratio("relative_risk_ci_upper", "Upper end of the relative risk's 95% confidence interval",
            "in_lowest20_number", "lowest20_number", "children_number", "cohort_number"));
  }

  private LowestFifthProfile() {}

  /** The profile of every LA, from the LA tallies by topic and breakdown. */
  public static Table table(Map<List<Object>, Tally> laTallies, Map<String, LocalAuthority> las,
      List<Breakdowns.Topic> topics, GapConventions conventions) {
    List<Row> rows = rows(AttainmentByCharacteristic.rollUp(laTallies, las, GeographicLevel.LOCAL_AUTHORITY), topics,
        conventions);
    return new Table(NAME, TITLE, schema(List.of()), rows, INDICATORS, true, "relative_risk");
  }

  /**
   * The profile by pairs of topics at every level asked, each place's groups against its own lowest
   * 20%: "boys eligible for FSM" in England's, a region's and an LA's.
   */
  public static Table pairs(Map<List<Object>, Tally> laTallies, Map<String, LocalAuthority> las,
      List<GeographicLevel> levels, List<Breakdowns.Topic> pairs, GapConventions conventions) {
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      rows.addAll(rows(AttainmentByCharacteristic.rollUp(laTallies, las, level), pairs, conventions));
    }
    return new Table(PAIRS, "Who is in the lowest-achieving 20%, by pairs of characteristics: each group's share and "
        + "relative risk", schema(List.of()), rows, PAIR_INDICATORS, true, "relative_risk");
  }

  /**
   * The profile of each place of the tallies (keyed by the place's filter values, then topic and
   * breakdown): its own lowest 20%, shared out among each topic's groups.
   */
  static List<Row> rows(Map<List<Object>, Tally> byPlace, List<Breakdowns.Topic> topics, GapConventions conventions) {
    List<Row> rows = new ArrayList<>();
    for (List<Object> place : AttainmentByCharacteristic.places(byPlace)) {
      // Every child is in exactly one breakdown of a topic: any one topic's groups make up the LA.
      Tally la = new Tally();
      for (String b : topics.get(0).breakdowns()) {
        Tally group = byPlace.get(key(place, topics.get(0).name(), b));
        if (group != null) {
          la.add(group);
        }
      }
      long[] laByTotal = la.validByTotal(conventions);
      long n = Arrays.stream(laByTotal).sum();
      LowestGroup lowest = n == 0 ? null : LowestGroup.of(laByTotal, n, conventions);
      for (Breakdowns.Topic topic : topics) {
        for (String breakdown : topic.breakdowns()) {
          Tally group = byPlace.get(key(place, topic.name(), breakdown));
          long[] byTotal = group == null ? new long[laByTotal.length] : group.validByTotal(conventions);
          long children = Arrays.stream(byTotal).sum();
          long below = 0;
          long at = 0;
          if (lowest != null) {
            for (int t = 0; t < lowest.boundaryTotal(); t++) {
              below += byTotal[t];
            }
            at = byTotal[lowest.boundaryTotal()];
          }
          List<Object> values = key(place, topic.name(), breakdown);
          values.addAll(values(n, lowest, children, below, at));
          rows.add(RowFactory.create(values.toArray()));
        }
      }
    }
    return rows;
  }

  private static List<Object> key(List<Object> place, String topic, String breakdown) {
    List<Object> key = new ArrayList<>(place);
    key.add(topic);
    key.add(breakdown);
    return key;
  }

  /**
   * The indicators of one group of an LA of n valid children: the group's children, of whom below
   * are below the boundary total of the LA's lowest 20% and at are at it.
   */
  static List<Object> values(long n, LowestGroup lowest, long children, long below, long at) {
    List<Object> v = new ArrayList<>();
    v.add(n);
    v.add(lowest == null ? 0L : lowest.size());
    v.add(children);
    if (lowest == null) {
      v.addAll(java.util.Arrays.asList(0.0, null, null, null, null, null));
      return v;
    }
    // in_g = (below_g T + at_g t) / T, with T children at the boundary of whom t are taken; every
    // share and the relative risk are then one division of exact integers.
    long scaledIn = Math.addExact(Math.multiplyExact(below, lowest.atBoundary()),
        Math.multiplyExact(at, lowest.takenAtBoundary()));
    long k = lowest.size();
    v.add(lowest.share(below, at));
    v.add((double) (100 * children) / n);
    v.add((double) (100 * scaledIn) / Math.multiplyExact(lowest.atBoundary(), k));
    v.add(children == 0 ? null : (double) Math.multiplyExact(scaledIn, n)
        / Math.multiplyExact(Math.multiplyExact(lowest.atBoundary(), k), children));
    v.addAll(interval((double) scaledIn / lowest.atBoundary(), children, k, n));
    return v;
  }

  /**
   * The relative risk's 95% confidence interval by the log method (Katz et al. 1978) for a group's
   * risk a / g of being in the lowest k of n against the cohort's k / n: exp(ln RR -/+ z se) with
   * se = sqrt(1/a - 1/g + 1/k - 1/n). Not defined for a group with nobody in the lowest 20%.
   */
  static List<Double> interval(double a, long g, long k, long n) {
    if (a <= 0 || g == 0) {
      return java.util.Arrays.asList(null, null);
    }
    double logRisk = Math.log((a / g) / ((double) k / n));
    double se = Math.sqrt(Math.max(0, 1 / a - 1.0 / g + 1.0 / k - 1.0 / n));
    return List.of(Math.exp(logRisk - ProportionDifference.Z_95 * se), Math.exp(logRisk + ProportionDifference.Z_95 * se));
  }

  /** The filter columns, with the place columns beyond the geography's, then the indicators. */
  static StructType schema(List<String> placeColumns) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    placeColumns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(Breakdowns.TOPIC, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(Breakdowns.BREAKDOWN, DataTypes.StringType, false));
    for (Indicator i : INDICATORS) {
      boolean whole = i.isCount() && !i.name().equals("in_lowest20_number");
      fields.add(DataTypes.createStructField(i.name(), whole ? DataTypes.LongType : DataTypes.DoubleType, true));
    }
    return DataTypes.createStructType(fields);
  }
}
