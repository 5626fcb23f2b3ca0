/**
 * Project: the history of results by year, place and measure, least-squares trends and projections
 * with prediction intervals, in plain Java.
 *
 * <p>May import: eyfsp.measures and what it may (LayeringTest).
 */
package eyfsp.trajectories;
