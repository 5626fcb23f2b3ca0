package eyfsp.publish;

import eyfsp.domain.CensusCodes;
import eyfsp.domain.Settings;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Gaps;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;

/**
 * The metadata file DfE Explore Education Statistics asks beside each data file: one row per
 * filter and indicator column, as its screener (eesyscreener) and the analysts' guide ("EES
 * metadata", "Filters") ask. The time and geography columns, a school's URN, name and LAESTAB
 * among them, are standard and never listed; a filter with a single value in the file is not
 * listed either ("If a filter has one level, you should not include it in the EES metadata").
 * Every filter listed has a default the table tool selects: its Total where it has one, else
 * ({@code filter_default}) the value of the table's default row: the FSM breakdown, the GLD %
 * measure, the observed series, where the table has them, so that the defaults name a row there is.
 * Every indicator has its decimal places set: 0 for counts, flags and words.
 */
public final class Metadata {

  public static final List<String> COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
      "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column", "filter_default");

  /** The standard entry for aggregate rows on the platform (analysts' guide, "Aggregates and default filters"). */
  public static final String TOTAL = "Total";

  /** An indicator's metadata: its name, label, unit ("", %, pp) and decimal places. */
  public record Column(String name, String label, String unit, int decimals) {}

  private Metadata() {}

  /** The metadata of a table, every filter listed (as the pipeline's own audit reads it: its indicators). */
  public static List<List<String>> rows(Table table, Settings.Disclosure settings) {
    return rows(table, null, settings);
  }

  /** The metadata of a table as published, from its published cells (rows in its column order). */
  public static List<List<String>> rows(Table table, List<List<String>> cells, Settings.Disclosure settings) {
    List<Column> indicators = new ArrayList<>();
    for (Indicator indicator : table.indicators()) {
      String unit = switch (indicator.unit()) {
        case PERCENT -> "%";
        case PERCENTAGE_POINTS -> "pp";
        default -> "";
      };
      boolean wholeCount = indicator.isCount()
          && !table.schema().apply(indicator.name()).dataType().equals(DataTypes.DoubleType);
      int dp = switch (indicator.unit()) {
        case FLAG -> 0;
        case RATIO -> settings.ratioDecimals();
        default -> wholeCount ? 0 : settings.decimals();
      };
      indicators.add(new Column(indicator.name(), indicator.label(), unit, dp));
    }
    return rows(table.columns(), table.filterColumns(), indicators, cells);
  }

  /**
   * The metadata of published cells under their columns: the filters among {@code filters} that are
   * not place columns and have two values or more (every one when {@code cells} is null), then the
   * indicators.
   */
  public static List<List<String>> rows(List<String> columns, List<String> filters, List<Column> indicators,
      List<List<String>> cells) {
    List<List<String>> rows = new ArrayList<>();
    List<String> defaults = cells == null || cells.isEmpty() ? null : cells.get(defaultRow(columns, cells));
    for (String filter : filters) {
      if (Geography.isPlace(filter)) {
        continue;
      }
      int c = columns.indexOf(filter);
      Set<String> values = new LinkedHashSet<>();
      if (cells != null) {
        cells.forEach(row -> values.add(row.get(c)));
        if (values.size() < 2) {
          continue;
        }
      }
      String fallback = defaults == null || values.contains(TOTAL) ? "" : defaults.get(c);
      rows.add(List.of(filter, "Filter", label(filter), "", "", "", "", "", fallback));
    }
    for (Column i : indicators) {
      rows.add(List.of(i.name(), "Indicator", i.label(), "", i.unit(), Integer.toString(i.decimals()), "", "", ""));
    }
    return rows;
  }

  /** The values a table's default row is picked by, as published: the first row with the most of them. */
  private static final Map<String, String> PREFERRED = preferred();

  private static Map<String, String> preferred() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(Breakdowns.TOPIC, OpenDataNames.topic(Breakdowns.FSM));
    p.put(Breakdowns.BREAKDOWN, OpenDataNames.breakdown(Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE));
    p.put(Gaps.GROUP, OpenDataNames.breakdown(Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE));
    p.put(Gaps.COMPARISON_GROUP, OpenDataNames.breakdown(Breakdowns.FSM, CensusCodes.NOT_FSM_ELIGIBLE));
    p.put("measure", "gld_percent");
    p.put("series", "observed");
    return p;
  }

  private static int defaultRow(List<String> columns, List<List<String>> cells) {
    int best = 0;
    int bestScore = -1;
    for (int r = 0; r < cells.size(); r++) {
      int score = 0;
      for (Map.Entry<String, String> p : PREFERRED.entrySet()) {
        int c = columns.indexOf(p.getKey());
        if (c >= 0 && p.getValue().equals(cells.get(r).get(c))) {
          score++;
        }
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** breakdown_topic becomes "Breakdown topic". */
  public static String label(String column) {
    String words = column.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
