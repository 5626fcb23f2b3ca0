package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.targets.Quantiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter of LAs an LA's published result falls in, among the LAs with a result shown in the
 * same year (1 the best: high for GLD, low for a gap; tied LAs share a band), as the drafting's
 * {@code national_quartile} is worked out, but on the published figures.
 */
final class Bands {

  private Bands() {}

  /** The band of an LA in a year, or null when its value is not shown (c, z ...). */
  static Integer band(RowIndex index, CsvTable attainment, String timePeriod, String column, Better better, String laCode) {
    List<Double> all = values(attainment, timePeriod, column);
    Double value = Cells.in(attainment, index.of(attainment, laCode), timePeriod)
        .map(r -> Cells.number(attainment.cell(r, column))).orElse(null);
    return value == null || all.isEmpty() ? null : Quantiles.quartileBand(value, all, better);
  }

  /** The band in words, for an LA page. */
  static String sentence(RowIndex index, CsvTable attainment, String timePeriod, String column, Better better,
      String laCode) {
    Integer band = band(index, attainment, timePeriod, column, better, laCode);
    int compared = values(attainment, timePeriod, column).size();
    return band == null ? "no quartile band (its result is not shown)"
        : "quartile band " + band + " of 4 among " + compared + " LAs (1 = the best quarter)";
  }

  private static List<Double> values(CsvTable attainment, String timePeriod, String column) {
    List<Double> values = new ArrayList<>();
    for (List<String> r : attainment.rows()) {
      if (Cells.at(attainment, r, Cells.LOCAL_AUTHORITY) && attainment.cell(r, "time_period").equals(timePeriod)) {
        Double v = Cells.number(attainment.cell(r, column));
        if (v != null) {
          values.add(v);
        }
      }
    }
    return values;
  }
}
