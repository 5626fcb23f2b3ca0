package eyfsp.enrich;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import eyfsp.io.DeprivationIndex;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Home LSOA to IDACI rank and decile, and whether the child lives in the most deprived areas
 * (deciles 1 to 3: the "30% most deprived Super Output Areas" of the 2004 PSA target).
 */
public final class DeprivationEnrichment {

  private static final StructType INDEX = DataTypes.createStructType(List.of(
      DataTypes.createStructField("home_lsoa", DataTypes.StringType, false),
      DataTypes.createStructField("idaci_rank", DataTypes.IntegerType, false),
      DataTypes.createStructField("idaci_decile", DataTypes.IntegerType, false)));

  private DeprivationEnrichment() {}

  /**
   * Adds idaci_rank, idaci_decile, most_deprived (null when the area is unknown) and lsoa_queried
   * (a home LSOA that the deprivation file does not list; never when there is no such file).
   */
  public static Dataset<Row> join(SparkSession spark, Dataset<Row> children, List<DeprivationIndex.Area> areas,
      boolean haveIndex, int mostDeprivedDeciles) {
    List<Row> rows = areas.stream()
        .map(a -> RowFactory.create(a.lsoaCode(), a.idaciRank(), a.idaciDecile()))
        .toList();
    Dataset<Row> index = spark.createDataFrame(rows, INDEX);
    return children.join(broadcast(index), new String[] {"home_lsoa"}, "left")
        .withColumn("most_deprived", col("idaci_decile").leq(mostDeprivedDeciles))
        .withColumn("lsoa_queried",
            lit(haveIndex).and(col("home_lsoa").isNotNull()).and(col("idaci_decile").isNull()));
  }
}
