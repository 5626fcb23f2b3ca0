package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders that cannot be written end in status 5 and one sentence, never an unexpected
 * failure. Tests run as root, whom permissions do not stop: a regular file in the way does.
 */
class UnwritableOutputTest {

  @TempDir
  static Path dir;

  static Path input;

  @BeforeAll
  static void input() {
    input = TestRuns.syntheticInput(dir.resolve("input"), 6, 200, 1);
  }

  static TestRuns.Outcome run(Path output) {
    return TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString());
  }

  @Test
  void anOutputUnderARegularFile() throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    TestRuns.Outcome outcome = run(file.resolve("out"));
    assertThat(outcome.status()).as(outcome.err()).isEqualTo(ExitStatus.OUTPUT_FAILED);
    assertThat(outcome.sentence()).isEqualTo("eyfsp: The outputs could not be written: " + file
        + " is a file, not a folder; the previous output is untouched.");
    assertThat(outcome.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void aFileWhereTheRunFoldersGo() throws Exception {
    Path runs = Files.writeString(dir.resolve(".blocked.runs"), "not a folder");
    TestRuns.Outcome outcome = run(dir.resolve("blocked"));
    assertThat(outcome.status()).as(outcome.err()).isEqualTo(ExitStatus.OUTPUT_FAILED);
    assertThat(outcome.sentence()).startsWith("eyfsp: The outputs could not be written: " + runs + "/")
        .endsWith(".staging: Not a directory; the previous output is untouched.");
    assertThat(Files.readString(runs)).isEqualTo("not a folder");
  }
}
