package eyfsp.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eyfsp.io.InputFiles.InputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts every file's rows twice, as read and as judged, so that a run can prove for every input
 * file that rows read = rows accepted + rows rejected, and stop when it does not hold.
 */
public final class RowAccounting {

  private RowAccounting() {}

  /** Rows read per file, and how many passed the row checks (before duplicates), from the parsed rows. */
  public record Counted(long read, long passedRowChecks) {}

  public static Map<String, Counted> counted(Dataset<Row> parsed) {
    Map<String, Counted> counted = new HashMap<>();
    for (Row r : parsed.groupBy("source_file")
        .agg(count(lit(1)), sum(when(size(col("reasons")).equalTo(0), 1L).otherwise(0L)))
        .collectAsList()) {
      counted.put(r.getString(0), new Counted(r.getLong(1), r.getLong(2)));
    }
    return counted;
  }

  /**
   * Each file's account: rows read (counted as parsed), rejected (the quarantined rows themselves,
   * as collected for the output) and accepted (the rows that passed the row checks, less those then
   * judged duplicates). It balances only if every row the checks refused reached the rejects.
   */
  public static List<FileAccount> accounts(String kind, List<InputFile> files, Map<String, Counted> counted,
      List<Reject> rejects) {
    Map<String, Long> rejected = new HashMap<>();
    Map<String, Long> duplicates = new HashMap<>();
    Map<String, Map<String, Long>> byReason = new HashMap<>();
    for (Reject r : rejects) {
      rejected.merge(r.sourceFile(), 1L, Long::sum);
      if (r.reasons().contains(RejectReason.DUPLICATE.name())
          || r.reasons().contains(RejectReason.DUPLICATE_CONFLICT.name())) {
        duplicates.merge(r.sourceFile(), 1L, Long::sum);
      }
      Map<String, Long> reasons = byReason.computeIfAbsent(r.sourceFile(), f -> new TreeMap<>());
      r.reasons().forEach(reason -> reasons.merge(reason, 1L, Long::sum));
    }
    List<FileAccount> accounts = new ArrayList<>();
    for (InputFile file : files) {
      Counted c = counted.getOrDefault(file.name(), new Counted(0, 0));
      accounts.add(new FileAccount(kind, file.name(), c.read(),
          c.passedRowChecks() - duplicates.getOrDefault(file.name(), 0L), rejected.getOrDefault(file.name(), 0L),
          Map.copyOf(byReason.getOrDefault(file.name(), Map.of()))));
    }
    return accounts;
  }

  /** Stops the run when any file's rows do not add up: something lost or invented a row. */
  public static void requireBalanced(List<FileAccount> accounts) {
    for (FileAccount a : accounts) {
      if (!a.balances()) {
        throw new IllegalStateException(String.format(
            "Row accounting does not hold for %s: %d rows read, %d accepted and %d rejected.",
            a.file(), a.read(), a.accepted(), a.rejected()));
      }
    }
  }

  /**
   * Refuses the input when a file has more than {@code maxShare} of its rows rejected, naming the
   * file, its first rejected row and the reasons in words; the rejects travel with the refusal. The
   * sentence goes to the log and to out.refused/accounts.json, so it never quotes the row: a
   * reject's detail does (a UPN, or a UPN shifted into another column), and stays in the rejects.
   */
  public static void requireAcceptableShare(List<FileAccount> accounts, Map<String, List<Reject>> rejects,
      double maxShare) {
    for (FileAccount a : accounts) {
      if (a.read() > 0 && a.rejected() > maxShare * a.read()) {
        Reject first = rejects.values().stream().flatMap(List::stream)
            .filter(r -> r.sourceFile().equals(a.file()))
            .findFirst().orElseThrow();
        throw new TooManyRejectsException(String.format(java.util.Locale.ROOT,
            "%s: %d of %d rows rejected (%.1f%%), more than the %s%% allowed (quality.max_rejected_share); "
                + "the first is line %d, %s (%s).",
            a.file(), a.rejected(), a.read(), 100.0 * a.rejected() / a.read(),
            java.math.BigDecimal.valueOf(100 * maxShare).stripTrailingZeros().toPlainString(),
            first.lineNumber(), String.join(" and ", first.reasons()),
            first.reasons().stream().map(r -> RejectReason.valueOf(r).meaning()).collect(Collectors.joining("; "))),
            accounts, rejects);
      }
    }
  }

  /** Quarantined rows as rejects, by file and line, with the year, LA and school they give if any. */
  public static List<Reject> rejects(Dataset<Row> checked) {
    List<String> where = List.of(checked.columns());
    Column la = where.contains("la_code") ? col("la_code") : lit(null).cast("string");
    Column estab = where.contains("estab") ? col("estab") : lit(null).cast("string");
    List<Reject> rejects = new ArrayList<>();
    for (Row r : checked.filter(size(col("reasons")).gt(0))
        .select(col("source_file"), col("line_number"), col("reasons"), col("raw"), col("detail"),
            col("academic_year"), la, estab)
        .collectAsList()) {
      rejects.add(new Reject(r.getString(0), r.getLong(1), r.getList(2), r.getString(3), r.getString(4),
          r.isNullAt(5) ? null : r.getInt(5), blankToNull(r.getString(6)), blankToNull(r.getString(7))));
    }
    rejects.sort(java.util.Comparator.comparing(Reject::sourceFile).thenComparingLong(Reject::lineNumber));
    return rejects;
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
