package eyfsp.measures;

import eyfsp.domain.GapConventions;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.School;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * @param schools the schools file's schools by LAESTAB (empty without one)
   */
  public static List<Table> compute(Dataset<Row> children, List<GeographicLevel> levels, Settings settings,
      Map<String, School> schools) {
    GapConventions conventions = settings.inequalityGap();
    int maxTotal = settings.framework().maxTotal();
    List<Table> tables = new ArrayList<>();
    Dataset<Row> attainment = Attainment.compute(children, levels, conventions, maxTotal);
    Table attainmentTable = new Table(Attainment.NAME, Attainment.TITLE, attainment.schema(),
        attainment.collectAsList(), CohortMeasures.INDICATORS);
    tables.add(attainmentTable);
    Dataset<Row> context = Context.compute(children, levels);
    tables.add(new Table(Context.NAME, Context.TITLE, context.schema(), context.collectAsList(), Context.INDICATORS));
    Map<String, LocalAuthority> las = Geography.localAuthorities(attainmentTable);

    // One pass over the children for the breakdowns; the gaps and the profile add up the same tallies.
    List<Breakdowns.Topic> topics = Breakdowns.topics(settings);
    Map<List<Object>, Tally> byCharacteristic = AttainmentByCharacteristic.tallies(children, topics, maxTotal);
    tables.add(AttainmentByCharacteristic.table(byCharacteristic, las, levels, topics, conventions, maxTotal));
    tables.add(Gaps.table(byCharacteristic, las, levels, Gaps.comparisons(Breakdowns.byName(topics)), conventions,
        maxTotal, settings.gaps().lowReliabilityBelow()));
    tables.add(LowestFifthProfile.table(byCharacteristic, las, topics, conventions, maxTotal));

    tables.add(SchoolAttainment.table(children, schools, las, conventions, maxTotal));
    tables.add(ScaleResults.table(children, las, levels, settings));
    tables.add(NearThreshold.table(children, schools, settings));
    return tables;
  }
}
