package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowAccountingTest {

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
