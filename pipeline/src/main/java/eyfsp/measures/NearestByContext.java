package eyfsp.measures;

import eyfsp.domain.NeighbourSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The places most like each place in context, as statistical neighbours are found (domain page §4):
 * LAs for the drafting (eyfsp.targets.Neighbours), settings within their LA and year for advisers
 * ({@link SimilarSettings}). Each measure (its natural log where the settings say so) is standardised
 * over the places compared, z = (x - mean) / sd with sd the population standard deviation (a measure
 * on which all are equal counts for nothing), and distance(a, b) = sqrt(sum over measures of weight
 * x (z_a - z_b)^2), to 9 decimals; ties go to the lower key.
 *
 * @param byKey each place's nearest, nearest first
 * @param used the measures used; unavailable: those no place had, so left out
 * @param missing the places without a measure used, and which: they get no nearest places
 */
public record NearestByContext(Map<String, List<Near>> byKey, List<String> used, List<String> unavailable,
    Map<String, List<String>> missing) {

  /** A near place: its key, its rank (1 the nearest) and its distance. */
  public record Near(String key, int rank, double distance) {}

  /** @param context each place's context values by measure (a place may lack some) */
  public static NearestByContext of(Map<String, Map<String, Double>> context, NeighbourSettings settings) {
    List<String> used = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    settings.context().forEach((measure, variable) -> {
      if (variable.weight() > 0) {
        boolean any = context.values().stream().anyMatch(values -> usable(values.get(measure), variable));
        (any ? used : unavailable).add(measure);
      }
    });
    Map<String, List<String>> missing = new TreeMap<>();
    Map<String, double[]> points = new TreeMap<>();
    context.forEach((key, values) -> {
      List<String> lacking = used.stream().filter(m -> !usable(values.get(m), settings.context().get(m))).toList();
      if (!lacking.isEmpty()) {
        missing.put(key, lacking);
        return;
      }
      points.put(key, used.stream().mapToDouble(m -> scaled(values.get(m), settings.context().get(m))).toArray());
    });
    standardise(points, used.size());
    Map<String, List<Near>> byKey = new TreeMap<>();
    for (Map.Entry<String, double[]> place : points.entrySet()) {
      record Distance(String key, double distance) {}
      List<Distance> nearest = points.entrySet().stream()
          .filter(other -> !other.getKey().equals(place.getKey()))
          .map(other -> new Distance(other.getKey(), tidy(distance(place.getValue(), other.getValue(), used, settings))))
          .sorted(Comparator.comparingDouble(Distance::distance).thenComparing(Distance::key))
          .limit(settings.count())
          .toList();
      List<Near> near = new ArrayList<>();
      for (int i = 0; i < nearest.size(); i++) {
        near.add(new Near(nearest.get(i).key(), i + 1, nearest.get(i).distance()));
      }
      byKey.put(place.getKey(), near);
    }
    return new NearestByContext(byKey, List.copyOf(used), List.copyOf(unavailable), missing);
  }

  /** A value to 9 decimals, half up: what is compared and written, so that float dust never breaks a tie. */
  public static double tidy(double value) {
    return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).doubleValue();
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
