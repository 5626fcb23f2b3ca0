package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.NeighbourSettings;
import eyfsp.domain.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The {@code similar_settings} table (internal only): for each school and PVI setting, the settings
 * of its LA in the same year most like it in context ({@code setting_analysis.similar}), found as
 * LAs' statistical neighbours are ({@link NearestByContext}), with each one's GLD % and the
 * setting's place by GLD among them. Within the LA and year because that is whom an LA's advisers
 * and moderators work with, and a year is read under its own framework. Internal: it names settings
 * beside one another's unsuppressed GLD, for advisers, not for publication. A setting missing a
 * context measure (no child matched to the census) has no rows.
 */
public final class SimilarSettings {

  public static final String NAME = "similar_settings";
  public static final String TITLE = "EYFSP schools and PVI settings most like each setting in its LA and year";

  static final List<Indicator> INDICATORS = List.of(
      Indicator.ratio("distance", "Distance in context (weighted, between z-scores over the LA's settings)"),
      Indicator.percent("gld_percent", "The setting's GLD %"),
      Indicator.percent("similar_gld_percent", "The similar setting's GLD %"),
      Indicator.count("gld_place_among_similar", "The setting's place by GLD % among itself and its similar "
          + "settings (1 = highest; ties share a place)"),
      Indicator.count("similar_group_number", "Settings in that comparison: the setting and its similar settings"));

  private SimilarSettings() {}

  /** The context a setting is compared on, by measure, as conf names them. */
  static Map<String, Double> context(SettingCounts counts, Tally tally, GapConventions conventions) {
    List<Object> values = Context.values(counts.context);
    Map<String, Double> context = new HashMap<>();
    for (int i = 0; i < Context.INDICATORS.size(); i++) {
      Object v = values.get(i);
      context.put(Context.INDICATORS.get(i).name(), v == null ? null : ((Number) v).doubleValue());
    }
    context.put("children_number", (double) tally.statistics(conventions).children());
    return context;
  }

  public static Table table(List<LocalCohort> cohorts, NeighbourSettings similar, GapConventions conventions) {
    List<Row> rows = new ArrayList<>();
    for (LocalCohort c : cohorts) {
      Map<String, Tally> tallies = c.bySchool();
      Map<String, Map<String, Double>> context = new HashMap<>();
      Map<String, Double> gld = new HashMap<>();
      c.bySetting().forEach((setting, counts) -> {
        context.put(setting, context(counts, tallies.get(setting), conventions));
        gld.put(setting, tallies.get(setting).statistics(conventions).goodLevelPercent());
      });
      List<Object> place = Geography.filterValues(GeographicLevel.SCHOOL, c.year(), c.la());
      NearestByContext.of(context, similar).byKey().forEach((setting, near) -> {
        List<Double> group = new ArrayList<>();
        group.add(gld.get(setting));
        near.forEach(n -> group.add(gld.get(n.key())));
        Integer placeByGld = place(gld.get(setting), group);
        for (NearestByContext.Near n : near) {
          List<Object> values = new ArrayList<>(place);
          values.addAll(Arrays.asList(setting, Setting.kindOf(setting), c.framework().code(), n.rank(), n.key(),
              Setting.kindOf(n.key()), n.distance(), gld.get(setting), gld.get(n.key()), placeByGld, group.size()));
          rows.add(RowFactory.create(values.toArray()));
        }
      });
    }
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    for (String column : List.of(SchoolAttainment.LAESTAB, SchoolAttainment.SETTING_TYPE, SettingContext.FRAMEWORK)) {
      fields.add(DataTypes.createStructField(column, DataTypes.StringType, false));
    }
    fields.add(DataTypes.createStructField("similar_rank", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("similar_laestab", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("similar_setting_type", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("distance", DataTypes.DoubleType, false));
    fields.add(DataTypes.createStructField("gld_percent", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("similar_gld_percent", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("gld_place_among_similar", DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField("similar_group_number", DataTypes.IntegerType, false));
    return new Table(NAME, TITLE, DataTypes.createStructType(fields), rows, INDICATORS, false, null);
  }

  /** 1 + how many of the group have a higher GLD % (null where the setting has none); empty values count for nothing. */
  static Integer place(Double value, List<Double> group) {
    if (value == null) {
      return null;
    }
    return 1 + (int) group.stream().filter(v -> v != null && v > value).count();
  }
}
