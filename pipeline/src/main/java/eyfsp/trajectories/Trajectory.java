package eyfsp.trajectories;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.TrajectorySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place's results for one measure within one framework, the trend fitted to its latest
 * results, and projections from it. The observations never span a framework change, and neither
 * do the projections: they stop at the framework's last year.
 *
 * @param observed the results, oldest first
 * @param trend the fit over the window, or null when there are fewer than min_years results
 * @param window how many of the latest results the trend was fitted to (0 without a trend)
 */
public record Trajectory(Place place, String measure, String framework, List<Observation> observed, LinearTrend trend,
    int window, List<Projection> projections, List<String> notes) {

  /** A projected result: the trend's value (the latest result held, without a trend) and its interval. */
  public record Projection(int year, double value, Double lower, Double upper) {}

  /**
   * @param observed one place's results for one measure in one framework, any order, at least one
   * @param lastYear the last year to project to (the target year, at most the framework's last year)
   */
  public static Trajectory of(List<Observation> observed, TrajectorySettings settings, HistorySettings.Unit unit,
      int lastYear) {
    return of(observed, settings, unit, lastYear, null);
  }

  /**
   * @param cohort the place's cohort in the series' latest year, or null when the history has none
   *     (a trend is then fitted whatever the cohort)
   */
  public static Trajectory of(List<Observation> observed, TrajectorySettings settings, HistorySettings.Unit unit,
      int lastYear, Double cohort) {
    List<Observation> series = observed.stream()
        .sorted(java.util.Comparator.comparingInt(Observation::year)).toList();
    Observation latest = series.get(series.size() - 1);
    if (series.stream().anyMatch(o -> !o.framework().equals(latest.framework()))) {
      throw new IllegalArgumentException("a series never spans a framework change: " + latest.place().label() + " "
          + latest.measure() + " mixes " + series.stream().map(Observation::framework).distinct().toList());
    }
    List<String> notes = new ArrayList<>(boundaryNotes(series));
    List<Observation> window = series.subList(Math.max(0, series.size() - settings.windowYears()), series.size());
    LinearTrend trend = null;
    // A small cohort's results jump by whole children (one of 28 is 3.6 points): a line through
    // three of them is noise, and projected two years out it would set the draft (Isles of Scilly,
    // 28 children: +9.9 a year to 100%). Such a place's projection holds its latest result.
    boolean tooFewChildren = cohort != null && cohort < settings.minCohortForTrend();
    if (window.size() < settings.minYears()) {
      notes.add(String.format("%d result%s in %s, fewer than the %d a trend needs: the projection holds the latest result",
          series.size(), series.size() == 1 ? "" : "s", latest.framework(), settings.minYears()));
    } else if (tooFewChildren) {
      notes.add(String.format("a cohort of %s children in %s, fewer than the %d that "
          + "trajectories.min_cohort_for_trend asks of a trend: the projection holds the latest result",
          new java.math.BigDecimal(Double.toString(cohort)).stripTrailingZeros().toPlainString(),
          AcademicYear.label(latest.year()), settings.minCohortForTrend()));
    } else {
      trend = LinearTrend.fit(window.stream().map(Observation::year).toList(),
          window.stream().map(Observation::value).toList());
    }
    List<Projection> projections = new ArrayList<>();
    boolean clamped = false;
    for (int year = latest.year() + 1; year <= lastYear; year++) {
      if (trend == null) {
        projections.add(new Projection(year, latest.value(), null, null));
      } else {
        double value = trend.at(year);
        double half = trend.predictionHalfWidth(year, settings.predictionLevel());
        projections.add(new Projection(year, tidy(unit.clamp(value)), tidy(unit.clamp(value - half)),
            tidy(unit.clamp(value + half))));
        if (unit.clamp(value) != value && !clamped) {
          clamped = true;
          notes.add("the trend passes the measure's limit by " + AcademicYear.label(year) + ": projections held at "
              + (value > unit.highest() ? "its highest" : "its lowest"));
        }
      }
    }
    return new Trajectory(latest.place(), latest.measure(), latest.framework(), series, trend,
        trend == null ? 0 : window.size(), projections, List.copyOf(notes));
  }

  /**
   * A computed value to 9 decimals: far finer than any result, and it keeps floating-point dust
   * (2.189999999999999 for 2.19) out of the tables and out of the comparison of draft and projection.
   */
  public static double tidy(double value) {
    return eyfsp.measures.NearestByContext.tidy(value);
  }

  /** The same trajectory with one more note. */
  public Trajectory withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new Trajectory(place, measure, framework, observed, trend, window, projections, List.copyOf(more));
  }

  public Observation latest() {
    return observed.get(observed.size() - 1);
  }

  public Optional<Projection> projection(int year) {
    return projections.stream().filter(p -> p.year() == year).findFirst();
  }

  /** The ONS code or name of an LA may change under one DfE number; say so, as one series is kept. */
  private static List<String> boundaryNotes(List<Observation> series) {
    List<String> notes = new ArrayList<>();
    for (int i = 1; i < series.size(); i++) {
      Place before = series.get(i - 1).place();
      Place now = series.get(i).place();
      if (now.isLocalAuthority() && !Objects.equals(before.onsCode(), now.onsCode())) {
        notes.add("ONS code " + before.onsCode() + " became " + now.onsCode() + " in "
            + AcademicYear.label(series.get(i).year()) + " under the same DfE LA number: one series");
      }
    }
    return notes;
  }
}
