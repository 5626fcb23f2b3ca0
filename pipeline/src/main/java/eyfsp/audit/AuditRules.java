package eyfsp.audit;

import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented rules an attacker knows besides the published cells, and what the audit demands:
 * all from the settings (conf/eyfsp.yaml and the README say the same).
 *
 * @param suppressBelow counts 1 to suppressBelow - 1 are small: a suppressed count must not be pinned among them
 * @param protectionWidth the least width of every suppressed count's feasible interval
 * @param minScore lowest score on a scale; @param maxScore highest
 * @param secureScore a score of this or more is secure
 * @param maxTotal the highest total (13 scales x 9)
 * @param gldTotal a good level of development needs at least this total ({@code points78})
 * @param gldAreas the names of the areas of learning every scale of which a GLD child is secure in
 * @param lowestShare the lowest-achieving share (0.2): its size is the share of N, rounded
 * @param lowReliabilityBelow a gap whose groups both have at least this many children is reliable
 * @param mostDeprivedDeciles the most deprived areas are IDACI deciles 1 to this
 * @param notSensitiveRests counts whose rest in their group says nothing about a child (not matched to the census)
 */
public record AuditRules(int suppressBelow, int protectionWidth, int minScore, int maxScore, int secureScore,
    int maxTotal, int gldTotal, List<String> gldAreas, double lowestShare, int lowReliabilityBelow,
    int mostDeprivedDeciles, List<String> notSensitiveRests) {

  public static AuditRules of(Settings s) {
    Framework f = s.framework();
    List<String> areas = new ArrayList<>();
    for (String code : s.goodLevelOfDevelopment().secureInEveryScaleOf()) {
      areas.add(f.area(code).name());
    }
    return new AuditRules(s.disclosure().suppressBelow(), s.disclosure().protectionWidth(), f.minScore(),
        f.maxScore(), f.secureScore(), f.maxTotal(), s.goodLevelOfDevelopment().totalAtLeast(), areas,
        s.inequalityGap().lowestShare(), s.gaps().lowReliabilityBelow(), s.deprivation().mostDeprivedDeciles(),
        s.disclosure().notSensitiveRests());
  }
}
