package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.quality.FileAccount;
import eyfsp.domain.Reject;
import eyfsp.quality.TooManyRejectsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refusal for too many rejects keeps them beside the output, and stands whether or not it can. */
class RefusedTest {

  @TempDir
  Path dir;

  private static TooManyRejectsException refusal() {
    Reject reject = new Reject("eyfsp/a.csv", 2, List.of("BAD_YEAR"), "x,y", "academic_year 'x' is not a year");
    return new TooManyRejectsException("eyfsp/a.csv: 1 of 1 rows rejected.",
        List.of(new FileAccount("eyfsp", "eyfsp/a.csv", 1, 0, 1, Map.of("BAD_YEAR", 1L))),
        Map.of("eyfsp", List.of(reject)));
  }

  @Test
  void theRejectsAreKeptBesideTheOutput() throws Exception {
    TooManyRejectsException kept = Refused.keep(dir.resolve("out").toString(), refusal(), "run-1");
    assertThat(kept.getMessage()).isEqualTo("eyfsp/a.csv: 1 of 1 rows rejected. The rejected rows are in "
        + dir.resolve("out.refused") + ".");
    assertThat(Files.readAllLines(dir.resolve("out.refused/rejects/eyfsp.csv"))).hasSize(2);
    assertThat(Files.readString(dir.resolve("out.refused/accounts.json"))).contains("\"run_id\" : \"run-1\"");
  }

  @Test
  void rejectsThatCannotBeKeptLeaveTheRefusalAndItsStatus() throws Exception {
    // Root passes every permission: a file where a folder is needed stands for a disk that fails.
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    TooManyRejectsException kept = Refused.keep(file.resolve("out").toString(), refusal(), "run-1");
    assertThat(Main.statusOf(kept)).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(kept.getMessage()).isEqualTo("eyfsp/a.csv: 1 of 1 rows rejected. The rejected rows could not be kept"
        + " in " + file.resolve("out.refused") + " (" + file.resolve("out.refused") + ": Not a directory).");
    assertThat(kept.rejects()).containsKey("eyfsp");
  }
}
