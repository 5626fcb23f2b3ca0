package eyfsp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

  @ParameterizedTest
  @ValueSource(strings = {"2009", "2008/09", "2008-09", "200809"})
  void readsTheFourFormsOfOneYear(String text) {
    assertThat(AcademicYear.parse(text)).hasValue(2009);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "09", "2008/10", "2008-2009", "20089", "2008 09", "2008/9", "199900x", "2008/09/10"})
  void refusesAnythingElse(String text) {
    assertThat(AcademicYear.parse(text)).isEmpty();
  }

  @Test
  void turnsTheCenturyCorrectly() {
    assertThat(AcademicYear.parse("1999/00")).hasValue(2000);
    assertThat(AcademicYear.timePeriod(2000)).isEqualTo(199900);
    assertThat(AcademicYear.label(2000)).isEqualTo("1999/00");
  }

  @Test
  void namesTheDfeTimePeriod() {
    assertThat(AcademicYear.timePeriod(2009)).isEqualTo(200809);
    assertThat(AcademicYear.summerYearOf(200809)).isEqualTo(2009);
    assertThat(AcademicYear.label(2009)).isEqualTo("2008/09");
  }
}
