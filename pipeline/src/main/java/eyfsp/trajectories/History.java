package eyfsp.trajectories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The store of yearly results per place and measure, from DfE's published tables and from the
 * pipeline's own runs. Both kinds may hold a value for the same year, place and measure; a series
 * takes the one that conf's {@code history.source_preference} puts first, and says which it took.
 */
public final class History {

  private static final Comparator<Observation> ORDER = Comparator
      .comparing((Observation o) -> o.place().key())
      .thenComparing(Observation::measure)
      .thenComparingInt(Observation::year)
      .thenComparing(Observation::sourceKind);

  private final List<Observation> observations;

  public History(List<Observation> observations) {
    this.observations = observations.stream().sorted(ORDER).toList();
  }

  public static History empty() {
    return new History(List.of());
  }

  /** What adding values did: the new history, and how many values were new, changed or the same. */
  public record Addition(History history, int added, int replaced, int unchanged) {}

  /**
   * Adds values; a value replaces the stored one of the same year, place, measure and kind of
   * source (a rerun of the pipeline, a revised publication), and never one of the other kind.
   */
  public Addition add(List<Observation> incoming) {
    Map<Observation.Slot, Observation> slots = new LinkedHashMap<>();
    observations.forEach(o -> slots.put(o.slot(), o));
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    for (Observation o : incoming) {
      Observation before = slots.put(o.slot(), o);
      if (before == null) {
        added++;
      } else if (before.value() == o.value() && Objects.equals(before.place(), o.place())) {
        unchanged++;
      } else {
        replaced++;
      }
    }
    return new Addition(new History(new ArrayList<>(slots.values())), added, replaced, unchanged);
  }

  public List<Observation> observations() {
    return observations;
  }

  public boolean isEmpty() {
    return observations.isEmpty();
  }

  /** One value per year, place and measure: the one from the first kind of source in the preference. */
  public List<Observation> preferred(List<String> sourcePreference) {
    Map<Observation.Slot, Observation> chosen = new TreeMap<>(Comparator
        .comparing(Observation.Slot::place).thenComparing(Observation.Slot::measure).thenComparingInt(Observation.Slot::year));
    for (Observation o : observations) {
      Observation.Slot slot = new Observation.Slot(o.year(), o.place().key(), o.measure(), "");
      Observation current = chosen.get(slot);
      if (current == null || sourcePreference.indexOf(o.sourceKind()) < sourcePreference.indexOf(current.sourceKind())) {
        chosen.put(slot, o);
      }
    }
    return List.copyOf(chosen.values());
  }

  /** Values by kind of source and framework, for summaries. */
  public Map<String, Long> countBy(java.util.function.Function<Observation, String> key) {
    return observations.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
