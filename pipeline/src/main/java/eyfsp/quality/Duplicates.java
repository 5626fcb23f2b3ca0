package eyfsp.quality;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Duplicates as the contract says, judged among rows that pass the other checks: rows sharing a key
 * (UPN and year) and identical in every field keep the first copy (by file and line) and quarantine
 * the others as DUPLICATE; rows sharing a key with different content are all DUPLICATE_CONFLICT.
 *
 * <p>Copies are rare, so only the keys are counted over all rows; the few rows whose key repeats
 * are read again from their files (accepted rows carry neither their text nor a content key, to
 * keep the rows small), judged on the driver, and the verdicts joined back by file and line.
 */
public final class Duplicates {

  private static final StructType VERDICTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("source_file", DataTypes.StringType, false),
      DataTypes.createStructField("line_number", DataTypes.LongType, false),
      DataTypes.createStructField("_reason", DataTypes.StringType, false),
      DataTypes.createStructField("_detail", DataTypes.StringType, false),
      DataTypes.createStructField("_raw", DataTypes.StringType, false)));

  /** One accepted row whose key repeats: where it is, its original text and its normalised content. */
  public record Copy(String key, String sourceFile, long lineNumber, String raw, String content) {}

  /** What to do with a copy. */
  public record Verdict(Copy copy, RejectReason reason, String detail) {}

  /** The original text and normalised content of some accepted rows of a file, read again. */
  @FunctionalInterface
  public interface Contents {
    Map<Long, String[]> rawAndContent(String file, java.util.Set<Long> lines);
  }

  private Duplicates() {}

  /** Adds the duplicate reasons to a checked-rows dataset; no row is added or dropped. */
  public static Dataset<Row> mark(Dataset<Row> checked, Contents contents, String... key) {
    Column[] keys = Arrays.stream(key).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> accepted = checked.filter(size(col("reasons")).equalTo(0));
    Dataset<Row> repeated = accepted.groupBy(keys).agg(count(lit(1)).as("_copies"))
        .filter(col("_copies").gt(1)).drop("_copies");
    Map<String, Map<Long, String>> keyByLine = new TreeMap<>();
    for (Row r : accepted.join(repeated, key, "left_semi")
        .select(org.apache.spark.sql.functions.concat_ws("\u001f", keys), col("source_file"), col("line_number"))
        .collectAsList()) {
      keyByLine.computeIfAbsent(r.getString(1), f -> new TreeMap<>()).put(r.getLong(2), r.getString(0));
    }
    if (keyByLine.isEmpty()) {
      return checked;
    }
    List<Copy> copies = new ArrayList<>();
    keyByLine.forEach((file, lines) -> contents.rawAndContent(file, lines.keySet()).forEach((line, text) ->
        copies.add(new Copy(lines.get(line), file, line, text[0], text[1]))));
    List<Row> rows = judge(copies).stream()
        .map(v -> RowFactory.create(v.copy().sourceFile(), v.copy().lineNumber(), v.reason().name(), v.detail(),
            v.copy().raw()))
        .toList();
    Dataset<Row> judged = checked.join(broadcast(checked.sparkSession().createDataFrame(rows, VERDICTS)),
            new String[] {"source_file", "line_number"}, "left")
        .withColumn("reasons", when(col("_reason").isNotNull(), array(col("_reason"))).otherwise(col("reasons")))
        .withColumn("detail", when(col("_reason").isNotNull(), col("_detail")).otherwise(col("detail")))
        .withColumn("raw", when(col("_reason").isNotNull(), col("_raw")).otherwise(col("raw")));
    return judged.select(Arrays.stream(checked.columns()).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
  }

  /** The contract's rule on the copies of each key, in file and line order; plain Java. */
  public static List<Verdict> judge(List<Copy> copies) {
    Map<String, List<Copy>> byKey = new LinkedHashMap<>();
    copies.stream()
        .sorted(Comparator.comparing(Copy::sourceFile).thenComparingLong(Copy::lineNumber))
        .forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
    List<Verdict> verdicts = new ArrayList<>();
    for (List<Copy> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      Copy first = group.get(0);
      boolean conflict = group.stream().anyMatch(c -> !Objects.equals(c.content(), first.content()));
      for (int i = conflict ? 0 : 1; i < group.size(); i++) {
        Copy c = group.get(i);
        Copy other = i == 0 ? group.get(1) : first;
        String where = other.sourceFile() + " line " + other.lineNumber();
        verdicts.add(conflict
            ? new Verdict(c, RejectReason.DUPLICATE_CONFLICT,
                "same key as " + (group.size() - 1) + " other row(s) with different content, e.g. " + where)
            : new Verdict(c, RejectReason.DUPLICATE, "identical to " + where + ", which is kept"));
      }
    }
    return verdicts;
  }
}
