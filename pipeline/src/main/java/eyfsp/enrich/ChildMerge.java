package eyfsp.enrich;

import eyfsp.domain.Reject;
import eyfsp.quality.CensusRowCheck;
import eyfsp.quality.Checked;
import eyfsp.quality.Duplicates;
import eyfsp.quality.InputPart;
import eyfsp.quality.ReturnRowCheck;
import eyfsp.quality.RowChecks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where a child's rows meet: every row of one UPN and year that passed its own checks, from the
 * returns and the census, with their copies judged as the contract says (identical copies keep the
 * first by file and line, conflicting copies are all quarantined; duplicates are judged among rows
 * that pass the other checks), and the return that remains joined to the census row that remains,
 * if any, into an enriched {@link Child}. Plain Java, run where the rows of a key lie.
 */
public final class ChildMerge implements Serializable {

  /** What the merge makes of the rows: rejects, rows kept (by file), children, and files' row counts. */
  public interface Sink {
    void reject(Reject reject);

    void accepted(int file);

    void child(Child child);

    void rowsRead(int file, long rows);
  }

  private final RowChecks checks;
  private final Enrichment enrichment;

  public ChildMerge(RowChecks checks, Enrichment enrichment) {
    this.checks = checks;
    this.enrichment = enrichment;
  }

  /** The values of one key, in any order. */
  public void merge(String key, Iterable<Checked> values, Sink sink) {
    List<Checked.Line> returns = new ArrayList<>(1);
    List<Checked.Line> census = new ArrayList<>(1);
    List<Checked.Line> flags = new ArrayList<>(0);
    for (Checked value : values) {
      if (value instanceof Checked.Line line) {
        InputPart.Kind kind = checks.kindOf(line);
        (kind == InputPart.Kind.RETURNS ? returns : kind == InputPart.Kind.CENSUS ? census : flags).add(line);
      } else if (value instanceof Checked.Rejected rejected) {
        sink.reject(rejected.reject());
      } else if (value instanceof Checked.Counted counted) {
        sink.rowsRead(counted.file(), counted.rows());
      }
    }
    ReturnRowCheck.Result r = kept(key, returns, checks::returnRow, ReturnRowCheck.Result::content,
        (row, v) -> reject(v, row.year(), blankToNull(row.laCode()), blankToNull(row.estab())), sink);
    CensusRowCheck.Result c = kept(key, census, checks::censusRow, CensusRowCheck.Result::content,
        (row, v) -> reject(v, row.year(), null, null), sink);
    java.util.SortedSet<String> flagged = new java.util.TreeSet<>();
    if (!flags.isEmpty()) {
      // Each flag a row of its own: rows naming the same flag are copies, the first kept.
      java.util.Map<String, List<Checked.Line>> byFlag = new java.util.TreeMap<>();
      flags.forEach(line -> byFlag.computeIfAbsent(checks.flagRow(line).flag(), f -> new ArrayList<>()).add(line));
      byFlag.forEach((flag, lines) -> {
        if (kept(key + "\u001f" + flag, lines, checks::flagRow, eyfsp.quality.FlagRowCheck.Result::content,
            (row, v) -> reject(v, row.year(), null, null), sink) != null) {
          flagged.add(flag);
        }
      });
    }
    if (r != null) {
      sink.child(enrichment.child(r, c, List.copyOf(flagged)));
    }
  }

  /** The one row of a key that is kept, or null; its copies judged, and quarantined as the verdicts say. */
  private <T> T kept(String key, List<Checked.Line> lines, Function<Checked.Line, T> read,
      Function<T, String> content, BiFunction<T, Duplicates.Verdict, Reject> reject, Sink sink) {
    if (lines.isEmpty()) {
      return null;
    }
    if (lines.size() == 1) {
      sink.accepted(lines.get(0).file());
      return read.apply(lines.get(0));
    }
    List<T> rows = lines.stream().map(read).toList();
    List<Duplicates.Copy> copies = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Checked.Line line = lines.get(i);
      copies.add(new Duplicates.Copy(key, checks.fileName(line.file()), line.number(), line.raw(),
          content.apply(rows.get(i))));
    }
    Set<Duplicates.Copy> quarantined = new HashSet<>();
    for (Duplicates.Verdict v : Duplicates.judge(copies)) {
      quarantined.add(v.copy());
      sink.reject(reject.apply(rows.get(copies.indexOf(v.copy())), v));
    }
    T kept = null;
    for (int i = 0; i < copies.size(); i++) {
      if (!quarantined.contains(copies.get(i))) {
        sink.accepted(lines.get(i).file());
        kept = rows.get(i);
      }
    }
    return kept;
  }

  private static Reject reject(Duplicates.Verdict v, Integer year, String la, String estab) {
    return new Reject(v.copy().sourceFile(), v.copy().lineNumber(), List.of(v.reason().name()), v.copy().raw(),
        v.detail(), year, la, estab);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
