package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eyfsp.domain.GapConventions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The attainment indicators of any grouping of children (by geography, school, characteristic),
 * from one compact form: children counted by group and total ("bins"). Totals run 0..117, so a
 * group's bins give its exact median and lowest-20% mean in one aggregation pass, and coarser
 * groupings (region, nation) roll up from finer bins without going back to the children.
 */
public final class CohortMeasures {

  public static final String TOTAL = "total_points";

  /** The attainment indicators, named exactly as the contract's {@code attainment} table. */
  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "Children with a valid result on every scale"),
      Indicator.count("not_assessed_number", "Children not assessed (a not-assessed code on a scale)"),
      Indicator.count("gld_number", "Children with a good level of development", "children_number"),
      Indicator.percent("gld_percent", "Percentage with a good level of development", "gld_number", "children_number"),
      Indicator.count("points78_number", "Children with a total of 78 points or more", "children_number"),
      Indicator.percent("points78_percent", "Percentage with 78 points or more", "points78_number", "children_number"),
      Indicator.count("psed_cll_secure_number", "Children with 6+ in every PSED and CLL scale", "children_number"),
      Indicator.percent("psed_cll_secure_percent", "Percentage with 6+ in every PSED and CLL scale",
          "psed_cll_secure_number", "children_number"),
      Indicator.average("average_point_score", "Average total point score", "children_number"),
      Indicator.average("median_point_score", "Median total point score", "children_number"),
      Indicator.size("lowest20_number", "Children in the lowest-achieving 20%", "children_number"),
      Indicator.average("lowest20_average_point_score", "Average total point score of the lowest-achieving 20%",
          "lowest20_number"),
      Indicator.percent("inequality_gap_percent", "Inequality gap: (median - lowest-20% mean) as % of the median",
          "lowest20_number", "children_number"));

  private CohortMeasures() {}

  /**
   * Children counted by keys and total: columns keys..., total_points (null for children not
   * assessed), children, gld, points78, psed_cll_secure.
   */
  public static Dataset<Row> bins(Dataset<Row> children, List<String> keys) {
    List<Column> groups = new ArrayList<>();
    keys.forEach(k -> groups.add(col(k)));
    groups.add(col(TOTAL));
    return children.groupBy(groups.toArray(Column[]::new)).agg(
        count(lit(1)).as("children"),
        sum(when(col("gld"), 1L).otherwise(0L)).as("gld"),
        sum(when(col("points78"), 1L).otherwise(0L)).as("points78"),
        sum(when(col("psed_cll_secure"), 1L).otherwise(0L)).as("psed_cll_secure"));
  }

  /** Bins summed over coarser keys (a subset of the bins' keys). */
  public static Dataset<Row> rollUp(Dataset<Row> bins, List<String> keys) {
    List<Column> groups = new ArrayList<>();
    keys.forEach(k -> groups.add(col(k)));
    groups.add(col(TOTAL));
    return bins.groupBy(groups.toArray(Column[]::new)).agg(
        sum("children").as("children"), sum("gld").as("gld"), sum("points78").as("points78"),
        sum("psed_cll_secure").as("psed_cll_secure"));
  }

  /** The indicators of each group of bins: the keys, then {@link #INDICATORS}. */
  public static Dataset<Row> measure(Dataset<Row> bins, List<String> keys, GapConventions conventions,
      int maxTotal) {
    List<Column> groups = new ArrayList<>();
    keys.forEach(k -> groups.add(col(k)));
    Dataset<Row> grouped = bins.groupBy(groups.toArray(Column[]::new)).agg(collect_list(
        struct(col(TOTAL), col("children"), col("gld"), col("points78"), col("psed_cll_secure"))).as("bins"));

    List<StructField> fields = new ArrayList<>();
    keys.forEach(k -> fields.add(grouped.schema().apply(k)));
    fields.addAll(indicatorFields());
    StructType schema = DataTypes.createStructType(fields);
    int keyCount = keys.size();
    MapFunction<Row, Row> toIndicators = row -> {
      List<Object> values = new ArrayList<>(keyCount + INDICATORS.size());
      for (int i = 0; i < keyCount; i++) {
        values.add(row.get(i));
      }
      values.addAll(indicatorValues(statistics(row.getList(keyCount), conventions, maxTotal)));
      return RowFactory.create(values.toArray());
    };
    return grouped.map(toIndicators, Encoders.row(schema));
  }

  /** A group's statistics from its bins (rows of total_points, children, gld, points78, psed_cll_secure). */
  static CohortStatistics statistics(List<Row> bins, GapConventions conventions, int maxTotal) {
    Tally tally = new Tally(maxTotal);
    bins.forEach(bin -> tally.add(bin, 0));
    return tally.statistics(conventions);
  }

  public static List<StructField> indicatorFields() {
    List<StructField> fields = new ArrayList<>();
    for (Indicator indicator : INDICATORS) {
      fields.add(DataTypes.createStructField(indicator.name(),
          indicator.isCount() ? DataTypes.LongType : DataTypes.DoubleType, !indicator.isCount()));
    }
    return fields;
  }

  /** The values of {@link #INDICATORS}, in order; null where a value is not defined. */
  public static List<Object> indicatorValues(CohortStatistics s) {
    List<Object> v = new ArrayList<>();
    v.add(s.children());
    v.add(s.notAssessed());
    v.add(s.goodLevel());
    v.add(s.goodLevelPercent());
    v.add(s.points78());
    v.add(s.points78Percent());
    v.add(s.psedCllSecure());
    v.add(s.psedCllSecurePercent());
    v.add(s.averagePointScore());
    v.add(s.medianPointScore());
    v.add(s.lowestNumber());
    v.add(s.lowestAveragePointScore());
    v.add(s.inequalityGapPercent());
    return v;
  }
}
