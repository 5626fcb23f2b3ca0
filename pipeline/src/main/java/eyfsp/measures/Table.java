package eyfsp.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A finished table, small enough to hold on the driver: tidy rows in the DfE Explore Education
 * Statistics layout (filter columns, then indicators), sorted so that every run writes the same
 * bytes.
 *
 * @param published whether the table goes to published/ (an internal-only table never does)
 * @param rankedBy an indicator to order rows by, highest first, within each time period and
 *     geography (null: rows follow their filter columns only)
 */
public record Table(String name, String title, StructType schema, List<Row> rows, List<Indicator> indicators,
    boolean published, String rankedBy) {

  public Table {
    rows = sorted(rows, schema, indicators, rankedBy);
  }

  /** A published table ordered by its filter columns. */
  public Table(String name, String title, StructType schema, List<Row> rows, List<Indicator> indicators) {
    this(name, title, schema, rows, indicators, true, null);
  }

  public List<String> columns() {
    return List.of(schema.fieldNames());
  }

  public List<String> filterColumns() {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    return columns().stream().filter(c -> !indicatorNames.contains(c)).toList();
  }

  public Indicator indicator(String name) {
    return indicators.stream().filter(i -> i.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no indicator " + name + " in " + this.name));
  }

  /**
   * By time period, then geographic level from National down, then the other geography columns;
   * then the ranking indicator, highest first, if any; then the other filters in order. Numbers
   * written as text compare as numbers (IDACI decile 2 before 10). Each row's sort key is worked
   * out once: a national table has tens of thousands of rows.
   */
  private static List<Row> sorted(List<Row> rows, StructType schema, List<Indicator> indicators, String rankedBy) {
    Set<String> indicatorNames = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
    List<String> filters = List.of(schema.fieldNames()).stream().filter(c -> !indicatorNames.contains(c)).toList();
    List<String> keyColumns = new ArrayList<>(filters.stream().filter(Geography.COLUMNS::contains).toList());
    if (rankedBy != null) {
      keyColumns.add(rankedBy);
    }
    keyColumns.addAll(filters.stream().filter(c -> !Geography.COLUMNS.contains(c)).toList());
    int[] index = keyColumns.stream().mapToInt(schema::fieldIndex).toArray();
    List<Keyed> keyed = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Comparable<?>[] key = new Comparable<?>[index.length];
      for (int k = 0; k < index.length; k++) {
        String column = keyColumns.get(k);
        int i = index[k];
        key[k] = column.equals(Geography.LEVEL) ? (Comparable<?>) GeographicLevel.rank(r.getString(i))
            : column.equals(rankedBy) ? (r.isNullAt(i) ? null : -((Number) r.get(i)).doubleValue())
            : natural(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
      }
      keyed.add(new Keyed(r, key));
    }
    keyed.sort(Keyed::compareTo);
    return keyed.stream().map(Keyed::row).toList();
  }

  /** A row and its sort key: each part compares as its own type, an empty part (no ranking value) last. */
  private record Keyed(Row row, Comparable<?>[] key) implements Comparable<Keyed> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(Keyed other) {
      for (int k = 0; k < key.length; k++) {
        Comparable a = key[k];
        Comparable b = other.key[k];
        int c = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
  }

  /** A cell's text as it sorts: a whole number by its value, other text as text. */
  private record NaturalKey(String text, long number) implements Comparable<NaturalKey> {
    @Override
    public int compareTo(NaturalKey other) {
      return number >= 0 && other.number >= 0 ? Long.compare(number, other.number) : text.compareTo(other.text);
    }
  }

  private static NaturalKey natural(String text) {
    return new NaturalKey(text, isWholeNumber(text) ? Long.parseLong(text) : -1);
  }

  /** Text order, except that two whole numbers compare by value. */
  public static int natural(String a, String b) {
    if (isWholeNumber(a) && isWholeNumber(b) && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  private static boolean isWholeNumber(String s) {
    if (s.isEmpty() || s.length() > 18 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
