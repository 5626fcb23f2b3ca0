package eyfsp.measures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code context} table: what an LA's cohort is like, for finding its statistical neighbours
 * (domain page §4): the shares of children known to be FSM eligible, with a first language other
 * than English, and living in the most deprived areas, and their average IDACI rank. Each share
 * is of the children whose status is known (census matched; LSOA in the deprivation file).
 */
public final class Context {

  public static final String NAME = "context";
  public static final String TITLE = "EYFSP cohort context: FSM eligibility, first language and area deprivation";

  public static final List<Indicator> INDICATORS = List.of(
      Indicator.count("fsm_known_number", "Children whose FSM eligibility is known"),
      Indicator.count("fsm_number", "Children known to be eligible for FSM", "fsm_known_number"),
      Indicator.percent("fsm_percent", "Percentage known to be eligible for FSM", "fsm_number", "fsm_known_number"),
      Indicator.count("first_language_known_number", "Children whose first language is known"),
      Indicator.count("eal_number", "Children whose first language is other than English",
          "first_language_known_number"),
      Indicator.percent("eal_percent", "Percentage whose first language is other than English", "eal_number",
          "first_language_known_number"),
      Indicator.count("deprivation_known_number", "Children whose home area is in the deprivation file"),
      Indicator.count("most_deprived_number", "Children living in the most deprived areas",
          "deprivation_known_number"),
      Indicator.percent("most_deprived_percent", "Percentage living in the most deprived areas (IDACI deciles 1-3)",
          "most_deprived_number", "deprivation_known_number"),
      Indicator.average("idaci_rank_average", "Average IDACI rank of the children's home areas (1 = most deprived)",
          "deprivation_known_number"));

  private Context() {}

  /**
   * One row per year and geography for the levels asked. Counts are summed by LA in one pass over
   * the children, and regions and the nation sum the LAs, so the levels agree by construction.
   */
  public static Dataset<Row> compute(Dataset<Row> children, List<GeographicLevel> levels) {
    List<Column> laKeys = Geography.keys(GeographicLevel.LOCAL_AUTHORITY).stream().map(c -> col(c)).toList();
    // The labels CensusCodes gives: "FSM eligible", "Other than English", and "Unknown" when not known.
    Dataset<Row> laSums = children.groupBy(laKeys.toArray(Column[]::new)).agg(
        count(col("fsm").notEqual(lit("Unknown"))).as("fsm_known_number"),
        count(col("fsm").equalTo(lit("FSM eligible"))).as("fsm_number"),
        count(col("first_language").notEqual(lit("Unknown"))).as("first_language_known_number"),
        count(col("first_language").equalTo(lit("Other than English"))).as("eal_number"),
        count(col("most_deprived").isNotNull()).as("deprivation_known_number"),
        count(col("most_deprived").equalTo(lit(true))).as("most_deprived_number"),
        sum(col("idaci_rank").cast("long")).as("idaci_rank_sum"));
    Dataset<Row> table = null;
    for (GeographicLevel level : levels) {
      List<String> keys = Geography.keys(level);
      Dataset<Row> sums = level == GeographicLevel.LOCAL_AUTHORITY ? laSums : laSums
          .groupBy(keys.stream().map(c -> col(c)).toArray(Column[]::new))
          .agg(sum("fsm_known_number").as("fsm_known_number"), sum("fsm_number").as("fsm_number"),
              sum("first_language_known_number").as("first_language_known_number"),
              sum("eal_number").as("eal_number"), sum("deprivation_known_number").as("deprivation_known_number"),
              sum("most_deprived_number").as("most_deprived_number"), sum("idaci_rank_sum").as("idaci_rank_sum"));
      List<Column> columns = new ArrayList<>();
      keys.forEach(k -> columns.add(col(k)));
      columns.add(col("fsm_known_number"));
      columns.add(col("fsm_number"));
      columns.add(percent("fsm_number", "fsm_known_number").as("fsm_percent"));
      columns.add(col("first_language_known_number"));
      columns.add(col("eal_number"));
      columns.add(percent("eal_number", "first_language_known_number").as("eal_percent"));
      columns.add(col("deprivation_known_number"));
      columns.add(col("most_deprived_number"));
      columns.add(percent("most_deprived_number", "deprivation_known_number").as("most_deprived_percent"));
      columns.add(ratio(col("idaci_rank_sum"), "deprivation_known_number").as("idaci_rank_average"));
      Dataset<Row> rows = Geography.filterColumns(sums.select(columns.toArray(Column[]::new)), level);
      table = table == null ? rows : table.unionByName(rows);
    }
    return table;
  }

  /** Children for whom a condition holds, as a long (0 when none). */
  private static Column count(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column percent(String part, String whole) {
    return ratio(col(part).multiply(100.0), whole);
  }

  /** A ratio, null (not applicable) when nobody is known. */
  private static Column ratio(Column numerator, String whole) {
    return when(col(whole).gt(0), numerator.cast("double").divide(col(whole).cast("double")));
  }
}
