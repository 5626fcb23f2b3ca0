package eyfsp.targets;

import eyfsp.domain.NeighbourSettings;
import eyfsp.trajectories.Trajectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each LA's statistical neighbours (domain page §4): the LAs most like it in context, or those a
 * supplied list names.
 *
 * @param byLa the neighbours of each LA (by DfE LA number), nearest first
 * @param method how they were found, in words, for every output row
 * @param used the context measures used; unavailable: those no LA had, so left out
 * @param without LAs that have no neighbours, and why
 */
public record Neighbours(Map<String, List<Neighbour>> byLa, String method, List<String> used,
    List<String> unavailable, Map<String, String> without) {

  /** A neighbour: its LA number, its rank (1 the nearest) and its distance (none from a list). */
  public record Neighbour(String laCode, int rank, Double distance) {}

  public List<Neighbour> of(String laCode) {
    return byLa.getOrDefault(laCode, List.of());
  }

  /**
   * The {@code count} nearest LAs by context. Each measure (its natural log where conf says so) is
   * standardised over the LAs compared, z = (x - mean) / sd with sd the population standard
   * deviation (a measure on which all are equal counts for nothing), and
   * distance(a, b) = sqrt(sum over measures of weight x (z_a - z_b)^2), to 9 decimals. Ties go to
   * the lower LA number. A measure no LA has is left out; an LA missing a measure used gets no neighbours.
   *
   * @param context each LA's context values by measure, for every LA to be given neighbours
   */
  public static Neighbours byContext(Map<String, Map<String, Double>> context, NeighbourSettings settings) {
    List<String> used = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    settings.context().forEach((measure, variable) -> {
      if (variable.weight() > 0) {
        boolean anyLa = context.values().stream().anyMatch(values -> usable(values.get(measure), variable));
        (anyLa ? used : unavailable).add(measure);
      }
    });
    Map<String, String> without = new TreeMap<>();
    Map<String, double[]> points = new TreeMap<>();
    context.forEach((la, values) -> {
      List<String> missing = used.stream().filter(m -> !usable(values.get(m), settings.context().get(m))).toList();
      if (!missing.isEmpty()) {
        without.put(la, "no " + String.join(", ", missing) + " for it in the history");
        return;
      }
      points.put(la, used.stream().mapToDouble(m -> scaled(values.get(m), settings.context().get(m))).toArray());
    });
    standardise(points, used.size());
    Map<String, List<Neighbour>> byLa = new TreeMap<>();
    for (Map.Entry<String, double[]> la : points.entrySet()) {
      record Distance(String laCode, double distance) {}
      List<Distance> nearest = points.entrySet().stream()
          .filter(other -> !other.getKey().equals(la.getKey()))
          .map(other -> new Distance(other.getKey(),
              Trajectory.tidy(distance(la.getValue(), other.getValue(), used, settings))))
          .sorted(Comparator.comparingDouble(Distance::distance).thenComparing(Distance::laCode))
          .limit(settings.count())
          .toList();
      List<Neighbour> neighbours = new ArrayList<>();
      for (int i = 0; i < nearest.size(); i++) {
        neighbours.add(new Neighbour(nearest.get(i).laCode(), i + 1, nearest.get(i).distance()));
      }
      byLa.put(la.getKey(), neighbours);
    }
    if (points.size() == 1) {
      without.put(points.keySet().iterator().next(), "it is the only LA with the context measures");
    }
    String method = "the " + settings.count() + " nearest by " + used.stream()
        .map(m -> m + (settings.context().get(m).log() ? " (log)" : "") + " weight "
            + TargetRule.f(settings.context().get(m).weight()))
        .collect(Collectors.joining(", "))
        + (unavailable.isEmpty() ? "" : "; not available: " + String.join(", ", unavailable));
    return new Neighbours(byLa, method, List.copyOf(used), List.copyOf(unavailable), without);
  }

  /**
   * Neighbours as a supplied list names them, in its order. Neighbours not among the LAs compared
   * (a retired LA number) are left out and the LA's list is shorter.
   *
   * @param list each LA's neighbours, nearest first
   * @param las the LAs to be given neighbours
   */
  public static Neighbours fromList(Map<String, List<String>> list, java.util.Collection<String> las, String source) {
    Map<String, List<Neighbour>> byLa = new TreeMap<>();
    Map<String, String> without = new TreeMap<>();
    for (String la : las) {
      List<String> named = list.get(la);
      if (named == null) {
        without.put(la, "not in " + source);
        continue;
      }
      List<Neighbour> neighbours = new ArrayList<>();
      for (String code : named) {
        if (las.contains(code) && !code.equals(la)) {
          neighbours.add(new Neighbour(code, neighbours.size() + 1, null));
        }
      }
      byLa.put(la, neighbours);
    }
    return new Neighbours(byLa, "as listed in " + source, List.of(), List.of(), without);
  }

  private static boolean usable(Double value, NeighbourSettings.ContextVariable variable) {
    return value != null && (!variable.log() || value > 0);
  }

  private static double scaled(double value, NeighbourSettings.ContextVariable variable) {
    return variable.log() ? Math.log(value) : value;
  }

  private static void standardise(Map<String, double[]> points, int dimensions) {
    int n = points.size();
    for (int d = 0; d < dimensions; d++) {
      final int i = d;
      double mean = points.values().stream().mapToDouble(p -> p[i]).sum() / n;
      double variance = points.values().stream().mapToDouble(p -> (p[i] - mean) * (p[i] - mean)).sum() / n;
      double sd = Math.sqrt(variance);
      points.values().forEach(p -> p[i] = sd == 0 ? 0 : (p[i] - mean) / sd);
    }
  }

  private static double distance(double[] a, double[] b, List<String> measures, NeighbourSettings settings) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += settings.context().get(measures.get(i)).weight() * d * d;
    }
    return Math.sqrt(sum);
  }
}
