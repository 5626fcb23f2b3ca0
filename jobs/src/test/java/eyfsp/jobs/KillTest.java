package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with SIGKILL at chosen points leave the published output complete and byte for byte
 * as it was, and the next run succeeds and clears what they left. The run is stopped exactly at
 * each point by the test-only pause (eyfsp.io.TestPause), not at a guessed moment.
 */
class KillTest {

  @TempDir
  Path dir;

  @Test
  void aRunKilledAtEachPointLeavesThePreviousOutputWhole() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 5, 300, 1);
    Path settings = TestRuns.lenientSettings(dir);
    Path output = dir.resolve("out");
    String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--conf", settings.toString()};
    assertThat(TestRuns.run(args).status()).isZero();

    for (String point : List.of("read", "write", "staged", "published")) {
      Map<String, String> published = TestRuns.snapshot(output);
      Path publishedRun = output.toRealPath();
      killAt(point, args);

      if (point.equals("published")) {
        // Killed just after its link was swapped in: the new output is whole, and the same run's work.
        assertThat(output.toRealPath()).isNotEqualTo(publishedRun);
        assertThat(TestRuns.csvFiles(output)).isEqualTo(csv(published));
        assertWhole(output);
        assertThat(TestRuns.snapshot(publishedRun)).as("the run before, kept for its readers").isEqualTo(published);
      } else {
        assertThat(output.toRealPath()).as("killed at %s", point).isEqualTo(publishedRun);
        assertThat(TestRuns.snapshot(output)).as("the output after a kill at %s", point).isEqualTo(published);
      }

      Path linked = output.toRealPath();
      TestRuns.Outcome next = TestRuns.run(args);
      assertThat(next.status()).as("the run after a kill at %s: %s", point, next.err()).isZero();
      assertThat(TestRuns.csvFiles(output)).isEqualTo(csv(published));
      try (Stream<Path> runs = Files.list(dir.resolve(".out.runs"))) {
        assertThat(runs.map(p -> p.getFileName().toString()))
            .as("after a kill at %s, what the killed run left is gone: the new run and the one before it stay", point)
            .containsExactlyInAnyOrder(output.toRealPath().getFileName().toString(), linked.getFileName().toString());
      }
      try (Stream<Path> siblings = Files.list(dir)) {
        assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".link-"));
      }
    }
  }

  /** Starts a run in a child JVM, waits until it has paused at the point, and kills it with SIGKILL. */
  private static void killAt(String point, String[] args) throws Exception {
    Process run = TestRuns.childRun(List.of("-Deyfsp.test.pauseAt=" + point), args).redirectErrorStream(true).start();
    StringBuilder said = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.equals("[eyfsp-test] paused at " + point)) {
        said.append(line).append('\n');
      }
      assertThat(line).as("the run paused at %s; it said:%n%s", point, said).isNotNull();
      // Its standard input stays open: it waits there until killed.
      run.destroyForcibly();
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(run.exitValue()).as("killed at %s", point).isNotZero();
  }

  /** Every output the manifest lists is there. */
  private static void assertWhole(Path output) throws Exception {
    var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.path("outputs").size()).isGreaterThan(10);
    for (var o : manifest.path("outputs")) {
      assertThat(output.resolve(o.path("path").asText())).exists();
    }
  }

  private static Map<String, String> csv(Map<String, String> snapshot) {
    Map<String, String> csv = new TreeMap<>();
    snapshot.forEach((file, sha) -> {
      if (file.endsWith(".csv")) {
        csv.put(file, sha);
      }
    });
    return csv;
  }
}
