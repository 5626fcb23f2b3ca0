package eyfsp.enrich;

import eyfsp.domain.Framework;
import eyfsp.domain.LocalAuthority;
import java.io.Serializable;
import java.util.List;

/**
 * One accepted child, enriched: the return's results and outcomes, the LA's geography, the census
 * characteristics and the home area's deprivation, under a keyed pseudonym instead of the UPN.
 * Every measure counts these; the child-level table (internal/parquet/children) holds one row of
 * each ({@link ChildTable}).
 *
 * @param framework the framework the child's year is read under
 * @param scores the results in framework order, null where the child carries a not-assessed code
 * @param total the framework's total, null for a child not assessed
 * @param outcomes whether the child has each of the framework's outcomes, in their order (all false
 *     for a child not assessed)
 * @param secureResults how many results are at the secure score or more, null for a child not assessed
 * @param setting where the child was assessed: the school's LAESTAB or the PVI setting's early years
 *     URN (eyfsp.domain.Setting)
 * @param ethnicity the census code as given (blank when the census row left it blank), null unmatched
 * @param mostDeprived whether the home area is in the most deprived deciles, null when not known
 * @param flags the children's flags given for the child (looked_after ...), in order
 * @param areas the area of each type the child lives in (eyfsp.domain.Areas; null: outside every one)
 */
public record Child(
    String pupilPseudonym,
    int year,
    Framework framework,
    LocalAuthority la,
    String estab,
    String setting,
    String sex,
    String termOfBirth,
    Integer[] scores,
    Integer total,
    boolean goodLevel,
    boolean[] outcomes,
    Integer secureResults,
    boolean censusMatched,
    String fsm,
    String firstLanguage,
    String ethnicity,
    String ethnicityMajor,
    String senProvision,
    String homeLsoa,
    Integer idaciRank,
    Integer idaciDecile,
    Boolean mostDeprived,
    boolean sexQueried,
    boolean birthDateQueried,
    boolean lsoaQueried,
    List<String> flags,
    List<String> areas) implements Serializable {

  public boolean assessed() {
    return total != null;
  }
}
