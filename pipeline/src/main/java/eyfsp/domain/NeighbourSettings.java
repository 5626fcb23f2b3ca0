package eyfsp.domain;

import java.util.Map;

/**
 * Statistical neighbours (conf {@code neighbours}): the {@code count} LAs nearest by weighted
 * Euclidean distance between standardised context values.
 */
public record NeighbourSettings(int count, Map<String, ContextVariable> context) {

  /** A context measure's weight in the distance, and whether it is compared on a log scale. */
  public record ContextVariable(double weight, boolean log) {}
}
