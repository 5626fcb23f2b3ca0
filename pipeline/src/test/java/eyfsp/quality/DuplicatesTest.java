package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.quality.Duplicates.Copy;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

  @Test
  void identicalCopiesKeepTheFirstByFileAndLine() {
    List<Duplicates.Verdict> verdicts = Duplicates.judge(List.of(
        new Copy("P1|2009", "eyfsp/b.csv", 4, "raw b4", "same"),
        new Copy("P1|2009", "eyfsp/a.csv", 9, "raw a9", "same"),
        new Copy("P1|2009", "eyfsp/a.csv", 2, "raw a2", "same")));
    assertThat(verdicts).extracting(v -> v.copy().sourceFile() + ":" + v.copy().lineNumber() + " " + v.reason())
        .containsExactly("eyfsp/a.csv:9 DUPLICATE", "eyfsp/b.csv:4 DUPLICATE");
    assertThat(verdicts.get(0).detail()).isEqualTo("identical to eyfsp/a.csv line 2, which is kept");
  }

  @Test
  void conflictingCopiesAreAllQuarantined() {
    List<Duplicates.Verdict> verdicts = Duplicates.judge(List.of(
        new Copy("P1|2009", "eyfsp/a.csv", 2, "r", "one"),
        new Copy("P1|2009", "eyfsp/a.csv", 3, "r", "one"),
        new Copy("P1|2009", "eyfsp/a.csv", 7, "r", "two"),
        new Copy("P2|2009", "eyfsp/a.csv", 8, "r", "alone")));
    assertThat(verdicts).extracting(v -> v.copy().lineNumber() + " " + v.reason())
        .containsExactly("2 DUPLICATE_CONFLICT", "3 DUPLICATE_CONFLICT", "7 DUPLICATE_CONFLICT");
  }
}
