package eyfsp.measures;

import static org.apache.spark.sql.functions.col;

import eyfsp.domain.InputRefusedException;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The one pass over the enriched children that every table of the measure stage is drawn from: the
 * children partitioned by year and LA, each LA's children of a year counted into a {@link LocalCohort}
 * where they lie, and the counts (a few hundred small objects for a national year) collected. Each table then works on
 * the driver from the counts, and its Regional and National rows add up the LAs'.
 */
public final class LocalCohorts {

  private LocalCohorts() {}

  /**
   * Every LA's cohort of every year, by year then LA number. The children are partitioned by year
   * and LA, so each LA's children of a year lie in one partition, counted there in one pass.
   *
   * @param las the LA lookup, by 3-digit number: an LA's region, ONS code and name in every table
   */
  public static List<LocalCohort> count(Dataset<Row> children, Settings settings, Map<String, LocalAuthority> las) {
    LocalCohort.Plan plan = LocalCohort.Plan.of(settings);
    Map<String, LocalAuthority> lookup = Map.copyOf(las);
    Column[] columns = Child.columns(plan.scaleCodes()).stream().map(functions::col).toArray(Column[]::new);
    List<LocalCohort> cohorts = new ArrayList<>(children.select(columns)
        .repartition(col("academic_year"), col("old_la_code"))
        .mapPartitions((MapPartitionsFunction<Row, LocalCohort>) rows -> {
          Map<List<Object>, LocalCohort> byLa = new HashMap<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            byLa.computeIfAbsent(List.of(r.getInt(0), r.getString(1)),
                    k -> new LocalCohort(r.getInt(0), listed(lookup, r.getString(1)), plan))
                .add(Child.of(r, plan.scaleCount()), plan);
          }
          return byLa.values().iterator();
        }, Encoders.javaSerialization(LocalCohort.class))
        .collectAsList());
    cohorts.sort(Comparator.comparingInt(LocalCohort::year).thenComparing(c -> c.la().laCode()));
    for (int i = 1; i < cohorts.size(); i++) {
      if (cohorts.get(i).year() == cohorts.get(i - 1).year() && cohorts.get(i).la().equals(cohorts.get(i - 1).la())) {
        throw new IllegalStateException("LA " + cohorts.get(i).la().laCode() + "'s children of " + cohorts.get(i).year()
            + " were counted in two partitions.");
      }
    }
    return cohorts;
  }

  /** An LA of the children, as the lookup lists it; only a slice merged into an older output can name another. */
  private static LocalAuthority listed(Map<String, LocalAuthority> lookup, String laCode) {
    LocalAuthority la = lookup.get(laCode);
    if (la == null) {
      throw new InputRefusedException("The children include LA " + laCode + ", which the LA lookup does not list"
          + " (an output made with another lookup?): run without --la and --years to rebuild it.");
    }
    return la;
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
