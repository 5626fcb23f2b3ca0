package eyfsp.measures;

import eyfsp.domain.CensusCodes;
import eyfsp.domain.School;
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
 * The {@code school_context} table: each school's and PVI setting's context, counted as the LA's
 * {@code context} table is ({@link Context#INDICATORS}: FSM, EAL and most-deprived shares of the
 * children whose status is known, average IDACI rank), and its FSM, sex and EAL GLD gaps in
 * percentage points (the comparison group's GLD % minus the group's, as in {@code gaps}) with both
 * groups' valid children and GLD counts. A gap is given only where both groups have at least
 * {@code gaps.low_reliability_below} children; below that it is empty (z when published), as a
 * single school's small groups say more about a few children than about the school. An LA's
 * settings add up to its {@code context} row and to its breakdowns' rows, which disclosure control
 * knows.
 */
public final class SettingContext {

  public static final String NAME = "school_context";
  public static final String TITLE = "EYFSP context and GLD gaps by school and PVI setting";
  public static final String FRAMEWORK = "framework";

  /** A group of a setting-level gap: its columns' prefix, and the breakdown of the LA it adds up to. */
  public record Group(String prefix, String topic, String breakdown, int position) {}

  /** A gap: its column, and its group and comparison group. */
  public record Gap(String column, Group group, Group comparison) {}

  public static final List<Gap> GAPS = List.of(
      new Gap("fsm_gap_percentage_points",
          new Group("fsm_eligible", Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE, SettingCounts.FSM_ELIGIBLE),
          new Group("not_fsm_eligible", Breakdowns.FSM, CensusCodes.NOT_FSM_ELIGIBLE, SettingCounts.NOT_FSM_ELIGIBLE)),
      new Gap("sex_gap_percentage_points",
          new Group("boys", Breakdowns.SEX, Breakdowns.BOYS, SettingCounts.BOYS),
          new Group("girls", Breakdowns.SEX, Breakdowns.GIRLS, SettingCounts.GIRLS)),
      new Gap("eal_gap_percentage_points",
          new Group("eal", Breakdowns.FIRST_LANGUAGE, CensusCodes.OTHER_THAN_ENGLISH, SettingCounts.EAL),
          new Group("english", Breakdowns.FIRST_LANGUAGE, CensusCodes.ENGLISH, SettingCounts.ENGLISH)));

  private SettingContext() {}

  public static List<Indicator> indicators(int lowReliabilityBelow) {
    List<Indicator> indicators = new ArrayList<>(Context.INDICATORS);
    for (Gap gap : GAPS) {
      List<String> counts = new ArrayList<>();
      for (Group g : List.of(gap.group(), gap.comparison())) {
        String children = g.prefix() + "_children_number";
        indicators.add(Indicator.count(children, g.breakdown() + ": children (valid cohort)"));
        indicators.add(Indicator.count(g.prefix() + "_gld_number", g.breakdown()
            + ": children with a good level of development", children));
        counts.add(g.prefix() + "_gld_number");
        counts.add(children);
      }
      // EES labels are at most 100 characters.
      indicators.add(Indicator.percentagePoints(gap.column(), gap.comparison().breakdown() + " GLD % minus "
          + gap.group().breakdown() + " GLD % (empty where a group has under " + lowReliabilityBelow + " children)",
          counts.toArray(String[]::new)));
    }
    return indicators;
  }

  /** Each setting's row, from its LA's cohort; published (under disclosure control) or internal only. */
  public static Table table(List<LocalCohort> cohorts, Map<String, School> schools, int lowReliabilityBelow,
      eyfsp.domain.GapConventions conventions, boolean published) {
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      c.bySetting().forEach((setting, counts) -> {
        List<Object> values = new ArrayList<>(place);
        values.addAll(SchoolAttainment.settingValues(setting, schools));
        values.add(c.framework().code());
        values.addAll(Context.values(counts.context));
        for (Gap gap : GAPS) {
          CohortStatistics group = counts.groups[gap.group().position()].statistics(conventions);
          CohortStatistics comparison = counts.groups[gap.comparison().position()].statistics(conventions);
          values.addAll(Arrays.asList(group.children(), group.goodLevel(), comparison.children(),
              comparison.goodLevel()));
          boolean bigEnough = group.children() >= lowReliabilityBelow && comparison.children() >= lowReliabilityBelow;
          values.add(bigEnough ? Gaps.percentagePoints(group.goodLevel(), group.children(), comparison.goodLevel(),
              comparison.children()) : null);
        }
        rows.add(RowFactory.create(values.toArray()));
      });
    }
    List<Indicator> indicators = indicators(lowReliabilityBelow);
    return new Table(NAME, TITLE, schema(indicators), rows, indicators, published, null);
  }

  /** The school columns of {@code schools}, then the framework: the columns that name a setting's row. */
  static List<StructField> settingFields() {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    SchoolAttainment.SCHOOL_COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(FRAMEWORK, DataTypes.StringType, false));
    return fields;
  }

  private static StructType schema(List<Indicator> indicators) {
    List<StructField> fields = settingFields();
    for (Indicator i : indicators) {
      fields.add(DataTypes.createStructField(i.name(), i.isCount() ? DataTypes.LongType : DataTypes.DoubleType,
          !i.isCount()));
    }
    return DataTypes.createStructType(fields);
  }
}
