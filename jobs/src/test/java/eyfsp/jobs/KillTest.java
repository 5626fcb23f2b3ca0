package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with SIGKILL at every stage leave the published output complete and readable, and
 * the next run succeeds and clears what they left.
 */
class KillTest {

  @TempDir
  Path dir;

  @Test
  void aRunKilledAtAnyStageLeavesThePreviousOutputWhole() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 5, 300, 1);
    Path settings = TestRuns.lenientSettings(dir);
    Path output = dir.resolve("out");
    String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--conf", settings.toString()};
    assertThat(TestRuns.run(args).status()).isZero();
    Map<String, String> published = TestRuns.snapshot(output);
    Path publishedRun = output.toRealPath();

    Random random = new Random(42);
    for (String stage : List.of("settings", "spark", "read", "check", "enrich", "measure", "write", "publish")) {
      Process run = TestRuns.childRun(args).redirectErrorStream(true).start();
      run.getOutputStream().close();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("[eyfsp] " + stage)) {
          // wait for the stage to begin
        }
        assertThat(line).as("the run reached its %s stage", stage).isNotNull();
        Thread.sleep(random.nextInt(400));
        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(run.exitValue()).as("killed at %s", stage).isNotZero();
      if (output.toRealPath().equals(publishedRun)) {
        assertThat(TestRuns.snapshot(output)).as("the output after a kill at %s", stage).isEqualTo(published);
      } else {
        // Killed just after the new output was swapped in: it must be whole, and it is the same run's work.
        assertThat(stage).isEqualTo("publish");
        assertThat(TestRuns.csvFiles(output)).isEqualTo(TestRuns.csvFiles(publishedRun));
        assertThat(output.resolve("manifest.json")).exists();
        published = TestRuns.snapshot(output);
        publishedRun = output.toRealPath();
      }
    }

    TestRuns.Outcome next = TestRuns.run(args);
    assertThat(next.status()).as(next.err()).isZero();
    assertThat(TestRuns.csvFiles(output)).isEqualTo(TestRuns.csvFiles(publishedRun));
    try (Stream<Path> runs = Files.list(dir.resolve(".out.runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString()))
          .as("what the killed runs left is gone: the new run and the one before it stay")
          .hasSize(2)
          .noneMatch(name -> name.endsWith(".staging"));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".link-"));
    }
  }
}
