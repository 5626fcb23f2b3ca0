package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.OutputDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden comparison: ./eyfsp run on the project's sample-data/ publishes exactly the bytes of
 * every CSV and the rows of every Parquet table recorded in golden/sample-data.txt. A change that
 * means to change an output rewrites the file in the same commit
 * ({@code -Deyfsp.golden.write=true}), so the diff shows which outputs it changed.
 */
class GoldenSampleTest {

  @TempDir
  Path dir;

  static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("conf/eyfsp.yaml"))) {
      here = here.getParent();
    }
    return here;
  }

  @Test
  void sampleDataPublishesTheGoldenOutputs() throws Exception {
    Path root = projectRoot();
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", root.resolve("sample-data").toString(),
        "--output", output.toString(), "--drafts", dir.resolve("no-drafts").toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = OutputDigest.lines(TestSpark.session(), output);
    Path golden = root.resolve("jobs/src/test/resources/golden/sample-data.txt");
    if (Boolean.getBoolean("eyfsp.golden.write")) {
      Files.writeString(golden, "# sha256 of each output of ./eyfsp run on sample-data/ (GoldenSampleTest)\n"
          + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(lines).as("outputs of ./eyfsp run on sample-data/ against " + golden)
        .containsExactlyElementsOf(OutputDigest.read(golden));
    // The outsider's audit of what was published, read back from the files alone (issue 17).
    TestRuns.Outcome audit = TestRuns.run("audit", output.toString());
    assertThat(audit.status()).as(audit.out()).isEqualTo(ExitStatus.OK);
    assertThat(audit.out()).contains("no suppressed count can be narrowed");
  }
}
