package eyfsp.enrich;

import eyfsp.domain.LocalAuthority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The child-level table (internal/parquet/children, partitioned by academic_year): one row per
 * accepted child, the UPN replaced by its keyed pseudonym. Written once, from the pass that counts
 * the children; read back only when a slice is merged into an earlier output.
 */
public final class ChildTable implements java.io.Serializable {

  public static final String YEAR = "academic_year";

  private final List<String> scaleCodes;
  private final StructType schema;

  public ChildTable(List<String> scaleCodes) {
    this.scaleCodes = List.copyOf(scaleCodes);
    List<StructField> fields = new ArrayList<>();
    field(fields, PSEUDONYM, DataTypes.StringType);
    for (String c : List.of("region_code", "region_name", "old_la_code", "new_la_code", "la_name", "estab", "laestab",
        "sex", "term_of_birth")) {
      field(fields, c, DataTypes.StringType);
    }
    scaleCodes.forEach(s -> field(fields, s, DataTypes.IntegerType));
    field(fields, "assessed", DataTypes.BooleanType);
    field(fields, "total_points", DataTypes.IntegerType);
    for (String c : List.of("gld", "points78", "psed_cll_secure", "census_matched")) {
      field(fields, c, DataTypes.BooleanType);
    }
    for (String c : List.of("fsm", "first_language", "ethnicity", "ethnicity_major", "sen_provision", "home_lsoa")) {
      field(fields, c, DataTypes.StringType);
    }
    field(fields, "idaci_rank", DataTypes.IntegerType);
    field(fields, "idaci_decile", DataTypes.IntegerType);
    for (String c : List.of("most_deprived", "sex_queried", "birth_date_queried", "lsoa_queried")) {
      field(fields, c, DataTypes.BooleanType);
    }
    this.schema = DataTypes.createStructType(fields);
  }

  /** The column whose every value differs: the pseudonym. */
  public static final String PSEUDONYM = "pupil_pseudonym";

  /** The columns of a file of one year: {@link #YEAR} is the folder a file lies in, not a column of it. */
  public StructType schema() {
    return schema;
  }

  /** A child's values in the order of {@link #schema()}. */
  public Object[] values(Child c) {
    List<Object> v = new ArrayList<>(schema.size());
    LocalAuthority la = c.la();
    v.add(c.pupilPseudonym());
    v.addAll(List.of(la.regionCode(), la.regionName(), la.laCode(), la.onsCode(), la.name()));
    v.add(c.estab());
    v.add(c.setting());
    v.add(c.sex());
    v.add(c.termOfBirth());
    for (Integer score : c.scores()) {
      v.add(score);
    }
    boolean assessed = c.assessed();
    v.add(assessed);
    v.add(c.total());
    v.add(assessed ? c.goodLevel() : null);
    v.add(assessed ? c.points78() : null);
    v.add(assessed ? c.psedCllSecure() : null);
    v.add(c.censusMatched());
    v.add(c.fsm());
    v.add(c.firstLanguage());
    v.add(c.ethnicity());
    v.add(c.ethnicityMajor());
    v.add(c.senProvision());
    v.add(c.homeLsoa());
    v.add(c.idaciRank());
    v.add(c.idaciDecile());
    v.add(c.mostDeprived());
    v.add(c.sexQueried());
    v.add(c.birthDateQueried());
    v.add(c.lsoaQueried());
    return v.toArray();
  }

  /** The columns a table read back must have to give its children again. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>(List.of(schema.fieldNames()));
    columns.add(YEAR);
    return columns;
  }

  /**
   * A child read back from the table (a row of {@link #columns()}, by name); its LA as the lookup
   * lists it.
   */
  public Child child(Row r, Map<String, LocalAuthority> las) {
    String laCode = r.getAs("old_la_code");
    LocalAuthority la = las.get(laCode);
    if (la == null) {
      throw new eyfsp.domain.InputRefusedException("The children include LA " + laCode + ", which the LA lookup"
          + " does not list (an output made with another lookup?): run without --la and --years to rebuild it.");
    }
    Integer[] scores = new Integer[scaleCodes.size()];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = r.getAs(scaleCodes.get(s));
    }
    return new Child(r.getAs("pupil_pseudonym"), r.<Integer>getAs(YEAR), la, r.getAs("estab"), r.getAs("laestab"),
        r.getAs("sex"), r.getAs("term_of_birth"), scores, r.getAs("total_points"), flag(r, "gld"), flag(r, "points78"),
        flag(r, "psed_cll_secure"), flag(r, "census_matched"), r.getAs("fsm"), r.getAs("first_language"),
        r.getAs("ethnicity"), r.getAs("ethnicity_major"), r.getAs("sen_provision"), r.getAs("home_lsoa"),
        r.getAs("idaci_rank"), r.getAs("idaci_decile"), r.getAs("most_deprived"), flag(r, "sex_queried"),
        flag(r, "birth_date_queried"), flag(r, "lsoa_queried"));
  }

  private static boolean flag(Row r, String column) {
    Boolean value = r.getAs(column);
    return value != null && value;
  }

  private static void field(List<StructField> fields, String name, DataType type) {
    fields.add(DataTypes.createStructField(name, type, true));
  }
}
