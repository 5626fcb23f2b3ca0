package eyfsp.domain;

/**
 * The Unique Pupil Number: a check letter, the issuing LA (3 digits), establishment (4), year of
 * issue (2) and a serial of 3 digits, or 2 digits and a letter for a temporary UPN (domain page §5,
 * after the DfE's "Unique Pupil Numbers (UPN): a guide for schools and local authorities").
 */
public final class Upn {

  /** The 23 letters a UPN uses: no I, O or S. A = 0 ... Z = 22. */
  static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

  public static final int LENGTH = 13;

  private Upn() {}

  /** True when the value has the UPN form and its check letter is right. */
  public static boolean isValid(String upn) {
    return hasForm(upn) && upn.charAt(0) == checkLetter(upn.substring(1));
  }

  /** True for a temporary UPN (its last character is a letter). */
  public static boolean isTemporary(String upn) {
    return hasForm(upn) && ALPHABET.indexOf(upn.charAt(12)) >= 0;
  }

  /**
   * The check letter of the twelve characters that follow it: weight characters 2-13 by 2..13,
   * a final letter counting as its index in the alphabet, sum, mod 23, map back.
   */
  public static char checkLetter(String lastTwelve) {
    if (lastTwelve.length() != LENGTH - 1) {
      throw new IllegalArgumentException("a UPN has 12 characters after its check letter: " + lastTwelve);
    }
    int sum = 0;
    for (int i = 0; i < lastTwelve.length(); i++) {
      char c = lastTwelve.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not a UPN character: " + c);
      }
      sum += value * (i + 2);
    }
    return ALPHABET.charAt(sum % 23);
  }

  private static boolean hasForm(String upn) {
    if (upn == null || upn.length() != LENGTH || ALPHABET.indexOf(upn.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < 12; i++) {
      if (!isAsciiDigit(upn.charAt(i))) {
        return false;
      }
    }
    char last = upn.charAt(12);
    return isAsciiDigit(last) || ALPHABET.indexOf(last) >= 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
