package eyfsp.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates of birth as the contract writes them, and what they mean for a cohort. */
public final class BirthDates {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  public static final String AUTUMN = "Autumn";
  public static final String SPRING = "Spring";
  public static final String SUMMER = "Summer";

  private BirthDates() {}

  /** {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, a real calendar date; empty otherwise. */
  public static Optional<LocalDate> parse(String text) {
    DateTimeFormatter format = text.length() == 10 && text.charAt(4) == '-' ? ISO
        : text.length() == 10 && text.charAt(2) == '/' ? UK : null;
    if (format == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
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
