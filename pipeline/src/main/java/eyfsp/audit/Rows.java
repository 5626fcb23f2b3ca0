package eyfsp.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** How rows of the published tables are found: by place, and by the filters a table has. */
final class Rows {

  static final String TIME = "time_period";
  static final String LEVEL = "geographic_level";
  static final String REGION = "region_code";
  static final String LA = "old_la_code";
  static final String SCHOOL = "school_laestab";
  static final String TOPIC = "breakdown_topic";
  static final String BREAKDOWN = "breakdown";
  static final String NATIONAL = "National";
  static final String REGIONAL = "Regional";
  static final String LOCAL = "Local authority";
  static final String SCHOOL_LEVEL = "School";

  /**
   * The contract's time and geography columns, a school's own, and the year's framework: a row's
   * place, not its other filters.
   */
  static final List<String> PLACE_COLUMNS = List.of(TIME, "time_identifier", LEVEL, "country_code", "country_name",
      REGION, "region_name", LA, "new_la_code", "la_name", SCHOOL, "school_urn", "school_name", "establishment_type",
      "setting_type", "framework");

  /** Filters whose values split a place's children into groups that add up to them: topic and breakdown, area type and area. */
  static final List<List<String>> PARTITIONS = List.of(List.of(TOPIC, BREAKDOWN), List.of("area_type", "area_code"));

  private Rows() {}

  /** Year, level, region and LA (and school, at school level): what names a place in every table. */
  static List<String> place(PublishedTables.Table t, int row) {
    List<String> key = new ArrayList<>(List.of(get(t, row, TIME), get(t, row, LEVEL), get(t, row, REGION),
        get(t, row, LA)));
    if (SCHOOL_LEVEL.equals(get(t, row, LEVEL))) {
      key.add(get(t, row, SCHOOL));
    }
    return key;
  }

  /** The place a row's place adds up into: a school's LA, an LA's region, a region's nation; null for the nation. */
  static List<String> parent(List<String> place) {
    return switch (place.get(1)) {
      case SCHOOL_LEVEL -> List.of(place.get(0), LOCAL, place.get(2), place.get(3));
      case LOCAL -> List.of(place.get(0), REGIONAL, place.get(2), "");
      case REGIONAL -> List.of(place.get(0), NATIONAL, "", "");
      default -> null;
    };
  }

  static String get(PublishedTables.Table t, int row, String column) {
    String v = t.cell(row, column);
    return v == null ? "" : v;
  }

  /** The filter columns of a table that are not about place (breakdown, scale, group, ...). */
  static List<String> otherFilters(PublishedTables.Table t) {
    return t.columns().stream().filter(c -> !t.isIndicator(c) && !PLACE_COLUMNS.contains(c)).toList();
  }

  /** Each row of a table by a key of it (the first row of a key, were two to share one). */
  static Map<List<String>, Integer> index(PublishedTables.Table t, IntFunction<List<String>> key) {
    Map<List<String>, Integer> index = new HashMap<>();
    for (int r = 0; r < t.rows().size(); r++) {
      index.putIfAbsent(key.apply(r), r);
    }
    return index;
  }

  /** The rows of a table grouped by a key, in row order. */
  static Map<List<String>, List<Integer>> groups(PublishedTables.Table t, IntFunction<List<String>> key) {
    Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> k = key.apply(r);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
      }
    }
    return groups;
  }

  /** A place with more key parts after it. */
  static List<String> with(List<String> place, String... more) {
    List<String> key = new ArrayList<>(place);
    key.addAll(List.of(more));
    return key;
  }

  /**
   * Counts of children that add up over places and over a topic's breakdowns: the {@code _number}
   * indicators but a lowest-20% size (which follows from its cohort) and a copy of the LA's cohort.
   */
  static boolean additive(String column) {
    return column.endsWith("_number") && !(column.endsWith("lowest20_number") && !column.startsWith("in_"))
        && !column.equals("cohort_number");
  }
}
