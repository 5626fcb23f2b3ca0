package eyfsp.enrich;

import eyfsp.domain.Areas;
import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
import eyfsp.domain.LocalAuthority;
import eyfsp.quality.CensusRowCheck;
import eyfsp.quality.DeprivationIndex;
import eyfsp.quality.ReturnRowCheck;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An accepted return made an enriched {@link Child}: its LA's geography from the LA lookup, the
 * characteristics of its School Census row (Unknown where the child has none, or where its census
 * rows conflicted and were all quarantined: contract, School Census), the home area's IDACI rank
 * and decile, and the keyed pseudonym in place of the UPN. The lookups are small, so each task
 * holds them whole.
 */
public final class Enrichment implements Serializable {

  private final Map<String, LocalAuthority> las;
  private final Map<String, DeprivationIndex.Area> areas = new HashMap<>();
  private final boolean haveDeprivationIndex;
  private final Areas homeAreas;
  private final int mostDeprivedDeciles;
  private final Pseudonym pseudonym;

  /**
   * @param areas the deprivation file's areas (none without one: every area is then unknown, and
   *     no LSOA is queried)
   */
  public Enrichment(Map<String, LocalAuthority> las, List<DeprivationIndex.Area> areas, boolean haveDeprivationIndex,
      int mostDeprivedDeciles, Pseudonym pseudonym) {
    this(las, areas, haveDeprivationIndex, mostDeprivedDeciles, pseudonym, Areas.none());
  }

  /** The same, with the areas children live in (areas.csv). */
  public Enrichment(Map<String, LocalAuthority> las, List<DeprivationIndex.Area> areas, boolean haveDeprivationIndex,
      int mostDeprivedDeciles, Pseudonym pseudonym, Areas homeAreas) {
    this.homeAreas = homeAreas;
    this.las = Map.copyOf(las);
    areas.forEach(a -> this.areas.put(a.lsoaCode(), a));
    this.haveDeprivationIndex = haveDeprivationIndex;
    this.mostDeprivedDeciles = mostDeprivedDeciles;
    this.pseudonym = pseudonym;
  }

  /**
   * The child of an accepted return and, when matched, its accepted census row, with the flags its
   * accepted rows of the children's flags input give (in order).
   */
  public Child child(ReturnRowCheck.Result r, CensusRowCheck.Result census, List<String> flags) {
    LocalAuthority la = las.get(r.laCode());
    if (la == null) {
      throw new IllegalStateException("an accepted return names LA " + r.laCode() + ", which the lookup does not list");
    }
    boolean matched = census != null;
    String lsoa = matched ? census.homeLsoa() : null;
    DeprivationIndex.Area area = lsoa == null ? null : areas.get(lsoa);
    Integer[] scores = new Integer[r.scores().length];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = r.scores()[s] >= 0 ? r.scores()[s] : null;
    }
    var outcome = r.outcome();
    return new Child(pseudonym.of(r.upn()), r.year(), r.framework(), la, r.estab(), r.setting(), r.sex(),
        BirthDates.termOfBirth(r.dateOfBirth()), scores, outcome == null ? null : outcome.total(),
        outcome != null && outcome.goodLevel(),
        outcome == null ? new boolean[r.framework().outcomes().size()] : outcome.outcomes(),
        outcome == null ? null : outcome.secureCount(), matched,
        or(matched ? census.fsm() : null, CensusCodes.UNKNOWN),
        or(matched ? census.firstLanguage() : null, CensusCodes.UNKNOWN),
        matched ? census.ethnicity() : null,
        or(matched ? census.ethnicityMajor() : null, CensusCodes.UNCLASSIFIED),
        or(matched ? census.senProvision() : null, CensusCodes.UNKNOWN),
        lsoa,
        area == null ? null : area.idaciRank(),
        area == null ? null : area.idaciDecile(),
        area == null ? null : area.idaciDecile() <= mostDeprivedDeciles,
        r.sexQueried(), r.birthDateQueried(),
        haveDeprivationIndex && lsoa != null && area == null, flags, homeAreas.of(lsoa));
  }

  private static String or(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
