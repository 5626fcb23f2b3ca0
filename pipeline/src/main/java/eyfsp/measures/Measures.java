package eyfsp.measures;

import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every table the measure stage produces from the enriched children, small enough to hold on the
 * driver. A new table is added here, and the run writes and publishes it with the others.
 */
public final class Measures {

  private Measures() {}

  /**
   * @param children the enriched child-level rows (see eyfsp.enrich.Children)
   * @param levels the geographic levels to report (a slice by LA reports LAs only)
   */
  public static List<Table> compute(Dataset<Row> children, List<GeographicLevel> levels, Settings settings) {
    List<Table> tables = new ArrayList<>();
    Dataset<Row> attainment = Attainment.compute(children, levels, settings.inequalityGap(),
        settings.framework().maxTotal());
    tables.add(new Table(Attainment.NAME, Attainment.TITLE, attainment.schema(), attainment.collectAsList(),
        CohortMeasures.INDICATORS));
    Dataset<Row> context = Context.compute(children, levels);
    tables.add(new Table(Context.NAME, Context.TITLE, context.schema(), context.collectAsList(), Context.INDICATORS));
    return tables;
  }
}
