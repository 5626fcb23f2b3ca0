package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of valid input files (seeded, so a failure can be replayed), as many runs as fit
 * in a time budget (up to a number): every run ends in a clear outcome (published, or refused in one
 * sentence); a published run read every record the test wrote, counted here by physical line, not
 * taken from the manifest, rejected exactly the rows in its rejects files, and wrote every output
 * its manifest lists; a refused run leaves the previous output as it was.
 */
class FuzzTest {

  private static final long SEED = 20261123L;
  private static final int RUNS = 12;
  /** Runs start until the budget is spent (at least MIN_RUNS), so that a slow machine cannot make the test run away. */
  private static final Duration BUDGET = Duration.ofMinutes(4);
  private static final int MIN_RUNS = 3;
  private static final byte[] NASTY = {',', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xE9, ';', ' ', 'A', '9', '-'};

  @TempDir
  Path dir;

  @Test
  void mutatedInputsAlwaysEndClearly() throws Exception {
    Path pristine = TestRuns.syntheticInput(dir.resolve("pristine"), 9, 200, 1);
    Path output = dir.resolve("out");
    Path settings = dir.resolve("fuzz.yaml");
    // Any share of rows rejected is let through: the synthetic input's planted bad rows alone are a third of
    // one small LA's file, and a refusal for that would leave the accounting of a published run unchecked
    // (the share refusal has its own tests: RefusedTest, NightlyRunTest).
    Files.writeString(settings, "quality:\n  max_rejected_share: 1.0\n" + TestRuns.NO_AUDIT);
    Random random = new Random(SEED);
    int published = 0;
    int refused = 0;
    long started = System.nanoTime();
    int run;
    for (run = 0; run < RUNS && (run < MIN_RUNS || System.nanoTime() - started < BUDGET.toNanos()); run++) {
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
        Map<String, Long> rejected = rejectsByFile(output);
        List<String> accounted = new ArrayList<>();
        for (JsonNode f : manifest.get("inputs")) {
          String name = f.get("file").asText();
          accounted.add(name);
          assertThat(f.get("rows_read").asLong()).as("rows read from %s; %s", name, replay)
              .isEqualTo(records(Files.readAllBytes(input.resolve(name))));
          assertThat(f.get("rows_rejected").asLong()).as("rows of %s in rejects/; %s", name, replay)
              .isEqualTo(rejected.getOrDefault(name, 0L));
          assertThat(f.get("rows_read").asLong()).as(replay)
              .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
        }
        assertThat(accounted).as("every input file is accounted for; %s", replay)
            .containsExactlyInAnyOrderElementsOf(files.stream().map(p -> input.relativize(p).toString()).toList());
        for (JsonNode o : manifest.get("outputs")) {
          assertThat(output.resolve(o.get("path").asText())).as("an output the manifest lists; %s", replay).exists();
        }
      } else {
        refused++;
        assertThat(outcome.sentence()).as(replay).startsWith("eyfsp: ").doesNotContain("\n");
        assertThat(TestRuns.snapshot(output)).as(replay).isEqualTo(before);
      }
    }
    assertThat(published + refused).as("%d published, %d refused", published, refused).isEqualTo(run)
        .isGreaterThanOrEqualTo(MIN_RUNS);
    // The accounting checks above ran only on runs that published: at least one must have.
    assertThat(published).as("runs that published; %d refused", refused).isPositive();
  }

  @Test
  void recordsAreCountedByPhysicalLineAfterTheHeader() {
    // CRLF lines, a blank line (not a record) and a last line without its newline: a and b.
    assertThat(records("h\r\na\r\n\r\nb".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    // The same after a byte-order mark.
    assertThat(records("\uFEFFh\r\na\r\n\r\nb".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(records("h\n".getBytes(StandardCharsets.UTF_8))).isZero();
    // A quoted field over a line break is two records, as the reader reads one record per line.
    assertThat(records("h\n\"x\ny\"\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
  }

  /**
   * The records of a file as the reader must see them, by physical line: every line after the
   * header (LF ends a line; a CR before it is not part of it; a last line without one counts) that
   * is not empty, whatever its quotes hold. The file's own first line is its header.
   */
  static long records(byte[] bytes) {
    long lines = 0;
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (end > start) {
          lines++;
        }
        start = i + 1;
      }
    }
    return Math.max(0, lines - 1);
  }

  /** Quarantined rows in the output's rejects files, by the input file they came from. */
  private static Map<String, Long> rejectsByFile(Path output) throws Exception {
    Map<String, Long> byFile = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(output.resolve("rejects"))) {
      for (Path f : files.toList()) {
        try (java.io.Reader in = Files.newBufferedReader(f)) {
          for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            byFile.merge(r.get("source_file"), 1L, Long::sum);
          }
        }
      }
    }
    return byFile;
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
