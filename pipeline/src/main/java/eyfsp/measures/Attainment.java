package eyfsp.measures;

import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** The contract's {@code attainment} table: the whole cohort, per year, at each geographic level. */
public final class Attainment {

  public static final String NAME = "attainment";
  public static final String TITLE = "EYFSP attainment: good level of development and the inequality gap";
  /** The framework each row's year is read under (contract: after la_name). */
  public static final String FRAMEWORK = "framework";

  private Attainment() {}

  /**
   * One row per year and geography for the levels asked; Regional and National rows add up their
   * LAs' tallies, so the three levels agree by construction.
   */
  public static Table table(List<LocalCohort> cohorts, List<GeographicLevel> levels, Settings settings) {
    List<Row> rows = new ArrayList<>();
    for (GeographicLevel level : levels) {
      LocalCohorts.byPlace(cohorts, level, Tally::new, (tally, c) -> tally.add(c.cohort()))
          .forEach((place, tally) -> {
            Framework framework = Geography.framework(settings, place);
            List<Object> values = new ArrayList<>(place);
            values.add(framework.code());
            values.addAll(CohortMeasures.indicatorValues(tally.statistics(settings.inequalityGap()), framework));
            rows.add(RowFactory.create(values.toArray()));
          });
    }
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(FRAMEWORK, DataTypes.StringType, false));
    fields.addAll(CohortMeasures.indicatorFields());
    return new Table(NAME, TITLE, DataTypes.createStructType(fields), rows, CohortMeasures.INDICATORS);
  }
}
