package eyfsp.measures;

import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
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
 * The percentage-point GLD gaps between groups that LAs and advisers watch (domain page §3): each a
 * group of concern against the group it is compared with, with both groups' sizes, GLD and
 * inequality gap%, the gap with a 95% confidence interval ({@link ProportionDifference}), and a
 * low-reliability flag when either group is small. Children whose characteristic is unknown are in
 * neither group. The gap is the comparison group's GLD% minus the group's: positive when the group
 * is behind.
 */
public final class Gaps {

  public static final String NAME = "gaps";
  public static final String TITLE = "EYFSP good level of development gaps between groups of children";

  public static final String GROUP = "group";
  public static final String COMPARISON_GROUP = "comparison_group";
  public static final String SEN = "SEN";

  /** One gap: within a topic, the group's breakdowns against the comparison group's. */
  public record Comparison(String topic, String group, List<String> groupBreakdowns, String comparisonGroup,
      List<String> comparisonBreakdowns) {}

  private Gaps() {}

  /**
   * FSM eligible vs not (NI 72's FSM gap); the most deprived areas vs the rest (the 2004 PSA
   * target); boys vs girls; other first language vs English; SEN (with or without a statement) vs
   * none; summer- vs autumn-born. Built from the topics' breakdowns, as listed by {@link
   * Breakdowns#byName}: the area topic's first breakdown is its most deprived areas.
   */
  public static List<Comparison> comparisons(Map<String, List<String>> breakdowns) {
    return comparisons(breakdowns, List.of());
  }

  /**
   * The same, and for each of the children's flags among the topics, its children against the
   * rest.
   */
  public static List<Comparison> comparisons(Map<String, List<String>> breakdowns,
      java.util.Collection<eyfsp.domain.Settings.Flag> flags) {
    List<Comparison> comparisons = new ArrayList<>(standard(breakdowns));
    for (eyfsp.domain.Settings.Flag flag : flags) {
      if (breakdowns.containsKey(flag.label())) {
        comparisons.add(single(flag.label(), flag.label(), flag.rest()));
      }
    }
    return List.copyOf(comparisons);
  }

  private static List<Comparison> standard(Map<String, List<String>> breakdowns) {
    String mostDeprived = breakdowns.get(Breakdowns.AREA_DEPRIVATION).get(0);
    List<String> sen = breakdowns.get(Breakdowns.SEN_PROVISION).stream()
        .filter(b -> !b.equals(CensusCodes.NO_SEN) && !b.equals(CensusCodes.UNKNOWN)).toList();
    return List.of(
        single(Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE, CensusCodes.NOT_FSM_ELIGIBLE),
        single(Breakdowns.AREA_DEPRIVATION, mostDeprived, Breakdowns.REST),
        single(Breakdowns.SEX, Breakdowns.BOYS, Breakdowns.GIRLS),
        single(Breakdowns.FIRST_LANGUAGE, CensusCodes.OTHER_THAN_ENGLISH, CensusCodes.ENGLISH),
        new Comparison(Breakdowns.SEN_PROVISION, SEN, sen, CensusCodes.NO_SEN, List.of(CensusCodes.NO_SEN)),
        single(Breakdowns.TERM_OF_BIRTH, BirthDates.SUMMER, BirthDates.AUTUMN));
  }

  private static Comparison single(String topic, String group, String comparison) {
    return new Comparison(topic, group, List.of(group), comparison, List.of(comparison));
  }

  public static List<Indicator> indicators(int lowReliabilityBelow) {
    List<Indicator> indicators = new ArrayList<>();
    for (String side : List.of(GROUP, COMPARISON_GROUP)) {
      String of = side.equals(GROUP) ? "the group" : "the comparison group";
      indicators.add(Indicator.count(side + "_children_number", "Children in " + of + " (valid cohort)"));
      indicators.add(Indicator.count(side + "_gld_number", "Children in " + of + " with a good level of development",
          side + "_children_number"));
      indicators.add(Indicator.percent(side + "_gld_percent", "Percentage of " + of + " with a good level of development",
          side + "_gld_number", side + "_children_number"));
      indicators.add(Indicator.size(side + "_lowest20_number", "Children in the lowest-achieving 20% of " + of,
          side + "_children_number"));
      indicators.add(Indicator.percent(side + "_inequality_gap_percent", "Inequality gap of " + of,
          side + "_lowest20_number", side + "_children_number"));
    }
    String[] counts = {"group_gld_number", "group_children_number", "comparison_group_gld_number",
        "comparison_group_children_number"};
    indicators.add(Indicator.percentagePoints("gld_gap_percentage_points",
        "GLD gap: the comparison group's GLD % minus the group's", counts));
    indicators.add(Indicator.percentagePoints("gld_gap_ci_lower", "Lower end of the gap's 95% confidence interval",
        counts));
    indicators.add(Indicator.percentagePoints("gld_gap_ci_upper", "Upper end of the gap's 95% confidence interval",
        counts));
    indicators.add(Indicator.flag("low_reliability",
        "Either group has fewer than " + lowReliabilityBelow + " children: the gap is of low reliability"));
    return indicators;
  }

  /** The gaps at each level asked, from the LA tallies by topic and breakdown. */
  public static Table table(Map<List<Object>, Tally> laTallies, Map<String, LocalAuthority> las,
      List<GeographicLevel> levels, List<Comparison> comparisons, GapConventions conventions,
      int lowReliabilityBelow) {
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      rows.addAll(rows(AttainmentByCharacteristic.rollUp(laTallies, las, level), comparisons, conventions,
          lowReliabilityBelow));
    }
    List<Indicator> indicators = indicators(lowReliabilityBelow);
    return new Table(NAME, TITLE, schema(indicators, List.of()), rows, indicators);
  }

  /** The gaps of each place of the tallies (keyed by the place's filter values, then topic and breakdown). */
  static List<Row> rows(Map<List<Object>, Tally> rolled, List<Comparison> comparisons, GapConventions conventions,
      int lowReliabilityBelow) {
    List<Row> rows = new ArrayList<>();
    for (List<Object> place : AttainmentByCharacteristic.places(rolled)) {
      for (Comparison c : comparisons) {
        Side group = Side.of(sum(rolled, place, c.topic(), c.groupBreakdowns()).statistics(conventions));
        Side comparison = Side.of(sum(rolled, place, c.topic(), c.comparisonBreakdowns()).statistics(conventions));
        rows.add(row(place, c, group, comparison, lowReliabilityBelow));
      }
    }
    return rows;
  }

  /** A group made of some breakdowns of a topic, at one place. */
  private static Tally sum(Map<List<Object>, Tally> rolled, List<Object> place, String topic,
      List<String> breakdowns) {
    Tally sum = new Tally();
    for (String b : breakdowns) {
      List<Object> key = new ArrayList<>(place);
      key.add(topic);
      key.add(b);
      Tally tally = rolled.get(key);
      if (tally != null) {
        sum.add(tally);
      }
    }
    return sum;
  }

  /** The filter columns, with the place columns beyond the geography's, then the indicators. */
  static StructType schema(List<Indicator> indicators, List<String> placeColumns) {
    List<StructField> fields = new ArrayList<>(Geography.schema().fields().length + indicators.size());
    fields.addAll(List.of(Geography.schema().fields()));
    placeColumns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    for (String filter : List.of(Breakdowns.TOPIC, GROUP, COMPARISON_GROUP)) {
      fields.add(DataTypes.createStructField(filter, DataTypes.StringType, false));
    }
    for (Indicator i : indicators) {
      fields.add(DataTypes.createStructField(i.name(), i.unit() == Indicator.Unit.FLAG ? DataTypes.IntegerType
          : i.isCount() ? DataTypes.LongType : DataTypes.DoubleType, !i.isCount()));
    }
    return DataTypes.createStructType(fields);
  }

  /** One group's measures. */
  private record Side(long children, long gld, Double gldPercent, long lowest, Double inequalityGap) {
    static Side of(CohortStatistics s) {
      return new Side(s.children(), s.goodLevel(), s.goodLevelPercent(), s.lowestNumber(), s.inequalityGapPercent());
    }
  }

  /**
   * The comparison group's GLD % minus the group's (both non-empty), as one division of exact
   * integers: 100 (gC nG - gG nC) / (nC nG).
   */
  static double percentagePoints(long groupGld, long groupChildren, long comparisonGld, long comparisonChildren) {
    return (double) (100 * (comparisonGld * groupChildren - groupGld * comparisonChildren))
        / (comparisonChildren * groupChildren);
  }

  private static Row row(List<Object> place, Comparison c, Side group, Side comparison, int lowReliabilityBelow) {
    List<Object> values = new ArrayList<>(place);
    values.addAll(List.of(c.topic(), c.group(), c.comparisonGroup()));
    for (Side side : List.of(group, comparison)) {
      values.addAll(Arrays.asList(side.children(), side.gld(), side.gldPercent(), side.lowest(), side.inequalityGap()));
    }
    if (group.children() == 0 || comparison.children() == 0) {
      values.addAll(Arrays.asList(null, null, null));
    } else {
      values.add(percentagePoints(group.gld(), group.children(), comparison.gld(), comparison.children()));
      ProportionDifference.Interval ci = ProportionDifference.newcombe(comparison.gld(), comparison.children(),
          group.gld(), group.children(), ProportionDifference.Z_95);
      values.add(100 * ci.lower());
      values.add(100 * ci.upper());
    }
    values.add(group.children() < lowReliabilityBelow || comparison.children() < lowReliabilityBelow ? 1 : 0);
    return RowFactory.create(values.toArray());
  }
}
