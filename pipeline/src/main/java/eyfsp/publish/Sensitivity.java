package eyfsp.publish;

import eyfsp.domain.Settings;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Table;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Which published counts say nothing about a child (domain page §6: "sex not recorded needs no
 * protection"): every count of a breakdown the settings call not sensitive (Sex Unknown, a census
 * field left blank), and the data-quality counts that are such a breakdown again. They are
 * published as they are, and never suppressed to protect another cell.
 */
record Sensitivity(Map<String, List<String>> breakdowns, List<String> counts, List<String> rests,
    Settings.Disclosure levels) {

  /** Everything protected and published: the rule before these settings. */
  static final Sensitivity ALL = new Sensitivity(Map.of(), List.of(), List.of(), new Settings.Disclosure(6, 1, 2));

  static Sensitivity of(Settings.Disclosure settings) {
    return new Sensitivity(settings.notSensitive(), settings.notSensitiveCounts(), settings.notSensitiveRests(),
        settings);
  }

  /**
   * Whether a count is withheld at its row's level (x, not available: conf column_levels), so that
   * it is neither published nor protected, and hides what it is a part of as a suppressed cell does.
   */
  boolean withheld(Table table, Row row, String column) {
    int level = table.columns().indexOf(eyfsp.measures.Geography.LEVEL);
    return level >= 0 && !levels.columnPublishedAt(table.name(), column, row.getString(level));
  }

  /** Whether a count cell is published whatever it holds. */
  boolean notSensitive(Table table, Row row, String column) {
    if (counts.contains(column)) {
      return true;
    }
    List<String> columns = table.columns();
    int topic = columns.indexOf(Breakdowns.TOPIC);
    int breakdown = columns.indexOf(Breakdowns.BREAKDOWN);
    return topic >= 0 && breakdown >= 0
        && Settings.Disclosure.isNotSensitive(breakdowns, row.getString(topic), row.getString(breakdown));
  }

  /** Whether a small rest of a count's group (children not matched to the census) needs no protection. */
  boolean restNotSensitive(String column) {
    return rests.contains(column);
  }
}
