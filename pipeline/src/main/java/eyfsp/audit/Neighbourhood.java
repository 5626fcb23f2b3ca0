package eyfsp.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published cells tie an exposed unknown down: those of the relations it is in, and further
 * out those of the relations of the unknowns it shares a relation with. Suppressing one of them
 * widens what an attacker can work out of it.
 */
public final class Neighbourhood {

  private final List<Model.Constraint> constraints;
  private final Map<Integer, List<Integer>> byVariable = new HashMap<>();

  Neighbourhood(List<Model.Constraint> constraints) {
    this.constraints = constraints;
    for (int k = 0; k < constraints.size(); k++) {
      for (int v : constraints.get(k).variables()) {
        byVariable.computeIfAbsent(v, x -> new ArrayList<>()).add(k);
      }
    }
  }

  /** The published cells (table, row, column) within depth relations of the unknowns, nearest first. */
  List<int[]> near(int[] unknowns, int depth) {
    Set<Integer> reached = new LinkedHashSet<>();
    for (int v : unknowns) {
      reached.add(v);
    }
    Set<Integer> seen = new LinkedHashSet<>();
    Set<Model.Cell> cells = new LinkedHashSet<>();
    List<Integer> layer = new ArrayList<>(reached);
    for (int d = 0; d < Math.max(1, depth) && !layer.isEmpty(); d++) {
      List<Integer> next = new ArrayList<>();
      for (int v : layer) {
        for (int k : byVariable.getOrDefault(v, List.of())) {
          if (seen.add(k)) {
            cells.addAll(constraints.get(k).published());
            for (int w : constraints.get(k).variables()) {
              if (reached.add(w)) {
                next.add(w);
              }
            }
          }
        }
      }
      layer = next;
    }
    List<int[]> result = new ArrayList<>();
    cells.forEach(c -> result.add(new int[] {c.table(), c.row(), c.column()}));
    return result;
  }
}
