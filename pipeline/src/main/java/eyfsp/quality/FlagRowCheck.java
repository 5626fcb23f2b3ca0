package eyfsp.quality;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Upn;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks one row of the children's flags input ({@code academic_year, upn, flag}: a child looked
 * after, in need, disabled, newly arrived ...) by the rules of the other inputs; a flag not named in
 * conf ({@code children_flags}) is quarantined as UNKNOWN_FLAG.
 */
public final class FlagRowCheck implements Serializable {

  public static final List<String> REQUIRED = List.of("academic_year", "upn", "flag");

  /** A checked flag row: the year, UPN and flag (in lower case) where they could be read, and the verdict. */
  public record Result(long lineNumber, String raw, CheckedRow check, Integer year, String upn, String flag) {

    /** What makes two rows copies: the child, the year and the flag. */
    public String content() {
      return String.join("\u001f", year + "", upn, flag);
    }
  }

  private final Set<String> flags;

  public FlagRowCheck(Set<String> flags) {
    this.flags = Set.copyOf(flags);
  }

  public Result check(HeaderMap header, CsvRecordReader.Record record) {
    CheckedRow check = new CheckedRow();
    if (record.malformed() || record.fields().size() != header.fieldCount()) {
      check.reject(RejectReason.MALFORMED_ROW, record.malformed() ? record.problem()
          : "has " + record.fields().size() + " fields; the header has " + header.fieldCount());
      return new Result(record.lineNumber(), record.raw(), check, null, null, null);
    }
    List<String> fields = record.fields();
    for (String field : REQUIRED) {
      if (header.value(fields, field).isEmpty()) {
        check.reject(RejectReason.MISSING_FIELD, field + " is blank");
      }
    }
    String yearText = header.value(fields, "academic_year");
    OptionalInt year = AcademicYear.parse(yearText);
    if (!yearText.isEmpty() && year.isEmpty()) {
      check.reject(RejectReason.BAD_YEAR, "academic_year '" + yearText + "' is not 2009, 2008/09, 2008-09 or 200809");
    }
    String upn = header.value(fields, "upn");
    if (!upn.isEmpty() && !Upn.isValid(upn)) {
      check.reject(RejectReason.BAD_UPN, "upn '" + upn + "' is not a valid UPN");
    }
    String flag = header.value(fields, "flag").toLowerCase(Locale.ROOT);
    if (!flag.isEmpty() && !flags.contains(flag)) {
      check.reject(RejectReason.UNKNOWN_FLAG, "flag '" + flag + "' is not one of " + String.join(", ",
          flags.stream().sorted().toList()));
    }
    return new Result(record.lineNumber(), record.raw(), check, year.isPresent() ? year.getAsInt() : null, upn, flag);
  }
}
