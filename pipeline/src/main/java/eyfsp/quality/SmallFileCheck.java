package eyfsp.quality;

import eyfsp.domain.Reject;
import eyfsp.io.CsvFiles;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks a file small enough to read on the driver (the LA lookup, the deprivation index) row by
 * row, keeping what passes and quarantining the rest, with its account. Rows sharing a key are
 * duplicates as the contract says: identical copies keep the first, conflicting copies all go.
 */
public final class SmallFileCheck<T> {

  /** What one row turned into: a value, or the reasons it was refused. */
  public record Outcome<T>(T value, CheckedRow check) {}

  private record Kept<T>(CsvRecordReader.Record record, T value) {}

  private final String file;
  private final List<Kept<T>> kept = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final Map<String, Long> byReason = new TreeMap<>();
  private long read;

  private SmallFileCheck(String file) {
    this.file = file;
  }

  /**
   * Reads and checks every row of a file; rows whose {@code key} is equal are judged as duplicates
   * among the rows that pass the other checks (a null key function means no duplicate check, a
   * null key that the row has none).
   */
  public static <T> SmallFileCheck<T> run(FileSource source, InputFile file, HeaderMap header,
      BiFunction<HeaderMap, CsvRecordReader.Record, Outcome<T>> check, Function<T, String> key) {
    SmallFileCheck<T> result = new SmallFileCheck<>(file.name());
    CsvFiles.forEachRecord(source, file, record -> {
      result.read++;
      Outcome<T> outcome = record.malformed() || record.fields().size() != header.fieldCount()
          ? new Outcome<>(null, malformed(record, header))
          : check.apply(header, record);
      if (outcome.check().accepted()) {
        result.kept.add(new Kept<>(record, outcome.value()));
      } else {
        result.reject(record, outcome.check());
      }
    });
    if (key != null) {
      result.removeDuplicates(key);
    }
    result.rejects.sort(Comparator.comparingLong(Reject::lineNumber));
    return result;
  }

  private static CheckedRow malformed(CsvRecordReader.Record record, HeaderMap header) {
    CheckedRow check = new CheckedRow();
    check.reject(RejectReason.MALFORMED_ROW, record.malformed() ? record.problem()
        : "has " + record.fields().size() + " fields; the header has " + header.fieldCount());
    return check;
  }

  private void removeDuplicates(Function<T, String> key) {
    // A row without a key (a row passed over, like an LA lookup row that is not an LA) has no copies.
    List<Duplicates.Copy> copies = kept.stream()
        .filter(k -> key.apply(k.value()) != null)
        .map(k -> new Duplicates.Copy(key.apply(k.value()), file, k.record().lineNumber(), k.record().raw(),
            String.valueOf(k.value())))
        .toList();
    Map<Long, Duplicates.Verdict> verdicts = new HashMap<>();
    Duplicates.judge(copies).forEach(v -> verdicts.put(v.copy().lineNumber(), v));
    kept.removeIf(k -> {
      Duplicates.Verdict v = verdicts.get(k.record().lineNumber());
      if (v == null) {
        return false;
      }
      CheckedRow check = new CheckedRow();
      check.reject(v.reason(), v.detail());
      reject(k.record(), check);
      return true;
    });
  }

  private void reject(CsvRecordReader.Record record, CheckedRow check) {
    rejects.add(new Reject(file, record.lineNumber(), check.reasonCodes(), record.raw(), check.detail()));
    check.reasonCodes().forEach(r -> byReason.merge(r, 1L, Long::sum));
  }

  public List<T> accepted() {
    return kept.stream().map(Kept::value).toList();
  }

  public List<Reject> rejects() {
    return rejects;
  }

  public FileAccount account(String kind) {
    return new FileAccount(kind, file, read, kept.size(), rejects.size(), Map.copyOf(byReason));
  }
}
