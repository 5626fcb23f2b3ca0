package eyfsp.measures;

import java.util.List;

/**
 * An indicator column of a table: what it is called and means, its unit, the counts it is built on
 * (a percentage or average is suppressed with any count it is built on), for a count that is the sum
 * of other counts of the same row, those counts (disclosure control must keep the sum), and whether
 * only some frameworks define it (an empty value is then "not defined in that year", known from the
 * year alone: published as z, never as c).
 */
public record Indicator(String name, String label, Unit unit, List<String> builtOn, List<String> sumOf,
    boolean frameworkSpecific) {

  /**
   * COUNT: children, suppressed when small (a count may be fractional where tied children share a
   * place); SIZE: a count that follows from other counts (the size of the lowest 20% from the
   * cohort's), so only suppressed with them; RECORDS: a count of input rows (rejected rows), which
   * says nothing about children and is never suppressed; PERCENT, PERCENTAGE_POINTS (a difference
   * of two percentages), AVERAGE and RATIO are built on counts; FLAG: a true/false property of the
   * row, shown as it is.
   */
  public enum Unit { COUNT, SIZE, RECORDS, PERCENT, PERCENTAGE_POINTS, AVERAGE, RATIO, FLAG }

  public static Indicator count(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.COUNT, List.of(builtOn), List.of(), false);
  }

  public static Indicator size(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.SIZE, List.of(builtOn), List.of(), false);
  }

  public static Indicator records(String name, String label) {
    return new Indicator(name, label, Unit.RECORDS, List.of(), List.of(), false);
  }

  public static Indicator percent(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.PERCENT, List.of(builtOn), List.of(), false);
  }

  public static Indicator percentagePoints(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.PERCENTAGE_POINTS, List.of(builtOn), List.of(), false);
  }

  public static Indicator average(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.AVERAGE, List.of(builtOn), List.of(), false);
  }

  public static Indicator ratio(String name, String label, String... builtOn) {
    return new Indicator(name, label, Unit.RATIO, List.of(builtOn), List.of(), false);
  }

  public static Indicator flag(String name, String label) {
    return new Indicator(name, label, Unit.FLAG, List.of(), List.of(), false);
  }

  /** This count, declared the sum of other counts of its row. */
  public Indicator sumOf(List<String> counts) {
    return new Indicator(name, label, unit, builtOn, List.copyOf(counts), frameworkSpecific);
  }

  /** This indicator, defined by some frameworks only (null in the years of the others). */
  public Indicator ofSomeFrameworks() {
    return new Indicator(name, label, unit, builtOn, sumOf, true);
  }

  public boolean isCount() {
    return unit == Unit.COUNT || unit == Unit.SIZE || unit == Unit.RECORDS;
  }
}
