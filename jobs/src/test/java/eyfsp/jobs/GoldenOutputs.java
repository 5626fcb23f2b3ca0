package eyfsp.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * What a run publishes, as one line per output: each CSV (internal, published, rejects) by its
 * sha256, and each Parquet table by the sha256 of its schema and sorted rows as Spark reads them
 * back. Two outputs with the same lines hold the same bytes in every CSV and the same rows in every
 * Parquet table: the golden comparison that a change to the run's core must keep.
 */
final class GoldenOutputs {

  private GoldenOutputs() {}

  static List<String> lines(SparkSession spark, Path output) {
    Map<String, String> lines = new TreeMap<>();
    TestRuns.csvFiles(output).forEach((file, sha) -> {
      if (!file.startsWith("report/")) {
        lines.put(file, sha);
      }
    });
    TestRuns.parquetTables(spark, output).forEach((table, rows) ->
        lines.put("internal/parquet/" + table, TestRuns.sha256(String.join("\n", rows).getBytes(StandardCharsets.UTF_8))));
    List<String> result = new ArrayList<>();
    lines.forEach((file, sha) -> result.add(sha + "  " + file));
    return result;
  }

  static List<String> read(Path golden) {
    try {
      return Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
