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
  void aFolderEyfspDidNotPublishIsLeftAsItIs() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "someone's work");
    TestRuns.Outcome outcome = run(mine);
    assertThat(outcome.status()).as(outcome.err()).isEqualTo(ExitStatus.OUTPUT_FAILED);
    assertThat(outcome.sentence()).isEqualTo("eyfsp: The output " + mine + " is a folder eyfsp did not publish"
        + " (not a link to one of its runs), and eyfsp never replaces one that holds files: move it aside, or give"
        + " --output a new or empty folder.");
    assertThat(outcome.err()).as("refused before Spark starts").doesNotContain("[eyfsp] spark");
    assertThat(Files.isSymbolicLink(mine)).isFalse();
    try (var entries = Files.list(mine)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
    assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("someone's work");
    assertThat(dir.resolve(".mine.runs")).doesNotExist();

    Path file = Files.writeString(dir.resolve("notes.csv"), "a,b\n");
    TestRuns.Outcome onAFile = run(file);
    assertThat(onAFile.status()).as(onAFile.err()).isEqualTo(ExitStatus.OUTPUT_FAILED);
    assertThat(onAFile.sentence()).isEqualTo("eyfsp: The output " + file + " is a file, not a folder; eyfsp leaves it"
        + " as it is: give --output a new or empty folder.");
    assertThat(Files.readString(file)).isEqualTo("a,b\n");
  }

  @Test
  void anEmptyFolderBecomesTheOutput() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    TestRuns.Outcome outcome = run(empty);
    assertThat(outcome.status()).as(outcome.err()).isZero();
    assertThat(Files.isSymbolicLink(empty)).isTrue();
    assertThat(empty.resolve("manifest.json")).isRegularFile();
    try (var runs = Files.list(dir.resolve(".empty.runs"))) {
      assertThat(runs).hasSize(1);
    }
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
