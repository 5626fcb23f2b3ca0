package eyfsp.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A child outcome a framework defines (its good level of development, 78+ points, expected in all
 * goals ...): a total of at least {@code totalAtLeast} (when set) and at least the framework's
 * secure score on every result of the areas in {@code secureInAllOf} (none: no such condition).
 */
public record OutcomeRule(Integer totalAtLeast, List<String> secureInAllOf) implements Serializable {

  public OutcomeRule {
    secureInAllOf = secureInAllOf == null ? List.of() : List.copyOf(secureInAllOf);
  }
}
