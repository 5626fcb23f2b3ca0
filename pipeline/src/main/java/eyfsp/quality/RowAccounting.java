package eyfsp.quality;


import eyfsp.domain.Reject;
import eyfsp.io.InputFiles.InputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts every file's rows twice, as read and as judged, so that a run can prove for every input
 * file that rows read = rows accepted + rows rejected, and stop when it does not hold: rows read are
 * counted as parsed, rows accepted on the rows as finally judged (after duplicates), and rows
 * rejected are the quarantined rows themselves, as collected for the output.
 */
public final class RowAccounting {

  private RowAccounting() {}

  /** What the checks made of a kind of input: rows accepted per file, and the quarantined rows. */
  public record Judged(Map<String, Long> accepted, List<Reject> rejects) {}

  /** Each file's account: read as parsed, accepted as judged, rejected as quarantined. */
  public static List<FileAccount> accounts(String kind, List<InputFile> files, Map<String, Long> read,
      Judged judged) {
    Map<String, Long> rejected = new HashMap<>();
    Map<String, Map<String, Long>> byReason = new HashMap<>();
    for (Reject r : judged.rejects()) {
      rejected.merge(r.sourceFile(), 1L, Long::sum);
      Map<String, Long> reasons = byReason.computeIfAbsent(r.sourceFile(), f -> new TreeMap<>());
      r.reasons().forEach(reason -> reasons.merge(reason, 1L, Long::sum));
    }
    List<FileAccount> accounts = new ArrayList<>();
    for (InputFile file : files) {
      accounts.add(new FileAccount(kind, file.name(), read.getOrDefault(file.name(), 0L),
          judged.accepted().getOrDefault(file.name(), 0L), rejected.getOrDefault(file.name(), 0L),
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
}
