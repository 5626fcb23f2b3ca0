package eyfsp.measures;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One enriched child as the measures count them: the columns of eyfsp.enrich.Children they read,
 * taken from a row once. A value the row leaves empty is null (a characteristic, a not-assessed
 * scale or total) or false (a flag).
 *
 * @param scores the scale scores in framework order, a null entry for a not-assessed code
 * @param total the total points, null for a child not assessed
 */
public record Child(
    String laestab,
    String sex,
    String termOfBirth,
    String fsm,
    String firstLanguage,
    String senProvision,
    String ethnicityMajor,
    Integer idaciDecile,
    Integer idaciRank,
    Boolean mostDeprived,
    Integer[] scores,
    Integer total,
    boolean goodLevel,
    boolean points78,
    boolean psedCllSecure,
    boolean censusMatched,
    boolean sexQueried,
    boolean birthDateQueried,
    boolean lsoaQueried,
    String pupilPseudonym) {

  /** The columns that open {@link #columns}: the year and the LA (the rest of its geography is the LA lookup's). */
  static final List<String> GEOGRAPHY = List.of("academic_year", "old_la_code");
  private static final List<String> FIELDS = List.of("laestab", "sex", "term_of_birth", "fsm", "first_language",
      "sen_provision", "ethnicity_major", "idaci_decile", "idaci_rank", "most_deprived");
  private static final List<String> OUTCOMES = List.of(CohortMeasures.TOTAL, "gld", "points78", "psed_cll_secure",
      "census_matched", "sex_queried", "birth_date_queried", "lsoa_queried", "pupil_pseudonym");

  /** The children's columns to select, in the order {@link #of} reads them. */
  static List<String> columns(List<String> scaleCodes) {
    List<String> columns = new ArrayList<>(GEOGRAPHY);
    columns.addAll(FIELDS);
    columns.addAll(scaleCodes);
    columns.addAll(OUTCOMES);
    return columns;
  }

  /** The child of a row of {@link #columns}, with this many scales. */
  static Child of(Row r, int scales) {
    int i = GEOGRAPHY.size();
    Integer[] scores = new Integer[scales];
    int s = i + FIELDS.size();
    for (int k = 0; k < scales; k++) {
      scores[k] = integer(r, s + k);
    }
    int o = s + scales;
    return new Child(r.getString(i), r.getString(i + 1), r.getString(i + 2), r.getString(i + 3), r.getString(i + 4),
        r.getString(i + 5), r.getString(i + 6), integer(r, i + 7), integer(r, i + 8),
        r.isNullAt(i + 9) ? null : r.getBoolean(i + 9), scores, integer(r, o), flag(r, o + 1), flag(r, o + 2),
        flag(r, o + 3), flag(r, o + 4), flag(r, o + 5), flag(r, o + 6), flag(r, o + 7), r.getString(o + 8));
  }

  private static Integer integer(Row r, int i) {
    return r.isNullAt(i) ? null : r.getInt(i);
  }

  private static boolean flag(Row r, int i) {
    return !r.isNullAt(i) && r.getBoolean(i);
  }
}
