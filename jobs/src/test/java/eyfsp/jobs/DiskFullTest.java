package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output on a full disk: a small tmpfs, mounted for the test where the machine allows it. */
class DiskFullTest {

  @TempDir
  Path dir;

  @Test
  void aFullDiskFailsTheRunCleanlyAndLeavesThePreviousOutput() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 4, 200, 1);
    Path settings = TestRuns.lenientSettings(dir);
    Path disk = Files.createDirectories(dir.resolve("disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    String said = new String(mount.getInputStream().readAllBytes()).strip();
    Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
        "cannot mount a small tmpfs here to fill (needs root): " + said);
    try {
      Path output = disk.resolve("out");
      String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--conf", settings.toString()};
      TestRuns.Outcome first = TestRuns.run(args);
      assertThat(first.status()).as(first.err()).isZero();
      Map<String, String> published = TestRuns.snapshot(output);

      // Leave a few kilobytes: the next run's outputs cannot fit.
      FileStore store = Files.getFileStore(disk);
      Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, store.getUsableSpace() - 16 * 1024)]);
      TestRuns.Outcome full = TestRuns.run(args);
      assertThat(full.status()).as(full.err()).isEqualTo(ExitStatus.OUTPUT_FAILED);
      assertThat(full.sentence()).startsWith("eyfsp: The outputs could not be written: ")
          .contains("No space left on device")
          .endsWith("; the previous output is untouched.");
      assertThat(TestRuns.snapshot(output)).isEqualTo(published);

      // Refused for too many rejects, with no room to keep them: still a refusal, saying so.
      Path garbage = input.resolve("eyfsp/garbage.csv");
      String header;
      try (var returns = Files.list(input.resolve("eyfsp"))) {
        header = Files.readAllLines(returns.findFirst().orElseThrow()).get(0);
      }
      Files.writeString(garbage, header + "\n" + ("not,a,row," + "x".repeat(100) + "\n").repeat(500));
      TestRuns.Outcome refused = TestRuns.run(args);
      assertThat(refused.status()).as(refused.err()).isEqualTo(ExitStatus.INPUT_REFUSED);
      assertThat(refused.sentence()).startsWith("eyfsp: eyfsp/garbage.csv: 500 of 500 rows rejected")
          .contains(" The rejected rows could not be kept in " + disk.resolve("out.refused") + " (")
          .contains("No space left on device");
      assertThat(disk.resolve("out.refused")).doesNotExist();
      assertThat(TestRuns.snapshot(output)).isEqualTo(published);
      Files.delete(garbage);

      Files.delete(disk.resolve("filler"));
      TestRuns.Outcome again = TestRuns.run(args);
      assertThat(again.status()).as(again.err()).isZero();
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
