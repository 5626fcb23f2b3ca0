package eyfsp.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The twin aims, year on year (the statutory guidance: narrow the gap without holding back the
 * rest): for each place, the change in the inequality gap since its previous year of the same
 * framework, split exactly into the part due to the median and the part due to the lowest-20%
 * mean, and a flag where the gap narrowed while the median fell. With the gap g(m, l) = 100 (1 - l /
 * m), the parts are the Shapley split of the change: the median's part is the mean of g's change
 * with m alone at the old and at the new l, the lowest 20%'s the mean of its change with l alone,
 * and the two add up to the change.
 */
public final class GapChange {

  public static final String NAME = "inequality_gap_change";
  public static final String TITLE = "The inequality gap year on year: the change, due to the median and to the lowest 20%";

  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("previous_children_number", "Children in the previous year's valid cohort"),
      Indicator.count("children_number", "Children in the valid cohort"),
      Indicator.average("previous_median_point_score", "Median total in the previous year", "previous_children_number"),
      Indicator.average("median_point_score", "Median total", "children_number"),
      Indicator.average("previous_lowest20_average_point_score", "Average total of the lowest 20% in the previous year",
          "previous_children_number"),
      Indicator.average("lowest20_average_point_score", "Average total of the lowest 20%", "children_number"),
      Indicator.percent("previous_inequality_gap_percent", "Inequality gap in the previous year",
          "previous_children_number"),
      Indicator.percent("inequality_gap_percent", "Inequality gap", "children_number"),
      Indicator.percentagePoints("gap_change_percentage_points", "Change in the inequality gap since the previous year",
          "previous_children_number", "children_number"),
      Indicator.percentagePoints("change_due_to_median_percentage_points", "Part of the change due to the median",
          "previous_children_number", "children_number"),
      Indicator.percentagePoints("change_due_to_lowest20_percentage_points",
          "Part of the change due to the lowest-20% mean", "previous_children_number", "children_number"),
      Indicator.flag("narrowed_while_median_fell", "The gap narrowed while the median fell"));

  private GapChange() {}

  /** From the attainment table: a row for each place and year with a previous year of the same framework. */
  public static Table table(Table attainment) {
    int period = attainment.schema().fieldIndex(Geography.TIME_PERIOD);
    int framework = attainment.schema().fieldIndex(Attainment.FRAMEWORK);
    int geography = Geography.COLUMNS.size();
    // Each place's rows by year, in the order of the attainment table (time period first).
    Map<List<Object>, List<Row>> byPlace = new HashMap<>();
    for (Row r : attainment.rows()) {
      List<Object> place = new ArrayList<>();
      for (int c = 1; c < geography; c++) {
        place.add(r.get(c));
      }
      place.add(r.get(framework));
      byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(r);
    }
    List<Row> rows = new ArrayList<>();
    byPlace.values().forEach(years -> {
      years.sort(java.util.Comparator.comparingInt(r -> r.getInt(period)));
      for (int y = 1; y < years.size(); y++) {
        rows.add(row(attainment, years.get(y - 1), years.get(y)));
      }
    });
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(Attainment.FRAMEWORK, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("previous_time_period", DataTypes.IntegerType, false));
    for (Indicator i : INDICATORS) {
      fields.add(DataTypes.createStructField(i.name(), i.unit() == Indicator.Unit.FLAG ? DataTypes.IntegerType
          : i.isCount() ? DataTypes.LongType : DataTypes.DoubleType, true));
    }
    StructType schema = DataTypes.createStructType(fields);
    return new Table(NAME, TITLE, schema, rows, INDICATORS);
  }

  private static Row row(Table attainment, Row before, Row now) {
    int geography = Geography.COLUMNS.size();
    List<Object> values = new ArrayList<>();
    for (int c = 0; c < geography; c++) {
      values.add(now.get(c));
    }
    values.add(value(attainment, now, Attainment.FRAMEWORK));
    values.add(before.get(0));
    values.add(value(attainment, before, "children_number"));
    values.add(value(attainment, now, "children_number"));
    Double m0 = (Double) value(attainment, before, "median_point_score");
    Double m1 = (Double) value(attainment, now, "median_point_score");
    Double l0 = (Double) value(attainment, before, "lowest20_average_point_score");
    Double l1 = (Double) value(attainment, now, "lowest20_average_point_score");
    values.addAll(java.util.Arrays.asList(m0, m1, l0, l1));
    Double g0 = (Double) value(attainment, before, "inequality_gap_percent");
    Double g1 = (Double) value(attainment, now, "inequality_gap_percent");
    values.add(g0);
    values.add(g1);
    if (g0 == null || g1 == null) {
      values.addAll(java.util.Arrays.asList(null, null, null, null));
    } else {
      // The lowest 20%'s part, (g(m0, l1) - g(m0, l0) + g(m1, l1) - g(m1, l0)) / 2, is the change less the
      // median's: written so, the two parts add up to the change exactly.
      double dueToMedian = (gap(m1, l0) - gap(m0, l0) + gap(m1, l1) - gap(m0, l1)) / 2;
      values.add(g1 - g0);
      values.add(dueToMedian);
      values.add((g1 - g0) - dueToMedian);
      values.add(g1 < g0 && m1 < m0 ? 1 : 0);
    }
    return RowFactory.create(values.toArray());
  }

  /** The inequality gap of a median and a lowest-20% mean (NI 92). */
  static double gap(double median, double lowest) {
    return 100 * (median - lowest) / median;
  }

  private static Object value(Table table, Row row, String column) {
    return row.get(table.schema().fieldIndex(column));
  }
}
