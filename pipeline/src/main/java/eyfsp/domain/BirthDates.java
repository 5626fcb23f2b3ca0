package eyfsp.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Dates of birth as the contract writes them, and what they mean for a cohort. */
public final class BirthDates {

  public static final String AUTUMN = "Autumn";
  public static final String SPRING = "Spring";
  public static final String SUMMER = "Summer";

  private BirthDates() {}

  /**
   * {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, a real calendar date; empty otherwise. Read by hand
   * rather than with a formatter: it runs for every row of every return, and a formatter costs a
   * microsecond a call.
   */
  public static Optional<LocalDate> parse(String text) {
    if (text.length() != 10) {
      return Optional.empty();
    }
    int year;
    int month;
    int day;
    if (text.charAt(4) == '-' && text.charAt(7) == '-') {
      year = Digits.in(text, 0, 4);
      month = Digits.in(text, 5, 7);
      day = Digits.in(text, 8, 10);
    } else if (text.charAt(2) == '/' && text.charAt(5) == '/') {
      day = Digits.in(text, 0, 2);
      month = Digits.in(text, 3, 5);
      year = Digits.in(text, 6, 10);
    } else {
      return Optional.empty();
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** Age in whole years on 31 August of the summer year: 5 for the reception cohort. */
  public static int ageOn31August(LocalDate birth, int summerYear) {
    LocalDate day = LocalDate.of(summerYear, 8, 31);
    int age = summerYear - birth.getYear();
    return birth.withYear(summerYear).isAfter(day) ? age - 1 : age;
  }

  /** Term of birth: autumn (September-December), spring (January-April), summer (May-August). */
  public static String termOfBirth(LocalDate birth) {
    int month = birth.getMonthValue();
    return month >= 9 ? AUTUMN : month <= 4 ? SPRING : SUMMER;
  }
}
