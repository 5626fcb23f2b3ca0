package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of valid input files (seeded, so a failure can be replayed), a bounded number
 * of runs: every run ends in a clear outcome (published, or refused in one sentence), rows read =
 * accepted + rejected for every file, and a refused run leaves the previous output as it was.
 */
class FuzzTest {

  private static final long SEED = 20261123L;
  private static final int RUNS = 12;
  private static final byte[] NASTY = {',', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xE9, ';', ' ', 'A', '9', '-'};

  @TempDir
  Path dir;

  @Test
  void mutatedInputsAlwaysEndClearly() throws Exception {
    Path pristine = TestRuns.syntheticInput(dir.resolve("pristine"), 9, 200, 1);
    Path output = dir.resolve("out");
    Path settings = dir.resolve("fuzz.yaml");
    Files.writeString(settings, "quality:\n  max_rejected_share: 0.3\n");
    Random random = new Random(SEED);
    int published = 0;
    int refused = 0;
    for (int run = 0; run < RUNS; run++) {
      Path input = dir.resolve("input-" + run);
      copy(pristine, input);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      }
      int mutations = 1 + random.nextInt(4);
      StringBuilder what = new StringBuilder();
      for (int m = 0; m < mutations; m++) {
        Path file = files.get(random.nextInt(files.size()));
        what.append(mutate(file, random)).append(" in ").append(input.relativize(file)).append("; ");
      }
      Map<String, String> before = TestRuns.snapshot(output);
      TestRuns.Outcome outcome = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(),
          "--conf", settings.toString());
      String replay = "seed " + SEED + ", run " + run + ": " + what + "\n" + outcome.err();
      assertThat(outcome.status()).as(replay).isIn(ExitStatus.OK, ExitStatus.INPUT_REFUSED);
      assertThat(outcome.err()).as(replay).doesNotContain("\tat ", "Exception");
      if (outcome.status() == ExitStatus.OK) {
        published++;
        JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
        for (JsonNode f : manifest.get("inputs")) {
          assertThat(f.get("rows_read").asLong()).as(replay)
              .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
        }
      } else {
        refused++;
        assertThat(outcome.sentence()).as(replay).startsWith("eyfsp: ").doesNotContain("\n");
        assertThat(TestRuns.snapshot(output)).as(replay).isEqualTo(before);
      }
    }
    assertThat(published + refused).isEqualTo(RUNS);
  }

  /** One random change to a file's bytes; says what it did, for the replay message. */
  private static String mutate(Path file, Random random) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      return "nothing (empty file)";
    }
    int at = random.nextInt(bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String what;
    switch (random.nextInt(6)) {
      case 0 -> {
        bytes[at] = NASTY[random.nextInt(NASTY.length)];
        out.writeBytes(bytes);
        what = "replaced byte " + at;
      }
      case 1 -> {
        out.write(bytes, 0, at);
        out.write(NASTY[random.nextInt(NASTY.length)]);
        out.write(bytes, at, bytes.length - at);
        what = "inserted a byte at " + at;
      }
      case 2 -> {
        out.write(bytes, 0, at);
        what = "truncated at " + at;
      }
      case 3 -> {
        int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
        what = "deleted bytes " + at + " to " + end;
      }
      case 4 -> {
        int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
        out.write(bytes, 0, end);
        out.write(bytes, at, end - at);
        out.write(bytes, end, bytes.length - end);
        what = "repeated bytes " + at + " to " + end;
      }
      default -> {
        out.write(bytes, 0, at);
        out.writeBytes("\"".repeat(1 + random.nextInt(3)).getBytes());
        out.write(bytes, at, bytes.length - at);
        what = "inserted quotes at " + at;
      }
    }
    Files.write(file, out.toByteArray());
    return what;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
