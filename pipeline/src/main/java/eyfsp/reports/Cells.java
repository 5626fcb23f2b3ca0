package eyfsp.reports;

import eyfsp.domain.AcademicYear;
import eyfsp.io.CsvTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Reading published cells: rows by level and LA, numbers behind the DfE symbols, years in words. */
final class Cells {

  static final String NATIONAL = "National";
  static final String REGIONAL = "Regional";
  static final String LOCAL_AUTHORITY = "Local authority";
  static final String SCHOOL = "School";
  static final String SUPPRESSED = "c";

  private Cells() {}

  static boolean at(CsvTable table, List<String> row, String level) {
    return table.cell(row, "geographic_level").equals(level);
  }

  /** The first of some rows in a time period. */
  static Optional<List<String>> in(CsvTable table, List<List<String>> rows, String timePeriod) {
    return rows.stream().filter(r -> table.cell(r, "time_period").equals(timePeriod)).findFirst();
  }

  /** The value behind a published cell; null for a DfE symbol (c, z, x, low ...) or a blank. */
  static Double number(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** 200809 as 2008/09; a blank time period (a row whose year could not be read) says so. */
  static String year(String timePeriod) {
    if (timePeriod == null || !timePeriod.matches("\\d{6}")) {
      return "year not known";
    }
    return AcademicYear.label(AcademicYear.summerYearOf(Integer.parseInt(timePeriod)));
  }

  /** The years from first to last of some time periods: "2008/09 to 2010/11", or one year. */
  static String years(List<String> timePeriods) {
    List<String> sorted = timePeriods.stream().filter(p -> p.matches("\\d{6}")).distinct().sorted().toList();
    if (sorted.isEmpty()) {
      return "no year";
    }
    String first = year(sorted.get(0));
    String last = year(sorted.get(sorted.size() - 1));
    return first.equals(last) ? first : first + " to " + last;
  }

  /** An unrounded draft value to one decimal place, half up (as DfE rounds); "" for a blank. */
  static String rounded(String value) {
    Double v = number(value);
    return v == null ? "" : rounded(v);
  }

  static String rounded(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A value to 2 decimal places, half up (relative risks, as published). */
  static String rounded2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A whole count with thousands separators (11338 as 11,338); any other cell as it is. */
  static String thousands(String cell) {
    if (cell == null || !cell.matches("\\d{4,}")) {
      return cell;
    }
    return String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(cell));
  }

  static String orDash(String cell) {
    return cell == null || cell.isEmpty() ? "\u2013" : cell;
  }
}
