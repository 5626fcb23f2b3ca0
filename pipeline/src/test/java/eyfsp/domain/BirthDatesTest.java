package eyfsp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDatesTest {

  @Test
  void readsBothFormsAndOnlyRealDates() {
    assertThat(BirthDates.parse("2004-02-29")).hasValue(LocalDate.of(2004, 2, 29));
    assertThat(BirthDates.parse("29/02/2004")).hasValue(LocalDate.of(2004, 2, 29));
    assertThat(BirthDates.parse("2003-02-29")).as("not a leap year").isEmpty();
    assertThat(BirthDates.parse("2004-02-30")).isEmpty();
    assertThat(BirthDates.parse("13/13/2003")).isEmpty();
    assertThat(BirthDates.parse("2004-2-3")).isEmpty();
    assertThat(BirthDates.parse("")).isEmpty();
    assertThat(BirthDates.parse("2004-04-31")).as("April has 30 days").isEmpty();
    assertThat(BirthDates.parse("31/04/2004")).isEmpty();
    assertThat(BirthDates.parse("2004-00-10")).isEmpty();
    assertThat(BirthDates.parse("00/01/2004")).isEmpty();
    assertThat(BirthDates.parse("2004/01/15")).as("separators of the other form").isEmpty();
    assertThat(BirthDates.parse("15-01-2004")).isEmpty();
    assertThat(BirthDates.parse("2004-01-1x")).isEmpty();
    assertThat(BirthDates.parse("+004-01-15")).isEmpty();
    assertThat(BirthDates.parse("2004-12-31")).hasValue(LocalDate.of(2004, 12, 31));
  }

  @Test
  void theReceptionCohortIsFiveOnThe31stOfAugust() {
    // Summer 2009: born 1 September 2003 to 31 August 2004.
    assertThat(BirthDates.ageOn31August(LocalDate.of(2003, 9, 1), 2009)).isEqualTo(5);
    assertThat(BirthDates.ageOn31August(LocalDate.of(2004, 8, 31), 2009)).isEqualTo(5);
    assertThat(BirthDates.ageOn31August(LocalDate.of(2003, 8, 31), 2009)).isEqualTo(6);
    assertThat(BirthDates.ageOn31August(LocalDate.of(2004, 9, 1), 2009)).isEqualTo(4);
  }

  @Test
  void namesTheTermOfBirth() {
    assertThat(BirthDates.termOfBirth(LocalDate.of(2003, 9, 1))).isEqualTo("Autumn");
    assertThat(BirthDates.termOfBirth(LocalDate.of(2003, 12, 31))).isEqualTo("Autumn");
    assertThat(BirthDates.termOfBirth(LocalDate.of(2004, 1, 1))).isEqualTo("Spring");
    assertThat(BirthDates.termOfBirth(LocalDate.of(2004, 4, 30))).isEqualTo("Spring");
    assertThat(BirthDates.termOfBirth(LocalDate.of(2004, 5, 1))).isEqualTo("Summer");
    assertThat(BirthDates.termOfBirth(LocalDate.of(2004, 8, 31))).isEqualTo("Summer");
  }
}
