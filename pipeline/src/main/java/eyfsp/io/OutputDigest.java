package eyfsp.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a run's output holds, as one line per output: each CSV (internal, published, rejects) by its
 * sha256, and each Parquet table by the sha256 of its schema and its rows as Spark reads them back,
 * in a fixed order (tasks write rows in any order). Two outputs with the same lines hold the same
 * bytes in every CSV and the same rows in every Parquet table: the golden comparison a change to
 * the run's core must keep (the tests on sample-data/, the benchmark on a national year).
 */
public final class OutputDigest {

  private OutputDigest() {}

  /** "sha256  relative/path" lines, sorted by path; the report's pages are left out. */
  public static List<String> lines(SparkSession spark, Path output) {
    Map<String, String> lines = new TreeMap<>();
    csvFiles(output).forEach((file, sha) -> {
      if (!file.startsWith("report/")) {
        lines.put(file, sha);
      }
    });
    parquetTables(spark, output).forEach((table, rows) ->
        lines.put("internal/parquet/" + table, sha256(String.join("\n", rows).getBytes(StandardCharsets.UTF_8))));
    List<String> result = new ArrayList<>();
    lines.forEach((file, sha) -> result.add(sha + "  " + file));
    return result;
  }

  /** Every CSV file under an output folder (through its link), by relative path, with its sha256. */
  public static Map<String, String> csvFiles(Path output) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(output)) {
      return files;
    }
    try {
      Path root = output.toRealPath();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".csv")).toList()) {
          files.put(root.relativize(f).toString(), sha256(Files.readAllBytes(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Every Parquet table of an output (internal/parquet/*, the children included), read back with
   * Spark, by name: its schema as text, then its rows in a fixed order.
   */
  public static Map<String, List<String>> parquetTables(SparkSession spark, Path output) {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(output.toRealPath().resolve("internal/parquet"))) {
      for (Path table : dirs.toList()) {
        Dataset<Row> read = spark.read().parquet(table.toString());
        List<String> rows = new ArrayList<>(List.of(read.schema().simpleString()));
        read.collectAsList().stream().map(Row::toString).sorted().forEach(rows::add);
        tables.put(table.getFileName().toString(), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Golden lines kept in a file: blank lines and # comments left out. */
  public static List<String> read(Path golden) {
    try {
      return Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
