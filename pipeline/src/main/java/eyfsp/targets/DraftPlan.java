package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Framework;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.InvalidSettingsException;
import eyfsp.domain.Settings;
import eyfsp.domain.TargetPolicy;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The years drafted for: the target year, the baseline (the latest results before it) and the
 * framework both are assessed under, with notes on how they were chosen.
 */
public record DraftPlan(int targetYear, int baselineYear, Framework framework, List<String> notes) {

  public int yearsAhead() {
    return targetYear - baselineYear;
  }

  /** The target and baseline years for a request, refusing one that no target may take. */
  public static DraftPlan of(History history, Settings settings, Integer requestedYear) {
    return of(history, settings, requestedYear, null);
  }

  /**
   * The target and baseline years for a request, refusing one that no target may take.
   *
   * @param requestedBaseline the results to draft from (a year the history holds LA results for), or
   *     null for the latest before the target year
   */
  public static DraftPlan of(History history, Settings settings, Integer requestedYear, Integer requestedBaseline) {
    TreeSet<Integer> years = history.observations().stream()
        .filter(o -> o.place().isLocalAuthority()).map(Observation::year)
        .collect(Collectors.toCollection(TreeSet::new));
    if (years.isEmpty()) {
      throw new InputRefusedException("The history holds no LA results to draft from.");
    }
    if (requestedBaseline != null) {
      if (!years.contains(requestedBaseline)) {
        throw new TargetYearException("The history holds no LA results for " + AcademicYear.label(requestedBaseline)
            + " to draft from: it holds " + AcademicYear.label(years.first()) + " to "
            + AcademicYear.label(years.last()) + ".");
      }
      if (requestedYear != null && requestedYear <= requestedBaseline) {
        throw new TargetYearException("A target for " + AcademicYear.label(requestedYear) + " cannot be drafted from "
            + "results of " + AcademicYear.label(requestedBaseline) + ": the target year comes after the baseline.");
      }
      // As of the baseline: the years after it are not looked at.
      years = new TreeSet<>(years.headSet(requestedBaseline, true));
    }
    if (requestedYear == null) {
      int baseline = years.last();
      Framework framework = frameworkOf(settings, baseline);
      int target = baseline + settings.targets().yearsAhead();
      if (framework.coversYear(target)) {
        return new DraftPlan(target, baseline, framework, List.of());
      }
      if (framework.lastAssessmentYear() != null && framework.lastAssessmentYear() > baseline) {
        int last = framework.lastAssessmentYear();
        return new DraftPlan(last, baseline, framework, List.of(String.format(
            "%s is assessed under another framework than %s, so targets are drafted for %s, the last year of %s",
            AcademicYear.label(target), framework.code(), AcademicYear.label(last), framework.code())));
      }
      throw new TargetYearException(String.format("The latest results (%s) are the last under %s: a target for a "
          + "later year would span a framework change, which no target may.", AcademicYear.label(baseline),
          framework.code()));
    }
    Framework framework = settings.frameworkOf(requestedYear).orElseThrow(() -> new TargetYearException(
        "No framework in frameworks covers " + AcademicYear.label(requestedYear) + "."));
    Integer baseline = years.lower(requestedYear);
    if (baseline == null) {
      throw new TargetYearException("The history holds no LA results before " + AcademicYear.label(requestedYear)
          + " to draft from.");
    }
    Framework baselineFramework = frameworkOf(settings, baseline);
    if (!baselineFramework.code().equals(framework.code())) {
      throw new TargetYearException(String.format("%s is assessed under %s but the latest results before it (%s) are "
          + "under %s: a target never spans a framework change.", AcademicYear.label(requestedYear), framework.code(),
          AcademicYear.label(baseline), baselineFramework.code()));
    }
    return new DraftPlan(requestedYear, baseline, framework, List.of());
  }

  /**
   * A national ambition is an aim ahead of the results drafted from: one by the baseline year or
   * earlier would be taken as a flat benchmark the nation has already passed or missed.
   */
  void checkNationalAmbitions(TargetPolicy policy) {
    policy.nationalAmbition().forEach((measure, aim) -> {
      if (aim.byYear() <= baselineYear) {
        throw new InvalidSettingsException(String.format("targets.national_ambition.%s is for %s, which is not after "
            + "the baseline %s: a national ambition is an aim for a later year.", measure,
            AcademicYear.label(aim.byYear()), AcademicYear.label(baselineYear)));
      }
    });
  }

  private static Framework frameworkOf(Settings settings, int year) {
    return settings.frameworkOf(year).orElseThrow(() -> new IllegalStateException(
        "the history holds " + AcademicYear.label(year) + ", which no framework covers"));
  }
}
