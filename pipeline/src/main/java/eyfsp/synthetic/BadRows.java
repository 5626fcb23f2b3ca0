package eyfsp.synthetic;

import eyfsp.domain.Framework;
import eyfsp.synthetic.SyntheticInput.Child;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows planted so that every reject reason and every query occurs in a synthetic input, as hand-made
 * files do. Children made up for the purpose carry serials from 900, which no real school reaches
 * here, so that their UPNs are valid and unique.
 */
final class BadRows {

  private BadRows() {}

  /** Returns rows that break each check once or more, for an LA's cohort of a year under its framework. */
  static List<String> returns(List<Child> cohort, int year, Dialect dialect, Framework framework) {
    Child c = cohort.get(0);
    List<String> rows = new ArrayList<>();
    // MALFORMED_ROW: a field short, and a quote in the middle of a field.
    String whole = dialect.returnsRow(made(c, year, 901), year);
    rows.add(whole.substring(0, whole.lastIndexOf(',')));
    rows.add(dialect.returnsRow(made(c, year, 902), year).replaceFirst(",([MF]),", ",\"$1\"x,"));
    // MISSING_FIELD: no UPN.
    rows.add(dialect.returnsRow(c.with("", c.la(), c.estab(), c.dob(), c.sex()), year));
    // BAD_YEAR: a year that is no academic year.
    rows.add(dialect.returnsRow(made(c, year, 903), year).replace(dialect.year(year), year - 1 + "/" + (year + 1) % 100));
    // BAD_DATE: 30 February, and a month 13.
    Child d = made(c, year, 904);
    rows.add(dialect.returnsRow(d, year).replace(dialect.date(d.dob()), dialect == Dialect.WINDOWS ? "30/02/2004" : "2004-02-30"));
    Child e = made(c, year, 905);
    rows.add(dialect.returnsRow(e, year).replace(dialect.date(e.dob()), "13/13/2003"));
    // BAD_ESTAB, UNKNOWN_LA.
    Child f = made(c, year, 906);
    rows.add(dialect.returnsRow(f.with(f.upn(), f.la(), "12a4", f.dob(), f.sex()), year));
    Child g = made(c, year, 907);
    rows.add(dialect.returnsRow(g.with(g.upn(), "999", g.estab(), g.dob(), g.sex()), year));
    // BAD_UPN: the check letter is wrong; and one row that is wrong twice (BAD_UPN and BAD_SCALE).
    Child h = made(c, year, 908);
    rows.add(dialect.returnsRow(h.with(wrongCheckLetter(h.upn()), h.la(), h.estab(), h.dob(), h.sex()), year));
    Child i = made(c, year, 909).withScore(6, "12");
    rows.add(dialect.returnsRow(i.with(wrongCheckLetter(i.upn()), i.la(), i.estab(), i.dob(), i.sex()), year));
    // BAD_SCALE: out of range (10 on a scale, 4 or 3 on a goal), blank, not a number.
    rows.add(dialect.returnsRow(made(c, year, 910).withScore(6, Integer.toString(framework.maxScore() + 1)), year));
    rows.add(dialect.returnsRow(made(c, year, 911).withScore(0, ""), year));
    rows.add(dialect.returnsRow(made(c, year, 912).withScore(3, "x"), year));
    // DUPLICATE: a child sent twice; DUPLICATE_CONFLICT: a child sent twice with different scores.
    rows.add(dialect.returnsRow(cohort.get(1), year));
    Child conflict = cohort.get(2);
    String max = Integer.toString(framework.maxScore());
    rows.add(dialect.returnsRow(conflict.withScore(12, conflict.scores()[12].equals(max)
        ? Integer.toString(framework.maxScore() - 1) : max), year));
    return rows;
  }

  /**
   * Returns rows of the cases three frameworks and PVI settings bring (issue #14): a row of a year
   * another framework holds (BAD_YEAR: the file's columns are this year's framework's), a 5-digit
   * estab and an early years URN above 799999 (BAD_ESTAB), and on goals a 0, which only the 13
   * scales score (BAD_SCALE).
   */
  static List<String> frameworksAndSettings(List<Child> cohort, List<Child> pvi, int year, int otherFrameworkYear,
      Dialect dialect, Framework framework) {
    Child c = cohort.get(0);
    List<String> rows = new ArrayList<>();
    rows.add(dialect.returnsRow(made(c, year, 941), otherFrameworkYear));
    Child d = made(c, year, 942);
    rows.add(dialect.returnsRow(d.with(d.upn(), d.la(), c.estab() + "0", d.dob(), d.sex()), year));
    Child e = made(c, year, 943);
    String urn = pvi.isEmpty() ? "512345" : pvi.get(0).estab();
    rows.add(dialect.returnsRow(e.with(e.upn(), e.la(), "8" + urn.substring(1), e.dob(), e.sex()), year));
    if (framework.minScore() > 0) {
      rows.add(dialect.returnsRow(made(c, year, 944).withScore(0, Integer.toString(framework.minScore() - 1)), year));
    }
    return rows;
  }

  /** Children whose rows are kept but queried: sex not M/F, born outside the cohort, an unlisted area. */
  static List<Child> queried(List<Child> cohort, int year) {
    Child c = cohort.get(0);
    Child unknownSex = made(c, year, 921);
    Child blankSex = made(c, year, 922);
    Child early = made(c, year, 923);
    Child unlisted = made(c, year, 924);
    return List.of(
        unknownSex.with(unknownSex.upn(), c.la(), c.estab(), c.dob(), "U"),
        blankSex.with(blankSex.upn(), c.la(), c.estab(), c.dob(), ""),
        early.with(early.upn(), c.la(), c.estab(), c.dob().minusYears(1), c.sex()),
        new Child(unlisted.upn(), c.la(), c.estab(), c.dob(), c.sex(), c.scores(), true, "N", "ENG", "WBRI", "N",
            "E01999999"));
  }

  /** Census rows that break each census check, among an LA's children. */
  static List<String> census(List<Child> cohort, int year) {
    Child c = cohort.get(0);
    List<String> rows = new ArrayList<>();
    rows.add(c.censusRow(year, made(c, year, 931).upn(), "maybe", "WBRI", "N", ""));
    rows.add(c.censusRow(year, made(c, year, 932).upn(), "N", "WBRI", "Q", ""));
    rows.add(c.censusRow(year, made(c, year, 933).upn(), "N", "ZZZZ", "N", ""));
    rows.add(c.censusRow(year, made(c, year, 934).upn(), "N", "WBRI", "N", "E0X12"));
    rows.add(c.censusRow(year, wrongCheckLetter(made(c, year, 935).upn()), "N", "WBRI", "N", ""));
    rows.add(c.censusRow(year, made(c, year, 936).upn(), "N", "WBRI", "N", "").replaceFirst("^\\d+", ""));
    rows.add(c.censusRow(year, made(c, year, 937).upn(), "N", "WBRI", "N", "").replaceFirst("^\\d+", "20xx"));
    rows.add(String.join(",", Integer.toString(year), made(c, year, 938).upn(), "N"));
    cohort.stream().skip(3).filter(Child::inCensus).findFirst().ifPresent(again -> rows.addAll(again.censusRows(year)));
    // Sent twice with different FSM: both copies go, and the child counts as unmatched.
    cohort.stream().skip(4).filter(Child::inCensus).findFirst().ifPresent(conflicting ->
        rows.add(conflicting.censusRow(year, conflicting.upn(), conflicting.fsm().equals("Y") ? "N" : "Y",
            conflicting.ethnicity(), conflicting.sen(), conflicting.lsoa())));
    return rows;
  }

  private static Child made(Child template, int year, int serial) {
    return template.with(SyntheticInput.upn(template.la(), template.estab(), (year - 1) % 100, serial), template.la(),
        template.estab(), template.dob(), template.sex());
  }

  private static String wrongCheckLetter(String upn) {
    return (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1);
  }
}
