package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output holds a raw UPN, except the rejects (internal, and needed to fix the files). */
class PrivacyTest {

  private static final Pattern UPN = Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");

  @TempDir
  Path dir;

  @Test
  void noUpnOutsideTheRejects() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 8, 200, 1);
    Path output = dir.resolve("out");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString());
    assertThat(run.status()).as(run.err()).isZero();

    Set<String> upns = new HashSet<>();
    try (Stream<Path> files = Files.walk(input)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Matcher m = UPN.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
        while (m.find()) {
          upns.add(m.group());
        }
      }
    }
    assertThat(upns).hasSizeGreaterThan(100);

    Path root = output.toRealPath();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(f).toString();
        if (relative.startsWith("rejects/") || relative.endsWith(".parquet") || relative.endsWith(".crc")) {
          continue;
        }
        Matcher m = UPN.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
        while (m.find()) {
          assertThat(upns).as("%s holds %s", relative, m.group()).doesNotContain(m.group());
        }
      }
    }
    // Parquet is compressed: read every string cell of every table back.
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try (Stream<Path> tables = Files.list(root.resolve("internal/parquet"))) {
      for (Path table : tables.toList()) {
        Dataset<Row> rows = spark.read().parquet(table.toString());
        for (StructField field : rows.schema().fields()) {
          if (field.dataType().equals(DataTypes.StringType)) {
            List<Row> leaked = rows.select(field.name()).filter(rows.col(field.name()).isin(upns.toArray())).limit(1)
                .collectAsList();
            assertThat(leaked).as("%s.%s", table.getFileName(), field.name()).isEmpty();
          }
        }
      }
    } finally {
      spark.stop();
    }
  }
}
