package eyfsp.targets;

import eyfsp.domain.NeighbourSettings;
import eyfsp.measures.NearestByContext;
import java.util.ArrayList;
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
    NearestByContext nearest = NearestByContext.of(context, settings);
    Map<String, String> without = new TreeMap<>();
    nearest.missing().forEach((la, lacking) -> without.put(la, "no " + String.join(", ", lacking)
        + " for it in the history"));
    Map<String, List<Neighbour>> byLa = new TreeMap<>();
    nearest.byKey().forEach((la, near) -> byLa.put(la, near.stream()
        .map(n -> new Neighbour(n.key(), n.rank(), n.distance())).toList()));
    if (byLa.size() == 1) {
      without.put(byLa.keySet().iterator().next(), "it is the only LA with the context measures");
    }
    List<String> used = nearest.used();
    String method = "the " + settings.count() + " nearest by " + used.stream()
        .map(m -> m + (settings.context().get(m).log() ? " (log)" : "") + " weight "
            + TargetRule.f(settings.context().get(m).weight()))
        .collect(Collectors.joining(", "))
        + (nearest.unavailable().isEmpty() ? "" : "; not available: " + String.join(", ", nearest.unavailable()));
    return new Neighbours(byLa, method, used, nearest.unavailable(), without);
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
}
