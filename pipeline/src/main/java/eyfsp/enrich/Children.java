package eyfsp.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.udf;

import eyfsp.domain.LocalAuthority;
import eyfsp.io.DeprivationIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The child-level enriched table: each accepted child with their LA's geography, census
 * characteristics and area deprivation, the UPN replaced by its keyed pseudonym. Every measure is
 * computed from it; it is written to internal/parquet/children.
 */
public final class Children {

  private Children() {}

  /** The inputs enrichment needs beyond the children and their census rows. */
  public record Context(Collection<LocalAuthority> localAuthorities, List<DeprivationIndex.Area> areas,
      boolean haveDeprivationIndex, int mostDeprivedDeciles, Pseudonym pseudonym, List<String> scaleCodes) {}

  public static Dataset<Row> enrich(SparkSession spark, Dataset<Row> children, Dataset<Row> census, Context context) {
    Dataset<Row> withCensus = CensusEnrichment.join(children, census);
    Dataset<Row> withAreas = DeprivationEnrichment.join(spark, withCensus, context.areas(),
        context.haveDeprivationIndex(), context.mostDeprivedDeciles());
    Dataset<Row> withLa = LocalAuthorityEnrichment.join(spark, withAreas, context.localAuthorities());
    return withLa.select(columns(context).toArray(Column[]::new));
  }

  private static List<Column> columns(Context context) {
    List<Column> columns = new ArrayList<>();
    columns.add(udf(context.pseudonym(), DataTypes.StringType).apply(col("upn")).as("pupil_pseudonym"));
    for (String c : List.of("academic_year", "region_code", "region_name", "old_la_code", "new_la_code", "la_name",
        "estab")) {
      columns.add(col(c));
    }
    columns.add(concat(col("old_la_code"), col("estab")).as("laestab"));
    columns.add(col("sex"));
    columns.add(col("term_of_birth"));
    context.scaleCodes().forEach(s -> columns.add(col(s)));
    for (String c : List.of("assessed", "total_points", "gld", "points78", "psed_cll_secure", "census_matched",
        "fsm", "first_language", "ethnicity", "ethnicity_major", "sen_provision", "home_lsoa", "idaci_rank",
        "idaci_decile", "most_deprived", "sex_queried", "birth_date_queried", "lsoa_queried")) {
      columns.add(col(c));
    }
    return columns;
  }
}
