package eyfsp.quality;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.CensusCodes;
import eyfsp.domain.Upn;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Checks one School Census row by the same rules as the returns, for the census's own fields. */
public final class CensusRowCheck implements Serializable {

  public static final List<String> REQUIRED = List.of("academic_year", "upn");
  public static final List<String> OPTIONAL =
      List.of("fsm_eligible", "first_language", "ethnicity", "sen_provision", "home_lsoa");

  private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

  /** A checked census row, its characteristics already in the groups the tables report. */
  public record Result(
      long lineNumber,
      String raw,
      CheckedRow check,
      Integer year,
      String upn,
      String fsm,
      String firstLanguage,
      String ethnicity,
      String ethnicityMajor,
      String senProvision,
      String homeLsoa) {

    public String content() {
      return String.join("\u001f", year + "", upn, fsm, firstLanguage, ethnicity, senProvision, homeLsoa);
    }
  }

  private final CensusCodes codes;

  public CensusRowCheck(CensusCodes codes) {
    this.codes = codes;
  }

  public Result check(HeaderMap header, CsvRecordReader.Record record) {
    CheckedRow check = new CheckedRow();
    if (record.malformed() || record.fields().size() != header.fieldCount()) {
      check.reject(RejectReason.MALFORMED_ROW, record.malformed() ? record.problem()
          : "has " + record.fields().size() + " fields; the header has " + header.fieldCount());
      return new Result(record.lineNumber(), record.raw(), check, null, null, null, null, null, null, null, null);
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
    String fsmText = header.value(fields, "fsm_eligible");
    Optional<String> fsm = codes.fsm(fsmText);
    if (fsm.isEmpty()) {
      check.reject(RejectReason.BAD_FSM, "fsm_eligible '" + fsmText + "' is not Y/N, true/false, 1/0 or blank");
    }
    String senText = header.value(fields, "sen_provision");
    Optional<String> sen = codes.senProvision(senText);
    if (sen.isEmpty()) {
      check.reject(RejectReason.BAD_SEN, "sen_provision '" + senText + "' is not a known code");
    }
    String ethnicity = header.value(fields, "ethnicity").toUpperCase(Locale.ROOT);
    Optional<String> major = codes.ethnicityMajor(ethnicity);
    if (major.isEmpty()) {
      check.reject(RejectReason.BAD_ETHNICITY, "ethnicity '" + ethnicity + "' is not a known DfE code");
    }
    String lsoa = header.value(fields, "home_lsoa").toUpperCase(Locale.ROOT);
    if (!lsoa.isEmpty() && !LSOA.matcher(lsoa).matches()) {
      check.reject(RejectReason.BAD_LSOA, "home_lsoa '" + lsoa + "' is not an LSOA code");
    }
    return new Result(record.lineNumber(), record.raw(), check, year.isPresent() ? year.getAsInt() : null, upn,
        fsm.orElse(null), codes.firstLanguage(header.value(fields, "first_language")), ethnicity,
        major.orElse(null), sen.orElse(null), lsoa.isEmpty() ? null : lsoa);
  }
}
