package eyfsp.synthetic;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Settings;
import eyfsp.synthetic.SyntheticInput.Child;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How the files of a year are written, so that every contract dialect rule is exercised. */
enum Dialect {
  PLAIN, WINDOWS, ALIASED;

  static Dialect forYear(int index) {
    return values()[index % values().length];
  }

  boolean crlf() {
    return this == WINDOWS;
  }

  boolean bom() {
    return this == WINDOWS;
  }

  /**
   * The names the result columns go by in this dialect: the framework's codes, or under ALIASED the
   * first name conf's header aliases give each (the NPD's FSP_ and EYFSP_ names).
   */
  List<String> resultNames(List<String> codes, Settings settings) {
    return this != ALIASED ? codes
        : codes.stream().map(c -> settings.aliasesOf(c).stream().findFirst().orElse(c)).toList();
  }

  String returnsHeader(List<String> results) {
    String names = String.join(",", results);
    return switch (this) {
      case PLAIN -> "academic_year,la_code,estab,upn,date_of_birth,sex," + names;
      // Upper case, another order, and an extra column the contract says to ignore.
      case WINDOWS -> "UPN,Academic_Year,LA_Code,Estab,Sex,Date_of_Birth," + names + ",Notes";
      // Names an LA's own extract might use, mapped by the aliases in conf.
      case ALIASED -> "acyear,la,estab_number,upn,dob,gender," + names;
    };
  }

  String returnsRow(Child c, int year) {
    String scores = String.join(",", c.scores());
    return switch (this) {
      case PLAIN, ALIASED -> String.join(",", year(year), c.la(), c.estab(), c.upn(), date(c.dob()), c.sex(), scores);
      case WINDOWS -> String.join(",", c.upn(), year(year), c.la(), c.estab(), c.sex(), date(c.dob()), scores,
          "\"entered, \"\"as recorded\"\"\"");
    };
  }

  /** The academic year in this dialect's form: 2009, 2008/09 or 200809. */
  String year(int year) {
    return switch (this) {
      case PLAIN -> Integer.toString(year);
      case WINDOWS -> AcademicYear.label(year);
      case ALIASED -> String.format(Locale.ROOT, "%d%02d", year - 1, year % 100);
    };
  }

  String date(LocalDate dob) {
    return this == WINDOWS
        ? String.format(Locale.ROOT, "%02d/%02d/%d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear())
        : dob.toString();
  }
}
