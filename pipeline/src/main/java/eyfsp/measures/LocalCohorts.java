package eyfsp.measures;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * The one pass over the enriched children that every table of the measure stage is drawn from: the
 * children grouped by year and LA, each group counted into a {@link LocalCohort} where it lies, and
 * the counts (a few hundred small objects for a national year) collected. Each table then works on
 * the driver from the counts, and its Regional and National rows add up the LAs'.
 */
public final class LocalCohorts {

  private LocalCohorts() {}

  /** Every LA's cohort of every year, by year then LA number. */
  public static List<LocalCohort> count(Dataset<Row> children, Settings settings) {
    LocalCohort.Plan plan = LocalCohort.Plan.of(settings);
    Column[] columns = Child.columns(plan.scaleCodes()).stream().map(functions::col).toArray(Column[]::new);
    List<LocalCohort> cohorts = new ArrayList<>(children.select(columns)
        .groupByKey((MapFunction<Row, Tuple2<Integer, String>>) r -> new Tuple2<>(r.getInt(0), r.getString(3)),
            Encoders.tuple(Encoders.INT(), Encoders.STRING()))
        .mapGroups((MapGroupsFunction<Tuple2<Integer, String>, Row, LocalCohort>) (key, rows) ->
            LocalCohort.count(rows, plan), Encoders.javaSerialization(LocalCohort.class))
        .collectAsList());
    cohorts.sort(Comparator.comparingInt(LocalCohort::year).thenComparing(c -> c.la().laCode()));
    return cohorts;
  }

  /** The LAs counted, by 3-digit number. */
  public static Map<String, LocalAuthority> localAuthorities(List<LocalCohort> cohorts) {
    Map<String, LocalAuthority> las = new LinkedHashMap<>();
    cohorts.forEach(c -> las.put(c.la().laCode(), c.la()));
    return las;
  }

  /**
   * Something counted for each LA, added up at a level: by the filter values of each place (an LA,
   * its region, the nation) in the order first met.
   */
  static <T> Map<List<Object>, T> byPlace(List<LocalCohort> cohorts, GeographicLevel level,
      java.util.function.Supplier<T> empty, java.util.function.BiConsumer<T, LocalCohort> add) {
    Map<List<Object>, T> byPlace = new LinkedHashMap<>();
    for (LocalCohort c : cohorts) {
      add.accept(byPlace.computeIfAbsent(Geography.filterValues(level, c.year(), c.la()), p -> empty.get()), c);
    }
    return byPlace;
  }
}
