package eyfsp.enrich;

import eyfsp.domain.Framework;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Setting;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The child-level table (internal/parquet/children, partitioned by academic_year): one row per
 * accepted child, the UPN replaced by its keyed pseudonym. Every framework's result and outcome
 * columns are there, empty where the child's framework has none of that name (a result code such as
 * LIT_G09 means what its row's {@code framework} says). Written once, from the pass that counts the
 * children; read back only when a slice is merged into an earlier output.
 */
public final class ChildTable implements Serializable {

  public static final String YEAR = "academic_year";

  /** The column whose every value differs: the pseudonym. */
  public static final String PSEUDONYM = "pupil_pseudonym";

  private final Map<String, Framework> frameworks = new LinkedHashMap<>();
  private final List<String> results;
  private final List<String> outcomes;
  /**
   * By framework code, where each result column and outcome column is among the framework's own
   * (-1 where it has none of that name): worked out once, asked for every child.
   */
  private final Map<String, int[]> resultPositions = new LinkedHashMap<>();
  private final Map<String, int[]> outcomePositions = new LinkedHashMap<>();
  private final StructType schema;

  public ChildTable(List<Framework> frameworks) {
    frameworks.forEach(f -> this.frameworks.put(f.code(), f));
    Set<String> results = new LinkedHashSet<>();
    Set<String> outcomes = new LinkedHashSet<>();
    for (Framework f : frameworks) {
      results.addAll(f.scaleCodes());
      outcomes.addAll(f.outcomeNames());
    }
    this.results = List.copyOf(results);
    this.outcomes = List.copyOf(outcomes);
    for (Framework f : frameworks) {
      resultPositions.put(f.code(), this.results.stream().mapToInt(f.scaleCodes()::indexOf).toArray());
      outcomePositions.put(f.code(), this.outcomes.stream().mapToInt(f.outcomeNames()::indexOf).toArray());
    }
    List<StructField> fields = new ArrayList<>();
    field(fields, PSEUDONYM, DataTypes.StringType);
    for (String c : List.of("region_code", "region_name", "old_la_code", "new_la_code", "la_name", "framework",
        "estab", "laestab", "setting_urn", "setting_type", "sex", "term_of_birth")) {
      field(fields, c, DataTypes.StringType);
    }
    this.results.forEach(s -> field(fields, s, DataTypes.IntegerType));
    field(fields, "assessed", DataTypes.BooleanType);
    field(fields, "total_points", DataTypes.IntegerType);
    field(fields, "gld", DataTypes.BooleanType);
    this.outcomes.forEach(o -> field(fields, o, DataTypes.BooleanType));
    field(fields, "secure_results_number", DataTypes.IntegerType);
    field(fields, "census_matched", DataTypes.BooleanType);
    for (String c : List.of("fsm", "first_language", "ethnicity", "ethnicity_major", "sen_provision", "home_lsoa")) {
      field(fields, c, DataTypes.StringType);
    }
    field(fields, "idaci_rank", DataTypes.IntegerType);
    field(fields, "idaci_decile", DataTypes.IntegerType);
    for (String c : List.of("most_deprived", "sex_queried", "birth_date_queried", "lsoa_queried")) {
      field(fields, c, DataTypes.BooleanType);
    }
    field(fields, "flags", DataTypes.StringType);
    field(fields, "areas", DataTypes.StringType);
    this.schema = DataTypes.createStructType(fields);
  }

  /** The columns of a file of one year: {@link #YEAR} is the folder a file lies in, not a column of it. */
  public StructType schema() {
    return schema;
  }

  /** A child's values in the order of {@link #schema()}. */
  public Object[] values(Child c) {
    List<Object> v = new ArrayList<>(schema.size());
    LocalAuthority la = c.la();
    Framework f = c.framework();
    boolean pvi = Setting.kindOf(c.setting()).equals(Setting.PVI);
    v.add(c.pupilPseudonym());
    v.addAll(List.of(la.regionCode(), la.regionName(), la.laCode(), la.onsCode(), la.name(), f.code()));
    v.add(c.estab());
    v.add(pvi ? null : c.setting());
    v.add(pvi ? c.setting() : null);
    v.add(Setting.kindOf(c.setting()));
    v.add(c.sex());
    v.add(c.termOfBirth());
    for (int s : resultPositions.get(f.code())) {
      v.add(s < 0 ? null : c.scores()[s]);
    }
    boolean assessed = c.assessed();
    v.add(assessed);
    v.add(c.total());
    v.add(assessed ? c.goodLevel() : null);
    for (int o : outcomePositions.get(f.code())) {
      v.add(assessed && o >= 0 ? c.outcomes()[o] : null);
    }
    v.add(c.secureResults());
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
    v.add(c.flags().isEmpty() ? null : String.join(";", c.flags()));
    v.add(c.areas().stream().allMatch(java.util.Objects::isNull) ? null
        : String.join(";", c.areas().stream().map(a -> a == null ? "" : a).toList()));
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
   * lists it, its framework as the settings define it.
   */
  public Child child(Row r, Map<String, LocalAuthority> las) {
    String laCode = r.getAs("old_la_code");
    LocalAuthority la = las.get(laCode);
    Framework f = frameworks.get(r.<String>getAs("framework"));
    if (la == null || f == null) {
      throw new InputRefusedException("The children include " + (la == null ? "LA " + laCode + ", which the LA"
          + " lookup does not list" : "framework " + r.getAs("framework") + ", which the settings do not define")
          + " (an output made with another lookup or other settings?): run without --la and --years to rebuild it.");
    }
    List<String> codes = f.scaleCodes();
    Integer[] scores = new Integer[codes.size()];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = r.getAs(codes.get(s));
    }
    List<String> names = f.outcomeNames();
    boolean[] met = new boolean[names.size()];
    for (int o = 0; o < met.length; o++) {
      met[o] = flag(r, names.get(o));
    }
    String estab = r.getAs("estab");
    return new Child(r.getAs(PSEUDONYM), r.<Integer>getAs(YEAR), f, la, estab, Setting.id(laCode, estab),
        r.getAs("sex"), r.getAs("term_of_birth"), scores, r.getAs("total_points"), flag(r, "gld"), met,
        r.getAs("secure_results_number"), flag(r, "census_matched"), r.getAs("fsm"), r.getAs("first_language"),
        r.getAs("ethnicity"), r.getAs("ethnicity_major"), r.getAs("sen_provision"), r.getAs("home_lsoa"),
        r.getAs("idaci_rank"), r.getAs("idaci_decile"), r.getAs("most_deprived"), flag(r, "sex_queried"),
        flag(r, "birth_date_queried"), flag(r, "lsoa_queried"),
        r.getAs("flags") == null ? List.of() : List.of(r.<String>getAs("flags").split(";")),
        areas(r.getAs("areas")));
  }

  /** The area codes written as "code;code" (blank for none), as many as the file's area types. */
  private List<String> areas(String written) {
    List<String> areas = new ArrayList<>();
    if (written != null) {
      for (String code : written.split(";", -1)) {
        areas.add(code.isEmpty() ? null : code);
      }
    }
    return areas;
  }

  private static boolean flag(Row r, String column) {
    Boolean value = r.getAs(column);
    return value != null && value;
  }

  private static void field(List<StructField> fields, String name, DataType type) {
    fields.add(DataTypes.createStructField(name, type, true));
  }
}
