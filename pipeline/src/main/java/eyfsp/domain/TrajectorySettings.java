package eyfsp.domain;

/**
 * How a trajectory is drawn (conf {@code trajectories}): an ordinary least squares line over the
 * latest {@code windowYears} results within one framework (at least {@code minYears}), projected
 * {@code projectionYears} ahead with a two-sided prediction interval at {@code predictionLevel}.
 */
public record TrajectorySettings(int windowYears, int minYears, int projectionYears, double predictionLevel) {}
