package eyfsp.measures;

import java.util.List;

/**
 * An indicator column of a table: what it is called and means, its unit, and the counts it is
 * built on (a percentage or average is suppressed with any count it is built on).
 */
public record Indicator(String name, String label, Unit unit, List<String> builtOn) {

  /**
   * COUNT: children, suppressed when small; SIZE: a count that follows from other counts (the
   * size of the lowest 20% from the cohort's), so only suppressed with them; RECORDS: a count of
   * input rows (rejected rows), which says nothing about children and is never suppressed;
   * PERCENT and AVERAGE are built on counts.
   */
  public enum Unit { COUNT, SIZE, RECORDS, PERCENT, AVERAGE }

  public static Indicator count(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.COUNT, List.of(builtOn));
  }

  public static Indicator size(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.SIZE, List.of(builtOn));
  }

  public static Indicator records(String name, String label) {
    return new Indicator(name, label, Unit.RECORDS, List.of());
  }

  public static Indicator percent(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.PERCENT, List.of(builtOn));
  }

  public static Indicator average(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.AVERAGE, List.of(builtOn));
  }

  public boolean isCount() {
    return unit == Unit.COUNT || unit == Unit.SIZE || unit == Unit.RECORDS;
  }
}
