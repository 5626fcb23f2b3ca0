package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.OutputLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reruns, --if-changed, slices merged into an output, locking and the rejected-share limit. */
class NightlyRunTest {

  @TempDir
  static Path dir;

  static Path input;
  static Path settings;
  static Path full;
  static Map<String, String> fullCsv;

  @BeforeAll
  static void fullRun() {
    input = TestRuns.syntheticInput(dir.resolve("input"), 11, 400, 2);
    settings = TestRuns.lenientSettings(dir);
    full = dir.resolve("full");
    TestRuns.Outcome outcome = run(full);
    assertThat(outcome.status()).as(outcome.err()).isZero();
    fullCsv = TestRuns.csvFiles(full);
  }

  static TestRuns.Outcome run(Path output, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--output",
        output.toString(), "--conf", settings.toString()));
    args.addAll(List.of(extra));
    return TestRuns.run(args.toArray(String[]::new));
  }

  @Test
  void aRerunWritesTheSameBytesAndTheSameParquetRows() {
    Path again = dir.resolve("again");
    assertThat(run(again).status()).isZero();
    assertThat(fullCsv).containsKeys("internal/csv/attainment.csv", "published/attainment.csv",
        "rejects/eyfsp.csv", "rejects/census.csv");
    assertThat(TestRuns.csvFiles(again)).isEqualTo(fullCsv);

    SparkSession spark = TestSpark.session();
    Map<String, List<String>> first = TestRuns.parquetTables(spark, full);
    assertThat(first).containsKeys("attainment", "children");
    assertThat(first.get("children")).as("a schema and a row per accepted child").hasSizeGreaterThan(700);
    Map<String, List<String>> second = TestRuns.parquetTables(spark, again);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((table, rows) -> assertThat(second.get(table)).as("the Parquet rows of %s", table)
        .containsExactlyElementsOf(rows));
  }

  @Test
  void twoRealRunsStartedAtOnceOnOneOutputOneRefusesAtOnceTheOtherPublishes() throws Exception {
    Path output = dir.resolve("twice");
    String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--conf", settings.toString()};
    List<Process> runs = List.of(TestRuns.childRun(args).redirectErrorStream(true).start(),
        TestRuns.childRun(args).redirectErrorStream(true).start());
    try {
      // Each run's words, read as they come, so that neither blocks on a full pipe.
      List<CompletableFuture<String>> said = runs.stream().map(p -> CompletableFuture.supplyAsync(() -> {
        try {
          return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).toList();
      Process first = (Process) CompletableFuture.anyOf(runs.get(0).onExit(), runs.get(1).onExit())
          .get(5, TimeUnit.MINUTES);
      int refused = runs.indexOf(first);
      Process other = runs.get(1 - refused);
      assertThat(other.isAlive()).as("one run refused while the other was still running").isTrue();
      assertThat(first.exitValue()).as(said.get(refused).get()).isEqualTo(ExitStatus.BUSY);
      String sentence = said.get(refused).get().strip().lines().reduce((a, b) -> b).orElse("");
      assertThat(sentence).startsWith("eyfsp: Another eyfsp run is writing " + output + " (process " + other.pid()
          + ", started ").endsWith("); try again when it has finished.");
      assertThat(other.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(other.exitValue()).as(said.get(1 - refused).get()).isZero();
    } finally {
      runs.forEach(Process::destroyForcibly);
    }
    assertThat(TestRuns.csvFiles(output)).isEqualTo(fullCsv);
  }

  @Test
  void ifChangedSkipsAnUnchangedRunAndNotAChangedOne() throws Exception {
    Path output = dir.resolve("ifchanged");
    assertThat(run(output).status()).isZero();
    Path published = output.toRealPath();
    TestRuns.Outcome unchanged = run(output, "--if-changed");
    assertThat(unchanged.status()).isZero();
    assertThat(unchanged.out()).startsWith("eyfsp run: nothing to do");
    assertThat(unchanged.err()).doesNotContain("[eyfsp] spark");
    assertThat(output.toRealPath()).isEqualTo(published);
    // Other settings make another run.
    Path stricter = dir.resolve("stricter.yaml");
    Files.writeString(stricter, "quality:\n  max_rejected_share: 0.5\ndisclosure:\n  suppress_below: 10\n  audit_rounds: 0\n");
    TestRuns.Outcome changed = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(),
        "--conf", stricter.toString(), "--if-changed");
    assertThat(changed.status()).as(changed.err()).isZero();
    assertThat(output.toRealPath()).isNotEqualTo(published);
  }

  @Test
  void aSliceMergedIntoAFullOutputGivesTheFullRunsRowsAndTouchesNoOthers() {
    Path output = dir.resolve("sliced");
    assertThat(run(output).status()).isZero();
    TestRuns.Outcome slice = run(output, "--la", "873", "--years", "2010");
    assertThat(slice.status()).as(slice.err()).isZero();
    assertThat(TestRuns.csvFiles(output)).isEqualTo(fullCsv);
  }

  @Test
  void aSliceTheInputHoldsNoReturnsForIsRefusedInOneSentence() {
    Path output = dir.resolve("nothing");
    TestRuns.Outcome slice = run(output, "--years", "2015");
    assertThat(slice.status()).as(slice.err()).isEqualTo(ExitStatus.USAGE);
    assertThat(slice.sentence()).isEqualTo("eyfsp: The input holds no accepted returns for the slice asked "
        + "(--years 2014/15): there is nothing to measure.");
    assertThat(output).doesNotExist();
  }

  @Test
  void aSliceOnItsOwnHasItsLasRowsButNoRegionOrNation() throws Exception {
    Path output = dir.resolve("alone");
    TestRuns.Outcome slice = run(output, "--la", "873");
    assertThat(slice.status()).as(slice.err()).isZero();
    List<String> sliceRows = Files.readAllLines(output.resolve("internal/csv/attainment.csv"));
    List<String> fullRows = Files.readAllLines(full.resolve("internal/csv/attainment.csv"));
    assertThat(sliceRows.get(0)).isEqualTo(fullRows.get(0));
    assertThat(sliceRows.subList(1, sliceRows.size()))
        .hasSize(2)
        .containsExactlyElementsOf(fullRows.stream().filter(r -> r.contains(",Local authority,")
            && r.contains(",873,")).toList());
  }

  @Test
  void aSecondRunOnTheSameOutputRefusesAtOnce() throws Exception {
    Path output = dir.resolve("locked");
    try (OutputLock held = OutputLock.acquire(output.toString())) {
      TestRuns.Outcome second = run(output);
      assertThat(second.status()).isEqualTo(ExitStatus.BUSY);
      assertThat(second.sentence()).startsWith("eyfsp: Another eyfsp run is writing " + output + " (process ")
          .endsWith("; try again when it has finished.");
    }
  }

  @Test
  void aLockLeftByADeadRunDoesNotBlock() throws Exception {
    Path output = dir.resolve("deadlock");
    Process holder = new ProcessBuilder(lockHolderCommand(output)).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("locked");
      assertThat(run(output).status()).isEqualTo(ExitStatus.BUSY);
      // SIGKILL: the holder gets no chance to let go; the system frees its lock.
      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    TestRuns.Outcome next = run(output);
    assertThat(next.status()).as(next.err()).isZero();
  }

  private static List<String> lockHolderCommand(Path output) {
    List<String> command = new java.util.ArrayList<>(TestRuns.childRun().command());
    int main = command.indexOf("eyfsp.jobs.Main");
    command.set(main, "eyfsp.jobs.LockHolder");
    command.add(output.toString());
    return command;
  }

  @Test
  void tooManyRejectsRefusesTheInputKeepsTheRejectsAndThePreviousOutput() throws Exception {
    Path output = dir.resolve("strict");
    assertThat(run(output).status()).isZero();
    Map<String, String> before = TestRuns.snapshot(output);
    // The default limit is 5%: LA 873's files carry the planted bad rows and LA 821's those of other frameworks
    // and settings (eyfsp.synthetic.BadRows), each over 5% of a small file; the refusal names the first.
    TestRuns.Outcome strict = TestRuns.run("run", "--input", input.toString(), "--output", output.toString());
    assertThat(strict.status()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(strict.sentence())
        .matches("eyfsp: eyfsp/returns_(873|821)_2009\\.csv: \\d+ of \\d+ rows rejected \\(\\d+\\.\\d%\\), "
            + "more than the 5% allowed \\(quality\\.max_rejected_share\\); the first is line \\d+, "
            + "[A-Z_]+ \\(.*\\)\\. The rejected rows are in .*strict\\.refused\\.");
    Path refused = dir.resolve("strict.refused");
    assertThat(Files.readAllLines(refused.resolve("rejects/eyfsp.csv")).size()).isGreaterThan(10);
    assertThat(Files.readString(refused.resolve("accounts.json"))).contains("\"rows_rejected\"");
    assertThat(TestRuns.snapshot(output)).isEqualTo(before);
    // The next run that publishes forgets the refusal.
    assertThat(run(output).status()).isZero();
    assertThat(refused).doesNotExist();
  }
}
