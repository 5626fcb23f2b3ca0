package eyfsp.measures;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import eyfsp.enrich.Child;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts every table of the measure stage is drawn from: each LA's children of each year
 * counted into a {@link LocalCohort} where the children lie ({@link Counter}, one per partition of
 * the children), the partial counts merged on the driver (a few hundred small objects for a
 * national year). Each table then works from the counts, and its Regional and National rows add up
 * the LAs'.
 */
public final class LocalCohorts {

  private LocalCohorts() {}

  /** Children counted into their LA's cohort of their year; counters of the same children's parts merge. */
  public static final class Counter implements Serializable {

    private final LocalCohort.Plans plans;
    private final Map<List<Object>, LocalCohort> cohorts = new HashMap<>();
    private long children;

    public Counter(LocalCohort.Plans plans) {
      this.plans = plans;
    }

    public Counter(Settings settings) {
      this(LocalCohort.Plans.of(settings));
    }

    public void add(Child child) {
      LocalAuthority la = child.la();
      LocalCohort.Plan plan = plans.of(child.framework());
      cohorts.computeIfAbsent(List.of(child.year(), la.laCode()), k -> new LocalCohort(child.year(), la, plan))
          .add(child, plan);
      children++;
    }

    public Counter addAll(Counter other) {
      other.cohorts.forEach((key, cohort) -> cohorts.merge(key, cohort, LocalCohort::merge));
      children += other.children;
      return this;
    }

    /** How many children were counted. */
    public long children() {
      return children;
    }

    /** Every LA's cohort of every year, by year then LA number. */
    public List<LocalCohort> cohorts() {
      List<LocalCohort> sorted = new ArrayList<>(cohorts.values());
      sorted.sort(Comparator.comparingInt(LocalCohort::year).thenComparing(c -> c.la().laCode()));
      return sorted;
    }
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
