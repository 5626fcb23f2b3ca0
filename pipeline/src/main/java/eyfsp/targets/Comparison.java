package eyfsp.targets;

import eyfsp.domain.HistorySettings;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.HistorySettings.MeasureDefinition;
import eyfsp.trajectories.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An LA's standing on one measure in the baseline year, among its neighbours and nationally. */
public record Comparison(Place la, String measure, double value, int rankAmongNeighbours, int ranked,
    int nationalQuartile, List<NeighbourValue> neighbours) {

  /** A neighbour of the LA and its result in the baseline year (null where it has none). */
  public record NeighbourValue(Neighbours.Neighbour neighbour, Place place, Double value) {}

  /**
   * Every LA's standing on every measure that has a better direction, where it has a result.
   *
   * @param baseline the baseline year's values of every LA, by LA number and measure
   */
  static List<Comparison> of(HistorySettings h, List<Place> las, Map<String, Map<String, Double>> baseline,
      Neighbours neighbours, Map<String, Place> laByCode) {
    List<Comparison> comparisons = new ArrayList<>();
    for (Map.Entry<String, MeasureDefinition> m : h.measures().entrySet()) {
      Better better = m.getValue().better();
      if (better == Better.NEITHER) {
        continue;
      }
      List<Double> all = baseline.values().stream().map(v -> v.get(m.getKey())).filter(Objects::nonNull).toList();
      for (Place la : las) {
        Double value = baseline.get(la.laCode()).get(m.getKey());
        if (value == null) {
          continue;
        }
        List<NeighbourValue> values = new ArrayList<>();
        List<Double> group = new ArrayList<>(List.of(value));
        for (Neighbours.Neighbour n : neighbours.of(la.laCode())) {
          Double v = baseline.getOrDefault(n.laCode(), Map.of()).get(m.getKey());
          values.add(new NeighbourValue(n, laByCode.get(n.laCode()), v));
          if (v != null) {
            group.add(v);
          }
        }
        comparisons.add(new Comparison(la, m.getKey(), value, Quantiles.rank(value, group, better), group.size(),
            Quantiles.quartileBand(value, all, better), values));
      }
    }
    return comparisons;
  }
}
