package eyfsp.domain;

import java.util.OptionalInt;

/**
 * An academic year, named by the year of its summer assessment: 2009 is 2008/09. The contract
 * accepts {@code 2009}, {@code 2008/09}, {@code 2008-09} and {@code 200809}.
 */
public final class AcademicYear {

  private AcademicYear() {}

  /** The summer (assessment) year, or empty when the text is not one of the four forms. */
  public static OptionalInt parse(String text) {
    int n = text.length();
    if (n == 4) {
      int year = Digits.in(text, 0, 4);
      return year < 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }
    // 2008/09, 2008-09 or 200809: the second part must be the next year's last two digits.
    boolean separated = n == 7 && (text.charAt(4) == '/' || text.charAt(4) == '-');
    if (!separated && n != 6) {
      return OptionalInt.empty();
    }
    int start = Digits.in(text, 0, 4);
    int end = Digits.in(text, n - 2, n);
    return start >= 0 && end >= 0 && (start + 1) % 100 == end ? OptionalInt.of(start + 1) : OptionalInt.empty();
  }

  /** The DfE {@code time_period} of a summer year: 2009 becomes 200809. */
  public static int timePeriod(int summerYear) {
    return (summerYear - 1) * 100 + summerYear % 100;
  }

  /** The summer year of a DfE {@code time_period}: 200809 becomes 2009. */
  public static int summerYearOf(int timePeriod) {
    return timePeriod / 100 + 1;
  }

  /** 2009 becomes "2008/09". */
  public static String label(int summerYear) {
    return String.format("%d/%02d", summerYear - 1, summerYear % 100);
  }
}
