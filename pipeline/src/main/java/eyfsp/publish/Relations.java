package eyfsp.publish;

import eyfsp.domain.PairNames;
import eyfsp.measures.AreaTables;
import eyfsp.measures.Attainment;
import eyfsp.measures.AttainmentByCharacteristic;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Context;
import eyfsp.measures.DataQuality;
import eyfsp.measures.GapChange;
import eyfsp.measures.Gaps;
import eyfsp.measures.GeographicLevel;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.LowestFifthProfile;
import eyfsp.measures.ScaleResults;
import eyfsp.measures.SchoolAttainment;
import eyfsp.measures.SettingContext;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Every sum that ties published counts together, so that disclosure control can keep a suppressed
 * cell from being worked out by subtraction:
 *
 * <ul>
 *   <li>across levels, in any table: an LA's rows add up to its region's, regions to the nation's
 *       (same year and other filters), for every count of children;
 *   <li>within a row: a count declared the sum of others ({@link Indicator#sumOf}: scores 0-9 add
 *       up to the children, 6-9 to those secure);
 *   <li>a topic's breakdowns add up to the attainment total of their geography; an LA's schools add
 *       up to the LA; a gap's group adds up the breakdowns it is made of; a pair of topics' groups
 *       add up to either topic's breakdowns;
 *   <li>counts published twice are equal: the lowest-20% profile's and the scales' cohort, the
 *       profile's groups and the breakdowns; a topic's groups in the lowest 20% add up to its size;
 *   <li>the children counted in the data-quality and context tables are every child accepted,
 *       assessed or not: accepted = children + not assessed of the attainment (or school) row, the
 *       context's counts are those of the breakdowns they name (FSM eligible, first language other
 *       than English, most deprived areas, and each status known), and a school's data-quality
 *       counts add up to its LA's (these are {@link ContextRelations}'); a published school_context's
 *       sums are {@link SettingRelations}'.
 * </ul>
 */
final class Relations {

  final List<Table> tables;
  private final List<Sum> sums = new ArrayList<>();

  private Relations(List<Table> tables) {
    this.tables = tables;
  }

  static List<Sum> of(List<Table> tables) {
    Relations r = new Relations(tables);
    for (int t = 0; t < tables.size(); t++) {
      r.levels(t);
      r.rowSums(t);
    }
    int attainment = r.index(Attainment.NAME);
    int characteristic = r.index(AttainmentByCharacteristic.NAME);
    if (attainment >= 0) {
      r.totals(r.index(SchoolAttainment.NAME), attainment, Relations::laOf);
      r.totals(characteristic, attainment, row -> r.place(characteristic, row));
      int areas = r.index(AreaTables.ATTAINMENT);
      r.totals(areas, attainment, row -> r.place(areas, row));
      r.copies(r.index(ScaleResults.NAME), "children_number", attainment, "children_number", r::place);
      int profile = r.index(LowestFifthProfile.NAME);
      r.copies(profile, "cohort_number", attainment, "children_number", r::place);
      r.copies(profile, "lowest20_number", attainment, "lowest20_number", r::place);
      r.lowestShares(profile);
      r.copies(profile, "children_number", characteristic, "children_number", r::breakdown);
      int pairs = r.index(AttainmentByCharacteristic.PAIRS);
      r.totals(pairs, attainment, row -> r.place(pairs, row));
      r.pairs(pairs, characteristic);
      int pairProfile = r.index(LowestFifthProfile.PAIRS);
      r.copies(pairProfile, "cohort_number", attainment, "children_number", r::place);
      r.copies(pairProfile, "lowest20_number", attainment, "lowest20_number", r::place);
      r.lowestShares(pairProfile);
      r.copies(pairProfile, "children_number", pairs, "children_number", r::breakdown);
      int change = r.index(GapChange.NAME);
      r.copies(change, "children_number", attainment, "children_number", r::place);
      // The previous year's cohort is the attainment table's of that year.
      r.copies(change, "previous_children_number", attainment, "children_number", (t, row) -> {
        List<Object> place = new ArrayList<>(r.place(t, row));
        if (t == change) {
          place.set(0, r.value(t, row, "previous_time_period"));
        }
        return place;
      });
    }
    r.gapGroups(r.index(Gaps.NAME), characteristic);
    int quality = r.index(DataQuality.QUALITY);
    ContextRelations.schoolsToLa(r, quality);
    if (attainment >= 0) {
      ContextRelations.accepted(r, quality, attainment, r.index(SchoolAttainment.NAME));
    }
    ContextRelations.contextCounts(r, r.index(Context.NAME), characteristic);
    SettingRelations.add(r, r.index(SettingContext.NAME), r.index(Context.NAME), characteristic, quality);
    ContextRelations.areasAreDeciles(r, characteristic);
    return r.sums;
  }

  private int index(String name) {
    for (int t = 0; t < tables.size(); t++) {
      if (tables.get(t).name().equals(name)) {
        return t;
      }
    }
    return -1;
  }

  Object value(int table, Row row, String column) {
    return row.get(tables.get(table).schema().fieldIndex(column));
  }

  /** Year, level and the codes of a geography: what identifies it in any table. */
  List<Object> place(int table, Row row) {
    return Arrays.asList(value(table, row, Geography.TIME_PERIOD), value(table, row, Geography.LEVEL),
        value(table, row, "region_code"), value(table, row, "old_la_code"));
  }

  List<Object> breakdown(int table, Row row) {
    return breakdownKey(table, row, value(table, row, Breakdowns.TOPIC), value(table, row, Breakdowns.BREAKDOWN));
  }

  /** A row's place with a topic and breakdown: the key of that breakdown's row at the same place. */
  List<Object> breakdownKey(int table, Row row, Object topic, Object breakdown) {
    List<Object> key = new ArrayList<>(place(table, row));
    key.add(topic);
    key.add(breakdown);
    return key;
  }

  /** Each row of a table by its key (the last row of a key, were two to share one). */
  Map<List<Object>, Integer> rowsBy(int table, BiFunction<Integer, Row, List<Object>> key) {
    Map<List<Object>, Integer> rows = new LinkedHashMap<>();
    for (int r = 0; r < tables.get(table).rows().size(); r++) {
      rows.put(key.apply(table, tables.get(table).rows().get(r)), r);
    }
    return rows;
  }

  /** The LA a school row belongs to, keyed as the LA's own row. */
  static List<Object> laOf(Row row) {
    int i = Geography.COLUMNS.indexOf("region_code");
    return Arrays.asList(row.get(0), GeographicLevel.LOCAL_AUTHORITY.label(), row.get(i), row.get(i + 2));
  }

  Cell cell(int table, int row, String column) {
    return new Cell(table, row, tables.get(table).schema().fieldIndex(column));
  }

  List<String> counts(int table) {
    return tables.get(table).indicators().stream().filter(i -> i.unit() == Indicator.Unit.COUNT)
        .map(Indicator::name).toList();
  }

  void add(int table, List<Integer> rows, String column, Cell total) {
    List<Cell> parts = rows.stream().map(r -> cell(table, r, column)).toList();
    sums.add(new Sum(total, parts));
  }

  /** LA rows add up to their region's row, regions to the nation's, other filters equal. */
  private void levels(int t) {
    Table table = tables.get(t);
    if (!table.columns().containsAll(Geography.COLUMNS)) {
      return;
    }
    List<String> others = table.filterColumns().stream().filter(c -> !Geography.COLUMNS.contains(c)).toList();
    Map<List<Object>, Integer> rowOf = new LinkedHashMap<>();
    Map<List<Object>, List<Integer>> childrenOf = new LinkedHashMap<>();
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      List<Object> place = place(t, row);
      List<Object> key = new ArrayList<>(place);
      others.forEach(c -> key.add(value(t, row, c)));
      rowOf.put(key, r);
      String level = (String) place.get(1);
      List<Object> parent = level.equals(GeographicLevel.LOCAL_AUTHORITY.label())
          ? new ArrayList<>(Arrays.asList(place.get(0), GeographicLevel.REGIONAL.label(), place.get(2), null))
          : level.equals(GeographicLevel.REGIONAL.label())
              ? new ArrayList<>(Arrays.asList(place.get(0), GeographicLevel.NATIONAL.label(), null, null))
              : null;
      if (parent != null) {
        others.forEach(c -> parent.add(value(t, row, c)));
        childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
      }
    }
    // A profile's lowest 20% is each place's own: a region's is not its LAs' together.
    List<String> counts = counts(t).stream()
        .filter(c -> !(c.equals("in_lowest20_number") && table.columns().contains("cohort_number"))).toList();
    childrenOf.forEach((parent, rows) -> {
      Integer total = rowOf.get(parent);
      if (total != null) {
        counts.forEach(column -> add(t, rows, column, cell(t, total, column)));
      }
    });
  }

  /**
   * A pair of topics' groups ("Boys / FSM eligible") add up, those of each breakdown of either topic,
   * to that breakdown's row at the same place ("Boys", "FSM eligible"), in every count the tables
   * share: pair by pair, as a topic is in several.
   */
  private void pairs(int pairs, int characteristic) {
    if (pairs < 0 || characteristic < 0) {
      return;
    }
    Map<List<Object>, Integer> breakdownRow = rowsBy(characteristic, this::breakdown);
    Map<List<Object>, List<Integer>> ofBreakdown = new LinkedHashMap<>();
    for (int r = 0; r < tables.get(pairs).rows().size(); r++) {
      Row row = tables.get(pairs).rows().get(r);
      Object topic = value(pairs, row, Breakdowns.TOPIC);
      String[] topics = PairNames.topics((String) topic);
      for (String[] sides : PairNames.splits((String) value(pairs, row, Breakdowns.BREAKDOWN))) {
        Integer first = breakdownRow.get(breakdownKey(pairs, row, topics[0], sides[0]));
        Integer second = breakdownRow.get(breakdownKey(pairs, row, topics[1], sides[1]));
        if (first != null && second != null) {
          ofBreakdown.computeIfAbsent(List.of(first, topic), k -> new ArrayList<>()).add(r);
          ofBreakdown.computeIfAbsent(List.of(second, topic), k -> new ArrayList<>()).add(r);
          break;
        }
      }
    }
    List<String> shared = counts(pairs).stream().filter(counts(characteristic)::contains).toList();
    ofBreakdown.forEach((breakdown, rows) -> shared.forEach(column -> add(pairs, rows, column,
        cell(characteristic, (Integer) breakdown.get(0), column))));
  }

  /** Counts declared the sum of other counts of the same row. */
  private void rowSums(int t) {
    Table table = tables.get(t);
    for (Indicator indicator : table.indicators()) {
      if (indicator.sumOf().isEmpty()) {
        continue;
      }
      for (int r = 0; r < table.rows().size(); r++) {
        int row = r;
        // A part the row leaves empty (a count of a value its framework does not have) is not there;
        // a row with no part at all (an area's row has no counts by value) has no such sum.
        Row values = table.rows().get(r);
        List<Cell> parts = indicator.sumOf().stream().filter(c -> !values.isNullAt(table.schema().fieldIndex(c)))
            .map(c -> cell(t, row, c)).toList();
        if (!parts.isEmpty()) {
          sums.add(new Sum(cell(t, r, indicator.name()), parts));
        }
      }
    }
  }

  /**
   * Rows of a table that add up to a row of the totals table: those with the same key and, for a
   * table with breakdowns, the same topic (for a table by area, the same type of area); every count
   * the two tables share.
   */
  void totals(int parts, int totals, Function<Row, List<Object>> keyOfPart) {
    if (parts < 0) {
      return;
    }
    Map<List<Object>, Integer> totalRow = rowsBy(totals, this::place);
    List<String> columns = tables.get(parts).columns();
    String within = columns.contains(Breakdowns.TOPIC) ? Breakdowns.TOPIC
        : columns.contains(AreaTables.COLUMNS.get(0)) ? AreaTables.COLUMNS.get(0) : null;
    boolean byTopic = within != null;
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < tables.get(parts).rows().size(); r++) {
      Row row = tables.get(parts).rows().get(r);
      List<Object> key = new ArrayList<>(keyOfPart.apply(row));
      if (byTopic) {
        key.add(value(parts, row, within));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<String> shared = counts(parts).stream().filter(counts(totals)::contains).toList();
    groups.forEach((key, rows) -> {
      Integer total = totalRow.get(key.subList(0, 4));
      if (total != null) {
        shared.forEach(column -> add(parts, rows, column, cell(totals, total, column)));
      }
    });
  }

  /** A count repeated from another table: each copy equals the original. */
  private void copies(int copy, String column, int original, String originalColumn,
      BiFunction<Integer, Row, List<Object>> key) {
    if (copy < 0 || original < 0) {
      return;
    }
    Map<List<Object>, Integer> originalRow = rowsBy(original, key);
    for (int r = 0; r < tables.get(copy).rows().size(); r++) {
      Integer o = originalRow.get(key.apply(copy, tables.get(copy).rows().get(r)));
      if (o != null) {
        sums.add(new Sum(cell(original, o, originalColumn), List.of(cell(copy, r, column))));
      }
    }
  }

  /** In the lowest-20% profile, a topic's groups share out the LA's lowest 20%. */
  private void lowestShares(int profile) {
    if (profile < 0) {
      return;
    }
    Map<List<Object>, List<Integer>> topics = new LinkedHashMap<>();
    for (int r = 0; r < tables.get(profile).rows().size(); r++) {
      Row row = tables.get(profile).rows().get(r);
      List<Object> key = new ArrayList<>(place(profile, row));
      key.add(value(profile, row, Breakdowns.TOPIC));
      topics.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    topics.values().forEach(rows -> add(profile, rows, "in_lowest20_number", cell(profile, rows.get(0),
        "lowest20_number")));
  }

  /** A gap's group (and comparison group) is the sum of the breakdowns it is made of. */
  private void gapGroups(int gaps, int characteristic) {
    if (gaps < 0 || characteristic < 0) {
      return;
    }
    Map<String, List<String>> breakdowns = new LinkedHashMap<>();
    for (Row row : tables.get(characteristic).rows()) {
      List<String> topic = breakdowns.computeIfAbsent((String) value(characteristic, row, Breakdowns.TOPIC),
          k -> new ArrayList<>());
      String breakdown = (String) value(characteristic, row, Breakdowns.BREAKDOWN);
      if (!topic.contains(breakdown)) {
        topic.add(breakdown);
      }
    }
    Map<List<Object>, Integer> breakdownRow = rowsBy(characteristic, this::breakdown);
    if (breakdowns.isEmpty()) {
      return;
    }
    Map<List<String>, List<String>> members = new LinkedHashMap<>();
    for (Gaps.Comparison c : Gaps.comparisons(breakdowns)) {
      members.put(List.of(c.topic(), c.group()), c.groupBreakdowns());
      members.put(List.of(c.topic(), c.comparisonGroup()), c.comparisonBreakdowns());
    }
    for (int r = 0; r < tables.get(gaps).rows().size(); r++) {
      Row row = tables.get(gaps).rows().get(r);
      String topic = (String) value(gaps, row, Breakdowns.TOPIC);
      for (String side : List.of(Gaps.GROUP, Gaps.COMPARISON_GROUP)) {
        List<Integer> rows = new ArrayList<>();
        for (String b : members.getOrDefault(List.of(topic, (String) value(gaps, row, side)), List.of())) {
          Integer part = breakdownRow.get(breakdownKey(gaps, row, topic, b));
          if (part != null) {
            rows.add(part);
          }
        }
        if (!rows.isEmpty()) {
          add(characteristic, rows, "children_number", cell(gaps, r, side + "_children_number"));
          add(characteristic, rows, "gld_number", cell(gaps, r, side + "_gld_number"));
        }
      }
    }
  }

  static List<Object> key(List<Object> place, Object topic, Object breakdown) {
    List<Object> key = new ArrayList<>(place);
    key.add(topic);
    key.add(breakdown);
    return key;
  }

  void addIfEveryOneHolds(List<Sum> found) {
    if (found.stream().allMatch(this::holds)) {
      sums.addAll(found);
    }
  }

  private boolean holds(Sum sum) {
    long parts = sum.parts().stream().mapToLong(this::count).sum();
    return count(sum.total()) == parts;
  }

  private long count(Cell cell) {
    Row row = tables.get(cell.table()).rows().get(cell.row());
    return row.isNullAt(cell.column()) ? 0 : ((Number) row.get(cell.column())).longValue();
  }
}
