package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output holds a raw UPN, except the rejects (internal, and needed to fix the files): not the
 * files of a published run, its Parquet cells, what a run says on its streams, nor what a refused
 * run keeps beside the output (its accounts.json; its rejects/ are rejects).
 */
class PrivacyTest {

  private static final Pattern UPN = Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");

  @TempDir
  Path dir;

  private final Set<String> upns = new HashSet<>();

  /** Every UPN-shaped string of the input, valid or not: a UPN with a wrong check letter is still a child's. */
  private void collectUpns(Path input) throws Exception {
    try (Stream<Path> files = Files.walk(input)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Matcher m = UPN.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
        while (m.find()) {
          upns.add(m.group());
        }
      }
    }
  }

  /** The UPNs a text holds anywhere in it. */
  private List<String> leaked(String text) {
    return upns.stream().filter(text::contains).sorted().toList();
  }

  /** Every file under a folder, through its link, but for those under {@code rejects/}. */
  private void scanFiles(Path folder) throws Exception {
    Path root = folder.toRealPath();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(f).toString();
        if (relative.startsWith("rejects/") || relative.endsWith(".parquet") || relative.endsWith(".crc")) {
          continue;
        }
        assertThat(leaked(Files.readString(f, StandardCharsets.ISO_8859_1))).as(relative).isEmpty();
      }
    }
  }

  @Test
  void noUpnOutsideTheRejects() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 8, 200, 1);
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString());
    assertThat(run.status()).as(run.err()).isZero();
    collectUpns(input);
    assertThat(upns).hasSizeGreaterThan(100);

    assertThat(leaked(run.err())).as("standard error").isEmpty();
    assertThat(leaked(run.out())).as("standard output").isEmpty();
    assertThat(leaked(Files.readString(output.resolve("manifest.json")))).as("the manifest").isEmpty();
    scanFiles(output);
    // Parquet is compressed: read every row of every table back as text (JSON, which leaves a UPN's
    // letters and digits as they are), every column of it, and look inside each value.
    SparkSession spark = TestSpark.session();
    try (Stream<Path> tables = Files.list(output.toRealPath().resolve("internal/parquet"))) {
      for (Path table : tables.toList()) {
        List<String> rows = spark.read().parquet(table.toString()).toJSON().collectAsList();
        assertThat(rows).as("%s", table.getFileName()).allSatisfy(row -> assertThat(leaked(row)).isEmpty());
        if (table.endsWith("children")) {
          assertThat(rows).as("every child's row read back").hasSizeGreaterThan(100);
        }
      }
    }
  }

  @Test
  void aRefusalForTooManyRejectsNamesNoUpn() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 8, 200, 1);
    // A file of rows whose UPNs have lost their check letter: every row BAD_UPN, far over the limit.
    List<String> rows;
    try (Stream<Path> returns = Files.list(input.resolve("eyfsp"))) {
      rows = Files.readAllLines(returns.sorted().findFirst().orElseThrow());
    }
    List<String> bad = new ArrayList<>(List.of(rows.get(0)));
    for (String row : rows.subList(1, 6)) {
      String[] f = row.split(",");
      f[3] = (f[3].charAt(0) == 'A' ? 'B' : 'A') + f[3].substring(1);
      bad.add(String.join(",", f));
    }
    Files.write(input.resolve("eyfsp/bad_upns.csv"), bad);
    collectUpns(input);
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString());
    assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(run.sentence()).startsWith("eyfsp: eyfsp/bad_upns.csv: 5 of 5 rows rejected")
        .contains("the first is line 2, BAD_UPN (");
    assertThat(leaked(run.err())).as("standard error").isEmpty();
    assertThat(leaked(run.out())).as("standard output").isEmpty();
    Path refused = dir.resolve("out.refused");
    assertThat(refused.resolve("accounts.json")).isRegularFile();
    scanFiles(refused);
  }
}
