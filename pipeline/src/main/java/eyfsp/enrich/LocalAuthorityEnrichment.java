package eyfsp.enrich;

import static org.apache.spark.sql.functions.broadcast;

import eyfsp.domain.LocalAuthority;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** LA number to its ONS code, name and region, from the LA lookup. */
public final class LocalAuthorityEnrichment {

  private static final StructType LOOKUP = DataTypes.createStructType(List.of(
      DataTypes.createStructField("la_code", DataTypes.StringType, false),
      DataTypes.createStructField("region_code", DataTypes.StringType, false),
      DataTypes.createStructField("region_name", DataTypes.StringType, false),
      DataTypes.createStructField("old_la_code", DataTypes.StringType, false),
      DataTypes.createStructField("new_la_code", DataTypes.StringType, false),
      DataTypes.createStructField("la_name", DataTypes.StringType, false)));

  private LocalAuthorityEnrichment() {}

  /** Adds region_code, region_name, old_la_code, new_la_code and la_name; every child's LA is known. */
  public static Dataset<Row> join(SparkSession spark, Dataset<Row> children, Collection<LocalAuthority> las) {
    List<Row> rows = las.stream()
        .map(la -> RowFactory.create(la.laCode(), la.regionCode(), la.regionName(), la.laCode(), la.onsCode(),
            la.name()))
        .toList();
    return children.join(broadcast(spark.createDataFrame(rows, LOOKUP)),
        new String[] {"la_code"}, "inner");
  }
}
