package eyfsp.domain;

/**
 * Numbers in ASCII digits, read by hand: academic years and dates are read on every row, where a
 * formatter or a regex costs a microsecond a row.
 */
final class Digits {

  private Digits() {}

  /** The number written in text[from, to) in ASCII digits, or -1. */
  static int in(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
