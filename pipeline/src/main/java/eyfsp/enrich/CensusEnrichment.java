package eyfsp.enrich;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import eyfsp.domain.CensusCodes;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Joins each child to their School Census row on UPN and year. A child with no census row (or
 * whose census rows conflicted, and were all quarantined) keeps every measure, with Unknown
 * characteristics (contract, School Census).
 */
public final class CensusEnrichment {

  public static final List<String> CHARACTERISTICS =
      List.of("fsm", "first_language", "ethnicity", "ethnicity_major", "sen_provision", "home_lsoa");

  private CensusEnrichment() {}

  /** Children with census characteristics and {@code census_matched}; census = accepted census rows. */
  public static Dataset<Row> join(Dataset<Row> children, Dataset<Row> census) {
    Dataset<Row> characteristics = census.select(col("academic_year"), col("upn"), col("fsm"),
        col("first_language"), col("ethnicity"), col("ethnicity_major"), col("sen_provision"), col("home_lsoa"),
        lit(true).as("census_matched"))
        // Both sides are large and alike in size: hashing one side saves sorting both.
        .hint("shuffle_hash");
    return children.join(characteristics, new String[] {"academic_year", "upn"}, "left")
        .withColumn("census_matched", coalesce(col("census_matched"), lit(false)))
        .withColumn("fsm", coalesce(col("fsm"), lit(CensusCodes.UNKNOWN)))
        .withColumn("first_language", coalesce(col("first_language"), lit(CensusCodes.UNKNOWN)))
        .withColumn("ethnicity_major", coalesce(col("ethnicity_major"), lit(CensusCodes.UNCLASSIFIED)))
        .withColumn("sen_provision", coalesce(col("sen_provision"), lit(CensusCodes.UNKNOWN)));
  }
}
