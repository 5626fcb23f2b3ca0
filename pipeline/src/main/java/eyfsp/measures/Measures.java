package eyfsp.measures;

import eyfsp.domain.Areas;
import eyfsp.domain.GapConventions;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.School;
import eyfsp.domain.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every table the measure stage produces from the enriched children, small enough to hold on the
 * driver, all drawn from one pass over the children ({@link LocalCohorts}). A new table is added
 * here, and the run writes and publishes it with the others.
 */
public final class Measures {

  private Measures() {}

  /**
   * @param cohorts every LA's children of every year, counted ({@link LocalCohorts.Counter#cohorts})
   * @param levels the geographic levels to report (a slice by LA reports LAs only)
   * @param schools the schools file's schools by LAESTAB (empty without one)
   * @param las the LA lookup by 3-digit number, which names every LA's geography
   */
  public static List<Table> compute(List<LocalCohort> cohorts, List<GeographicLevel> levels, Settings settings,
      Map<String, School> schools, Map<String, LocalAuthority> las) {
    return compute(cohorts, levels, settings, schools, las, Areas.none());
  }

  /** The same, with the tables by the areas children live in (areas.csv). */
  public static List<Table> compute(List<LocalCohort> cohorts, List<GeographicLevel> levels, Settings settings,
      Map<String, School> schools, Map<String, LocalAuthority> las, Areas areas) {
    GapConventions conventions = settings.inequalityGap();
    List<Table> tables = new ArrayList<>();
    Table attainment = Attainment.table(cohorts, levels, settings);
    tables.add(attainment);
    tables.add(Context.table(cohorts, levels));

    List<Breakdowns.Topic> topics = cohorts.isEmpty() ? Breakdowns.topics(settings) : cohorts.get(0).topics();
    List<Breakdowns.Topic> singles = topics.stream().filter(t -> !Breakdowns.isPair(t)).toList();
    List<Breakdowns.Topic> pairs = topics.stream().filter(Breakdowns::isPair).toList();
    Map<List<Object>, Tally> byCharacteristic = AttainmentByCharacteristic.tallies(cohorts, topics);
    tables.add(AttainmentByCharacteristic.table(byCharacteristic, las, levels, singles, settings));
    List<Gaps.Comparison> comparisons = Gaps.comparisons(Breakdowns.byName(singles), settings.childrenFlags().values());
    tables.add(Gaps.table(byCharacteristic, las, levels, comparisons, conventions,
        settings.gaps().lowReliabilityBelow()));
    tables.add(LowestFifthProfile.table(byCharacteristic, las, singles, conventions));
    if (!pairs.isEmpty()) {
      tables.add(AttainmentByCharacteristic.table(byCharacteristic, las, levels, pairs, settings));
      tables.add(LowestFifthProfile.pairs(byCharacteristic, las, levels, pairs, conventions));
    }

    tables.add(SchoolAttainment.table(cohorts, schools, conventions));
    tables.add(SettingContext.table(cohorts, schools, settings.gaps().lowReliabilityBelow(), conventions,
        settings.settingAnalysis().publishContext()));
    tables.add(SimilarSettings.table(cohorts, settings.settingAnalysis().similar(), conventions));
    tables.add(ModerationFlags.table(cohorts, settings.settingAnalysis().moderation(), conventions));
    tables.add(ScaleResults.table(cohorts, levels, settings));
    tables.add(NearThreshold.table(cohorts, schools));
    tables.add(DataQuality.quality(cohorts, levels, schools));
    tables.add(GapChange.table(attainment));
    tables.addAll(AreaTables.tables(cohorts, areas, settings, singles, comparisons));
    return tables;
  }
}
