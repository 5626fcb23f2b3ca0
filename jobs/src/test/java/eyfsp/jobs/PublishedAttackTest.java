package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attacker's solver finds what subtraction alone cannot, and no more. */
class PublishedAttackTest {

  @Test
  void solvesSumsThatNoSingleSubtractionOpens() {
    // 7 = a + b, 9 = b + c, 8 = a + c: each sum hides two cells, but a = (7 - 9 + 8) / 2, and so on.
    List<List<String>> sums = List.of(List.of("T7", "a", "b"), List.of("T9", "b", "c"), List.of("T8", "a", "c"));
    assertThat(PublishedAttack.fixed(sums, Set.of("a", "b", "c")::contains)).containsExactly("a", "b", "c");
    // With 7 hidden too, only b - a = 1 is known: nothing is fixed.
    assertThat(PublishedAttack.fixed(sums, Set.of("a", "b", "c", "T7")::contains)).isEmpty();
    // One sum with one hidden cell: fixed, as subtraction would find.
    assertThat(PublishedAttack.fixed(List.of(List.of("T", "a", "b")), Set.of("b")::contains)).containsExactly("b");
  }
}
