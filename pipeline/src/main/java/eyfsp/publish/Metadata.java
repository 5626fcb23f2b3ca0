package eyfsp.publish;

import eyfsp.domain.Settings;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * The metadata file DfE Explore Education Statistics asks beside each data file: one row per
 * filter and indicator column (the time and geography columns are standard and not listed).
 */
public final class Metadata {

  public static final List<String> COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
      "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");

  private Metadata() {}

  public static List<List<String>> rows(Table table, Settings.Disclosure settings) {
    List<List<String>> rows = new ArrayList<>();
    for (String filter : table.filterColumns()) {
      if (!Geography.COLUMNS.contains(filter)) {
        rows.add(List.of(filter, "Filter", label(filter), "", "", "", "", ""));
      }
    }
    for (Indicator indicator : table.indicators()) {
      String unit = switch (indicator.unit()) {
        case PERCENT -> "%";
        case PERCENTAGE_POINTS -> "pp";
        default -> "";
      };
      boolean wholeCount = indicator.isCount()
          && !table.schema().apply(indicator.name()).dataType().equals(DataTypes.DoubleType);
      String dp = switch (indicator.unit()) {
        case FLAG -> "";
        case RATIO -> Integer.toString(settings.ratioDecimals());
        default -> Integer.toString(wholeCount ? 0 : settings.decimals());
      };
      rows.add(List.of(indicator.name(), "Indicator", indicator.label(), "", unit, dp, "", ""));
    }
    return rows;
  }

  /** breakdown_topic becomes "Breakdown topic". */
  static String label(String column) {
    String words = column.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
