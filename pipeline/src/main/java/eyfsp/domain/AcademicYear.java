package eyfsp.domain;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year, named by the year of its summer assessment: 2009 is 2008/09. The contract
 * accepts {@code 2009}, {@code 2008/09}, {@code 2008-09} and {@code 200809}.
 */
public final class AcademicYear {

  private static final Pattern SUMMER = Pattern.compile("(\\d{4})");
  private static final Pattern SPANNED = Pattern.compile("(\\d{4})[/-]?(\\d{2})");

  private AcademicYear() {}

  /** The summer (assessment) year, or empty when the text is not one of the four forms. */
  public static OptionalInt parse(String text) {
    Matcher m = SUMMER.matcher(text);
    if (m.matches()) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    m = SPANNED.matcher(text);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      int endTwoDigits = Integer.parseInt(m.group(2));
      // 2008/09: the second part must be the next year's last two digits.
      if ((start + 1) % 100 == endTwoDigits) {
        return OptionalInt.of(start + 1);
      }
    }
    return OptionalInt.empty();
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
