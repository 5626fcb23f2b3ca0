package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.Reject;
import eyfsp.io.InputFiles.InputFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows read = accepted + rejected, each counted on its own, so that a stage losing or inventing a row is caught. */
class RowAccountingTest {

  private static final InputFile A = new InputFile("eyfsp/a.csv", "eyfsp/a.csv", 100);
  private static final InputFile B = new InputFile("eyfsp/b.csv", "eyfsp/b.csv", 100);

  @Test
  void eachFileBalancesWhenEveryRowIsAcceptedOrQuarantined() {
    // a.csv: lines 2 and 3 accepted, 4 rejected for two reasons; b.csv: line 2 rejected. Read 3 and 1.
    List<Reject> rejects = List.of(
        new Reject("eyfsp/a.csv", 4, List.of("BAD_UPN", "BAD_SCALE"), "raw 4", "why", 2009, "873", null),
        new Reject("eyfsp/b.csv", 2, List.of("UNKNOWN_LA"), "raw 2", "why", null, "999", "2001"));
    List<FileAccount> accounts = RowAccounting.accounts("eyfsp", List.of(A, B),
        Map.of("eyfsp/a.csv", 3L, "eyfsp/b.csv", 1L), new RowAccounting.Judged(Map.of("eyfsp/a.csv", 2L), rejects));
    assertThat(accounts).extracting(a -> a.file() + " " + a.read() + " " + a.accepted() + " " + a.rejected())
        .containsExactly("eyfsp/a.csv 3 2 1", "eyfsp/b.csv 1 0 1");
    assertThat(accounts.get(0).rejectedByReason()).isEqualTo(Map.of("BAD_UPN", 1L, "BAD_SCALE", 1L));
    RowAccounting.requireBalanced(accounts);
  }

  @Test
  void aRowLostOrInventedAfterParsingStopsTheRun() {
    // 2 rows read; a later stage that repeated line 3 (a join gone wrong) would accept 3.
    List<FileAccount> accounts = RowAccounting.accounts("eyfsp", List.of(A), Map.of("eyfsp/a.csv", 2L),
        new RowAccounting.Judged(Map.of("eyfsp/a.csv", 3L), List.of()));
    assertThatThrownBy(() -> RowAccounting.requireBalanced(accounts))
        .hasMessage("Row accounting does not hold for eyfsp/a.csv: 2 rows read, 3 accepted and 0 rejected.");
    // And one that dropped line 3: 2 read, 1 accepted.
    List<FileAccount> lost = RowAccounting.accounts("eyfsp", List.of(A), Map.of("eyfsp/a.csv", 2L),
        new RowAccounting.Judged(Map.of("eyfsp/a.csv", 1L), List.of()));
    assertThatThrownBy(() -> RowAccounting.requireBalanced(lost)).hasMessageContaining("2 rows read, 1 accepted");
  }

  @Test
  void aRefusalNamesTheFileLineAndReasonButNeverTheRowsValues() {
    // The detail quotes the UPN, as the rejects file should; the refusal's sentence goes to the log.
    Reject badUpn = new Reject("eyfsp/a.csv", 3, List.of("BAD_UPN"), "2009,873,2001,A87320010800X,...",
        "upn 'A87320010800X' is not a valid UPN");
    List<FileAccount> accounts = List.of(new FileAccount("eyfsp", "eyfsp/a.csv", 4, 3, 1, Map.of("BAD_UPN", 1L)));
    assertThatThrownBy(() -> RowAccounting.requireAcceptableShare(accounts, Map.of("eyfsp", List.of(badUpn)), 0.05))
        .isInstanceOf(TooManyRejectsException.class)
        .hasMessage("eyfsp/a.csv: 1 of 4 rows rejected (25.0%), more than the 5% allowed (quality.max_rejected_share);"
            + " the first is line 3, BAD_UPN (not 13 characters of the UPN form, or wrong check letter).")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("A87320010800X"));
  }
}
