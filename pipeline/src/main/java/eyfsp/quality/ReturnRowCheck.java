package eyfsp.quality;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.BirthDates;
import eyfsp.domain.Framework;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.ProfileRules;
import eyfsp.domain.Setting;
import eyfsp.domain.Settings;
import eyfsp.domain.Upn;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks one EYFSP return row against every reason in the contract; the row is never dropped. A
 * returns file holds the result columns of one framework or more ({@link #forFile}); each row is read
 * under the framework its year belongs to, which must be one of the file's.
 */
public final class ReturnRowCheck implements Serializable {

  /** The contract's columns other than the results, all required. */
  public static final List<String> FIELDS = List.of("academic_year", "la_code", "estab", "upn", "date_of_birth", "sex");
  private static final List<String> KEY_FIELDS = List.of("academic_year", "la_code", "estab", "upn");

  /**
   * A checked return: the parsed values where they could be read, and the verdict. {@code sex} is
   * the sex counted (M, F or U); {@code sexAsGiven} the field trimmed and in upper case, on which
   * duplicates are judged (X and a blank differ, though both count as U). {@code framework} is the
   * one the row was read under (null when none could be).
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
      Framework framework,
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

    /** Where the child was assessed: the school's LAESTAB or the PVI setting's URN. */
    public String setting() {
      return Setting.id(laCode, estab);
    }
  }

  private final List<Framework> frameworks;
  private final Map<String, ProfileRules> rules = new LinkedHashMap<>();
  private final Set<String> laCodes;
  private final int ageOn31August;

  public ReturnRowCheck(Settings settings, Set<String> laCodes) {
    this.frameworks = List.copyOf(settings.frameworks());
    frameworks.forEach(f -> rules.put(f.code(), new ProfileRules(f)));
    this.laCodes = Set.copyOf(laCodes);
    this.ageOn31August = settings.cohort().ageOn31August();
  }

  /** The result columns any framework has, each once, in the frameworks' order: a returns file's optional columns. */
  public List<String> resultColumns() {
    Set<String> columns = new LinkedHashSet<>();
    frameworks.forEach(f -> columns.addAll(f.scaleCodes()));
    return List.copyOf(columns);
  }

  /**
   * The check of one file: its header resolved once. The file's frameworks are those all of whose
   * result columns it has; a file with none is refused, naming a column of the framework it comes
   * nearest to (the most columns present; the first listed on a tie).
   */
  public FileCheck forFile(HeaderMap header) {
    List<Framework> present = new ArrayList<>();
    Framework nearest = null;
    long nearestFound = -1;
    for (Framework f : ReturnRowCheck.this.frameworks) {
      long found = f.scaleCodes().stream().filter(header::has).count();
      if (found == f.scaleCount()) {
        present.add(f);
      }
      if (found > nearestFound) {
        nearest = f;
        nearestFound = found;
      }
    }
    if (present.isEmpty()) {
      String missing = nearest.scaleCodes().stream().filter(c -> !header.has(c)).findFirst().orElseThrow();
      throw new InputRefusedException(HeaderMap.noColumn(header.file(), missing));
    }
    return new FileCheck(header, present);
  }

  private Framework frameworkOf(int year) {
    return frameworks.stream().filter(f -> f.coversYear(year)).findFirst().orElse(null);
  }

  /** Checks a row of a file (resolving the file's header again: {@link #forFile} does it once a file). */
  public Result check(HeaderMap header, CsvRecordReader.Record record) {
    return forFile(header).check(record);
  }

  /** The rows of one file: where each column is, and the frameworks the file's columns give. */
  public final class FileCheck implements Serializable {

    private final HeaderMap header;
    private final int[] fields;
    private final List<Framework> frameworks;
    private final Map<String, int[]> resultColumns = new LinkedHashMap<>();

    FileCheck(HeaderMap header, List<Framework> frameworks) {
      this.header = header;
      this.fields = FIELDS.stream().mapToInt(header::indexOf).toArray();
      this.frameworks = List.copyOf(frameworks);
      frameworks.forEach(f -> resultColumns.put(f.code(),
          f.scaleCodes().stream().mapToInt(header::indexOf).toArray()));
    }

    /** The frameworks whose results the file holds. */
    public List<Framework> frameworks() {
      return frameworks;
    }

    private String value(List<String> values, int field) {
      return values.get(fields[field]).strip();
    }

    public Result check(CsvRecordReader.Record record) {
      CheckedRow check = new CheckedRow();
      if (record.malformed() || record.fields().size() != header.fieldCount()) {
        check.reject(RejectReason.MALFORMED_ROW, record.malformed() ? record.problem()
            : "has " + record.fields().size() + " fields; the header has " + header.fieldCount());
        return new Result(record.lineNumber(), record.raw(), check, null, null, null, null, null, null, null, null,
            List.of(), new int[0], null, false, false);
      }
      List<String> values = record.fields();
      for (String field : KEY_FIELDS) {
        if (value(values, FIELDS.indexOf(field)).isEmpty()) {
          check.reject(RejectReason.MISSING_FIELD, field + " is blank");
        }
      }

      String yearText = value(values, 0);
      OptionalInt parsedYear = AcademicYear.parse(yearText);
      Framework framework = parsedYear.isPresent() ? frameworkOf(parsedYear.getAsInt()) : null;
      Integer year = null;
      if (framework != null && frameworks.contains(framework)) {
        year = parsedYear.getAsInt();
      } else if (!yearText.isEmpty()) {
        check.reject(RejectReason.BAD_YEAR, parsedYear.isEmpty()
            ? "academic_year '" + yearText + "' is not 2009, 2008/09, 2008-09 or 200809"
            : framework == null
                ? "academic_year '" + yearText + "' is outside the years of every framework ("
                    + ReturnRowCheck.this.frameworks.get(0).years().replaceFirst(" to .*", "") + " on)"
                : "academic_year '" + yearText + "' is read under " + framework.code() + ", but the file's result"
                    + " columns are those of " + String.join(" and ", frameworks.stream().map(Framework::code).toList()));
      }
      // A row whose year gives no framework of the file's is still checked, under the file's first.
      Framework readUnder = year != null ? framework : frameworks.get(0);

      String laCode = value(values, 1);
      if (!laCode.isEmpty() && !laCodes.contains(laCode)) {
        check.reject(RejectReason.UNKNOWN_LA, "la_code '" + laCode + "' is not in the LA lookup");
      }

      String estab = value(values, 2);
      if (!estab.isEmpty() && !Setting.isSchoolEstab(estab) && !Setting.isEarlyYearsUrn(estab)) {
        check.reject(RejectReason.BAD_ESTAB, "estab '" + estab
            + "' is neither a 4-digit establishment number nor a 6-digit early years URN (500000-799999)");
      }

      String upn = value(values, 3);
      if (!upn.isEmpty() && !Upn.isValid(upn)) {
        check.reject(RejectReason.BAD_UPN, "upn '" + upn + "' is not a valid UPN");
      }

      String dobText = value(values, 4);
      LocalDate dob = BirthDates.parse(dobText).orElse(null);
      if (dob == null) {
        check.reject(RejectReason.BAD_DATE, "date_of_birth '" + dobText + "' is not a date in YYYY-MM-DD or DD/MM/YYYY");
      }

      String sexText = value(values, 5).toUpperCase(Locale.ROOT);
      boolean sexKnown = sexText.equals("M") || sexText.equals("F");
      String sex = sexKnown ? sexText : "U";

      ProfileRules profile = rules.get(readUnder.code());
      int[] columns = resultColumns.get(readUnder.code());
      List<String> scaleValues = new ArrayList<>(columns.length);
      int[] scores = new int[columns.length];
      boolean assessed = true;
      for (int i = 0; i < scores.length; i++) {
        String value = values.get(columns[i]).strip();
        int score = profile.score(value);
        if (score == ProfileRules.INVALID) {
          check.reject(RejectReason.BAD_SCALE, readUnder.scaleCodes().get(i) + " '" + value + "' is not a score of "
              + readUnder.code() + " (" + readUnder.minScore() + "-" + readUnder.maxScore() + ") or a not-assessed code");
        }
        assessed &= score >= 0;
        scores[i] = score;
        scaleValues.add(score >= 0 ? Integer.toString(score) : value.toUpperCase(Locale.ROOT));
      }
      ProfileRules.Outcome outcome = check.accepted() && assessed ? profile.evaluate(scores) : null;
      boolean birthDateQueried = dob != null && year != null && BirthDates.ageOn31August(dob, year) != ageOn31August;
      return new Result(record.lineNumber(), record.raw(), check, year, laCode, estab, upn, dob, sex, sexText,
          year != null ? framework : null, scaleValues, scores, outcome, !sexKnown, birthDateQueried);
    }
  }
}
