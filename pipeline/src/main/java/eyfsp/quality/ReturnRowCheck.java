package eyfsp.quality;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.BirthDates;
import eyfsp.domain.Framework;
import eyfsp.domain.ProfileRules;
import eyfsp.domain.Settings;
import eyfsp.domain.Upn;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/** Checks one EYFSP return row against every reason in the contract; the row is never dropped. */
public final class ReturnRowCheck implements Serializable {

  /** The contract's columns other than the scales, all required. */
  public static final List<String> FIELDS = List.of("academic_year", "la_code", "estab", "upn", "date_of_birth", "sex");
  private static final List<String> KEY_FIELDS = List.of("academic_year", "la_code", "estab", "upn");

  /**
   * A checked return: the parsed values where they could be read, and the verdict. {@code sex} is
   * the sex counted (M, F or U); {@code sexAsGiven} the field trimmed and in upper case, on which
   * duplicates are judged (X and a blank differ, though both count as U).
   */
  public record Result(
      long lineNumber,
      String raw,
      CheckedRow check,
      Integer year,
      String laCode,
      String estab,
      String upn,
      LocalDate dateOfBirth,
      String sex,
      String sexAsGiven,
      List<String> scaleValues,
      int[] scores,
      ProfileRules.Outcome outcome,
      boolean sexQueried,
      boolean birthDateQueried) {

    /**
     * Everything that makes two rows "identical in every field": the fields as given, trimmed, with
     * case, a date's form and a score's leading zeros not counting (sex "X" and a blank sex differ,
     * though both are Unknown).
     */
    public String content() {
      return String.join("\u001f", year + "", laCode, estab, upn, String.valueOf(dateOfBirth), sexAsGiven,
          String.join(",", scaleValues));
    }

    public boolean assessed() {
      return outcome != null;
    }
  }

  private final ProfileRules rules;
  private final Set<String> laCodes;
  private final int firstYear;
  private final int lastYear;
  private final int ageOn31August;

  public ReturnRowCheck(Settings settings, Set<String> laCodes) {
    Framework framework = settings.framework();
    this.rules = ProfileRules.of(settings);
    this.laCodes = Set.copyOf(laCodes);
    this.firstYear = framework.firstAssessmentYear();
    this.lastYear = framework.lastAssessmentYear();
    this.ageOn31August = settings.cohort().ageOn31August();
  }

  public List<String> scaleCodes() {
    return rules.scaleCodes();
  }

  /** Required columns of a returns file: the fields then the framework's scales. */
  public List<String> requiredColumns() {
    List<String> columns = new ArrayList<>(FIELDS);
    columns.addAll(rules.scaleCodes());
    return columns;
  }

  public Result check(HeaderMap header, CsvRecordReader.Record record) {
    CheckedRow check = new CheckedRow();
    if (record.malformed() || record.fields().size() != header.fieldCount()) {
      check.reject(RejectReason.MALFORMED_ROW, record.malformed() ? record.problem()
          : "has " + record.fields().size() + " fields; the header has " + header.fieldCount());
      int[] unread = new int[rules.scaleCodes().size()];
      Arrays.fill(unread, ProfileRules.INVALID);
      return new Result(record.lineNumber(), record.raw(), check, null, null, null, null, null, null, null,
          List.of(), unread, null, false, false);
    }
    List<String> fields = record.fields();
    for (String field : KEY_FIELDS) {
      if (header.value(fields, field).isEmpty()) {
        check.reject(RejectReason.MISSING_FIELD, field + " is blank");
      }
    }

    String yearText = header.value(fields, "academic_year");
    OptionalInt parsedYear = AcademicYear.parse(yearText);
    Integer year = null;
    if (parsedYear.isPresent() && parsedYear.getAsInt() >= firstYear && parsedYear.getAsInt() <= lastYear) {
      year = parsedYear.getAsInt();
    } else if (!yearText.isEmpty()) {
      check.reject(RejectReason.BAD_YEAR, parsedYear.isPresent()
          ? "academic_year '" + yearText + "' is outside the framework's years " + AcademicYear.label(firstYear)
              + " to " + AcademicYear.label(lastYear)
          : "academic_year '" + yearText + "' is not 2009, 2008/09, 2008-09 or 200809");
    }

    String laCode = header.value(fields, "la_code");
    if (!laCode.isEmpty() && !laCodes.contains(laCode)) {
      check.reject(RejectReason.UNKNOWN_LA, "la_code '" + laCode + "' is not in the LA lookup");
    }

    String estab = header.value(fields, "estab");
    if (!estab.isEmpty() && !(estab.length() == 4 && estab.chars().allMatch(c -> c >= '0' && c <= '9'))) {
      check.reject(RejectReason.BAD_ESTAB, "estab '" + estab + "' is not 4 digits");
    }

    String upn = header.value(fields, "upn");
    if (!upn.isEmpty() && !Upn.isValid(upn)) {
      check.reject(RejectReason.BAD_UPN, "upn '" + upn + "' is not a valid UPN");
    }

    String dobText = header.value(fields, "date_of_birth");
    LocalDate dob = BirthDates.parse(dobText).orElse(null);
    if (dob == null) {
      check.reject(RejectReason.BAD_DATE, "date_of_birth '" + dobText + "' is not a date in YYYY-MM-DD or DD/MM/YYYY");
    }

    String sexText = header.value(fields, "sex").toUpperCase(Locale.ROOT);
    boolean sexKnown = sexText.equals("M") || sexText.equals("F");
    String sex = sexKnown ? sexText : "U";

    List<String> scaleValues = new ArrayList<>(rules.scaleCodes().size());
    int[] scores = new int[rules.scaleCodes().size()];
    boolean assessed = true;
    for (int i = 0; i < scores.length; i++) {
      String code = rules.scaleCodes().get(i);
      String value = header.value(fields, code);
      int score = rules.score(value);
      if (score == ProfileRules.INVALID) {
        check.reject(RejectReason.BAD_SCALE, code + " '" + value + "' is not a score or a not-assessed code");
      }
      assessed &= score >= 0;
      scores[i] = score;
      scaleValues.add(score >= 0 ? Integer.toString(score) : value.toUpperCase(Locale.ROOT));
    }
    ProfileRules.Outcome outcome = check.accepted() && assessed ? rules.evaluate(scores) : null;
    boolean birthDateQueried = dob != null && year != null && BirthDates.ageOn31August(dob, year) != ageOn31August;
    return new Result(record.lineNumber(), record.raw(), check, year, laCode, estab, upn, dob, sex, sexText,
        scaleValues, scores, outcome, !sexKnown, birthDateQueried);
  }
}
