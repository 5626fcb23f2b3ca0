package eyfsp.measures;

import eyfsp.domain.Areas;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Each LA by where its children live (the areas of areas.csv: children's centre reach areas, wards,
 * localities), for the children's centres the statutory guidance measures by profile results: the
 * attainment of each area's children, the gaps between its groups, and who is in its lowest 20%.
 * Children living outside every area of a type have a row of their own ("Outside every area"), so
 * that the areas of a type add up to the LA. An area's rows are the LA's filter columns, then
 * {@code area_type}, {@code area_code} and {@code area_name}.
 */
public final class AreaTables {

  public static final String ATTAINMENT = "attainment_by_area";
  public static final String GAPS = "gaps_by_area";
  public static final String PROFILE = "lowest20_profile_by_area";
  public static final List<String> COLUMNS = List.of("area_type", "area_code", "area_name");

  private AreaTables() {}

  /** The three tables, when the input has areas; none otherwise. */
  public static List<Table> tables(List<LocalCohort> cohorts, Areas areas, Settings settings,
      List<Breakdowns.Topic> topics, List<Gaps.Comparison> comparisons) {
    if (areas.types().isEmpty()) {
      return List.of();
    }
    List<Row> attainment = new ArrayList<>();
    Map<List<Object>, Tally> byBreakdown = new LinkedHashMap<>();
    for (LocalCohort c : cohorts) {
      c.byArea().forEach((area, counts) -> {
        List<Object> place = new ArrayList<>(Geography.filterValues(GeographicLevel.LOCAL_AUTHORITY, c.year(), c.la()));
        place.addAll(java.util.Arrays.asList(area.get(0), area.get(1), areas.name(area.get(0), area.get(1))));
        List<Object> values = new ArrayList<>(place);
        values.addAll(CohortMeasures.indicatorValues(counts.cohort.statistics(settings.inequalityGap()),
            c.framework()));
        attainment.add(RowFactory.create(values.toArray()));
        for (int t = 0; t < topics.size(); t++) {
          for (int b = 0; b < topics.get(t).breakdowns().size(); b++) {
            if (counts.byBreakdown[t][b] != null) {
              List<Object> key = new ArrayList<>(place);
              key.add(topics.get(t).name());
              key.add(topics.get(t).breakdowns().get(b));
              byBreakdown.put(key, counts.byBreakdown[t][b]);
            }
          }
        }
      });
    }
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    COLUMNS.forEach(column -> fields.add(DataTypes.createStructField(column, DataTypes.StringType, true)));
    fields.addAll(CohortMeasures.indicatorFields());
    List<Indicator> gapIndicators = Gaps.indicators(settings.gaps().lowReliabilityBelow());
    return List.of(
        new Table(ATTAINMENT, "EYFSP attainment by the area children live in", DataTypes.createStructType(fields),
            attainment, CohortMeasures.INDICATORS),
        new Table(GAPS, "GLD gaps between groups of children, by the area they live in (internal)",
            Gaps.schema(gapIndicators, COLUMNS), Gaps.rows(byBreakdown, comparisons, settings.inequalityGap(),
                settings.gaps().lowReliabilityBelow()), gapIndicators, false, null),
        new Table(PROFILE, "Who is in the lowest-achieving 20% of each area's children (internal)",
            LowestFifthProfile.schema(COLUMNS), LowestFifthProfile.rows(byBreakdown, topics, settings.inequalityGap()),
            LowestFifthProfile.INDICATORS, false, "relative_risk"));
  }
}
