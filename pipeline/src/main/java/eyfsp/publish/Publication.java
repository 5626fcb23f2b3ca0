package eyfsp.publish;

import eyfsp.audit.AuditRules;
import eyfsp.domain.Settings;
import eyfsp.measures.Attainment;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Geography;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The published (disclosure-controlled, rounded) versions of a run's tables, with their metadata:
 * everything that goes into published/. Internal-only tables are left out, and suppression is
 * decided over all the published tables together, as their counts add up across them. What is
 * published is what Explore Education Statistics takes: a six-digit year on every row, the data
 * dictionary's words for the breakdowns ({@link OpenDataNames}), and metadata its screener passes
 * ({@link Metadata}).
 */
public final class Publication {

  /** One published table: its cells under its columns, and its Explore Education Statistics metadata. */
  public record PublishedTable(String name, List<String> columns, List<List<String>> cells,
      List<List<String>> metadata) {}

  private Publication() {}

  /** Disclosure control by the sums alone (no audit). */
  public static List<PublishedTable> of(List<Table> tables, Settings.Disclosure settings) {
    return of(tables, settings, new DisclosureControl(settings));
  }

  /**
   * Disclosure control that satisfies an outside attacker's audit (domain page §6): topics are
   * published only at the levels the settings allow, what says nothing about a child is published
   * as it is, and suppression is widened until the audit finds nothing.
   */
  public static List<PublishedTable> of(List<Table> tables, Settings settings) {
    Map<List<Object>, Long> cohorts = cohorts(tables);
    // A table left with no row where it is published (the pairs of a run with no big enough place) is not published.
    List<Table> coarse = tables.stream().map(t -> atPublishedLevels(t, settings.disclosure(), cohorts))
        .filter(t -> !t.rows().isEmpty() || !settings.disclosure().tableMinChildren().containsKey(t.name())
            && !settings.disclosure().tableLevels().containsKey(t.name()))
        .toList();
    return of(coarse, settings.disclosure(), new DisclosureControl(settings.disclosure(), AuditRules.of(settings)));
  }

  /**
   * A table without its rows where it is not published: at levels it is not published at (the pairs
   * of topics below a region), at a level in a year with a place of fewer children than it asks (the
   * regions' pairs where one region is small), and of a topic at levels the topic is not (IDACI
   * deciles of an LA).
   */
  static Table atPublishedLevels(Table table, Settings.Disclosure settings, Map<List<Object>, Long> cohorts) {
    int topic = table.columns().indexOf(Breakdowns.TOPIC);
    int level = table.columns().indexOf(Geography.LEVEL);
    Long least = settings.tableMinChildren().get(table.name());
    if (level < 0 || settings.breakdownLevels().isEmpty() && settings.tableLevels().isEmpty() && least == null) {
      return table;
    }
    List<Row> rows = table.rows().stream().filter(r -> settings.publishedAt(table.name(),
        topic < 0 ? null : r.getString(topic), r.getString(level))
        && (least == null || cohorts.getOrDefault(place(table, r).subList(0, 2), 0L) >= least)).toList();
    return rows.size() == table.rows().size() ? table
        : new Table(table.name(), table.title(), table.schema(), rows, table.indicators(), table.published(),
            table.rankedBy());
  }

  /**
   * The smallest valid cohort of a level's places in a year (the attainment table's), keyed by year
   * and level: a table asking a least number of children is published at a level in a year only
   * when every place of the level has them, so that the places published still add up to the level
   * above (the nation's pairs are its regions' together) and a place left out is not told by its
   * absence to be small.
   */
  private static Map<List<Object>, Long> cohorts(List<Table> tables) {
    Map<List<Object>, Long> smallest = new HashMap<>();
    for (Table t : tables) {
      if (t.name().equals(Attainment.NAME)) {
        int children = t.columns().indexOf("children_number");
        t.rows().forEach(r -> smallest.merge(place(t, r).subList(0, 2), r.getLong(children), Math::min));
      }
    }
    return smallest;
  }

  private static List<Object> place(Table table, Row row) {
    List<Object> place = new ArrayList<>();
    for (String column : List.of(Geography.TIME_PERIOD, Geography.LEVEL, "region_code", "old_la_code")) {
      place.add(row.get(table.columns().indexOf(column)));
    }
    return place;
  }

  private static List<PublishedTable> of(List<Table> tables, Settings.Disclosure settings, DisclosureControl control) {
    List<Table> published = tables.stream().filter(Table::published).map(Publication::dated).toList();
    List<List<List<String>>> cells = control.cells(published);
    List<PublishedTable> result = new ArrayList<>();
    for (int t = 0; t < published.size(); t++) {
      Table table = published.get(t);
      List<List<String>> rows = table.rankedBy() == null ? cells.get(t) : ranked(table, cells.get(t));
      rows = noBlankFilters(table, OpenDataNames.published(table.columns(), rows));
      result.add(new PublishedTable(table.name(), table.columns(), rows, Metadata.rows(table, rows, settings)));
    }
    return result;
  }

  /**
   * A table without its rows of no year (rejected rows whose year could not be read, and the
   * lookups' rejects, which belong to no year): EES needs a six-digit time period on every row, so
   * they are counted in internal/ (and the manifest and rejects/) only.
   */
  static Table dated(Table table) {
    int year = table.columns().indexOf(Geography.TIME_PERIOD);
    List<Row> rows = table.rows().stream().filter(r -> year < 0 || !r.isNullAt(year)).toList();
    return rows.size() == table.rows().size() ? table
        : new Table(table.name(), table.title(), table.schema(), rows, table.indicators(), table.published(),
            table.rankedBy());
  }

  /** The GSS symbol for not applicable: a filter with no value for the row. */
  static final String NOT_APPLICABLE = "z";

  /**
   * No blank filter cell but the place's (EES refuses one: the screener's filter_blanks): a filter
   * that does not apply to the row, such as the area_code of attainment_by_area's "Outside every
   * area" rows (no area, so no code), is z. Place columns stay blank where the level has none.
   */
  static List<List<String>> noBlankFilters(Table table, List<List<String>> rows) {
    List<Integer> filters = new ArrayList<>();
    for (String filter : table.filterColumns()) {
      if (!Geography.isPlace(filter)) {
        filters.add(table.columns().indexOf(filter));
      }
    }
    List<List<String>> filled = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<String> cells = row;
      for (int c : filters) {
        if (cells.get(c) == null || cells.get(c).isEmpty()) {
          cells = cells == row ? new ArrayList<>(row) : cells;
          cells.set(c, NOT_APPLICABLE);
        }
      }
      filled.add(cells);
    }
    return filled;
  }

  /**
   * A ranked table's published order: within each year and geography, rows whose ranking value is
   * shown keep their order, highest first; rows where it is suppressed or undefined follow in the
   * order of their filters, so that a row's place never hints at a value it does not show.
   */
  static List<List<String>> ranked(Table table, List<List<String>> cells) {
    int rank = table.columns().indexOf(table.rankedBy());
    List<Integer> geography = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (String filter : table.filterColumns()) {
      (Geography.COLUMNS.contains(filter) ? geography : others).add(table.columns().indexOf(filter));
    }
    int[] group = new int[cells.size()];
    for (int r = 1; r < cells.size(); r++) {
      boolean same = true;
      for (int c : geography) {
        same &= cells.get(r - 1).get(c).equals(cells.get(r).get(c));
      }
      group[r] = same ? group[r - 1] : group[r - 1] + 1;
    }
    Comparator<Integer> order = Comparator.comparingInt(r -> group[r]);
    order = order.thenComparing(r -> !shown(cells.get(r).get(rank)));
    order = order.thenComparing((a, b) -> {
      if (shown(cells.get(a).get(rank))) {
        return Integer.compare(a, b);
      }
      for (int c : others) {
        int byFilter = Table.natural(cells.get(a).get(c), cells.get(b).get(c));
        if (byFilter != 0) {
          return byFilter;
        }
      }
      return Integer.compare(a, b);
    });
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      rows.add(r);
    }
    rows.sort(order);
    return rows.stream().map(cells::get).toList();
  }

  private static boolean shown(String cell) {
    return !cell.equals(DisclosureControl.SUPPRESSED) && !cell.equals(DisclosureControl.NOT_APPLICABLE);
  }
}
