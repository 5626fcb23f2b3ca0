package eyfsp.domain;

/**
 * Where a child was assessed (contract, "Settings other than schools"): a school, by its LAESTAB
 * (the LA number and a 4-digit establishment number), or a private, voluntary or independent (PVI)
 * setting funded for early education, by its 6-digit early years URN (500000-799999, the number the
 * Early Years Census uses), given in the return's {@code estab}.
 */
public final class Setting {

  public static final String SCHOOL = "School";
  public static final String PVI = "PVI setting";

  private Setting() {}

  /** A 4-digit establishment number. */
  public static boolean isSchoolEstab(String estab) {
    return estab.length() == 4 && digits(estab);
  }

  /** A 6-digit early years URN, 500000 to 799999. */
  public static boolean isEarlyYearsUrn(String estab) {
    return estab.length() == 6 && digits(estab) && estab.charAt(0) >= '5' && estab.charAt(0) <= '7';
  }

  /** The setting's identifier: the school's LAESTAB (7 digits), or the PVI setting's URN (6 digits). */
  public static String id(String laCode, String estab) {
    return isEarlyYearsUrn(estab) ? estab : laCode + estab;
  }

  /** The kind of setting an identifier names. */
  public static String kindOf(String id) {
    return id.length() == 6 ? PVI : SCHOOL;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
