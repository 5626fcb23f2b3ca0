package eyfsp.domain;

/**
 * How a trajectory is drawn (conf {@code trajectories}): an ordinary least squares line over the
 * latest {@code windowYears} results within one framework (at least {@code minYears}), projected
 * {@code projectionYears} ahead with a two-sided prediction interval at {@code predictionLevel}.
 * A place whose cohort in its latest year is under {@code minCohortForTrend} children gets no
 * trend: its projection holds the latest result.
 */
public record TrajectorySettings(int windowYears, int minYears, int minCohortForTrend, int projectionYears,
    double predictionLevel) {}
