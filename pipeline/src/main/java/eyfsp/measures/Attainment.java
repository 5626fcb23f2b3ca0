package eyfsp.measures;

import eyfsp.domain.GapConventions;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The contract's {@code attainment} table: the whole cohort, per year, at each geographic level. */
public final class Attainment {

  public static final String NAME = "attainment";
  public static final String TITLE = "EYFSP attainment: good level of development and the inequality gap";

  private Attainment() {}

  /**
   * One row per year and geography for the levels asked; Regional and National rows roll up from
   * the LA bins, so the three levels agree by construction.
   */
  public static Dataset<Row> compute(Dataset<Row> children, List<GeographicLevel> levels, GapConventions conventions,
      int maxTotal) {
    Dataset<Row> laBins = CohortMeasures.bins(children, Geography.keys(GeographicLevel.LOCAL_AUTHORITY));
    Dataset<Row> table = null;
    for (GeographicLevel level : levels) {
      List<String> keys = Geography.keys(level);
      Dataset<Row> bins = level == GeographicLevel.LOCAL_AUTHORITY ? laBins : CohortMeasures.rollUp(laBins, keys);
      Dataset<Row> rows = Geography.filterColumns(CohortMeasures.measure(bins, keys, conventions, maxTotal), level);
      table = table == null ? rows : table.unionByName(rows);
    }
    return table;
  }
}
