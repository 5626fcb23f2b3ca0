/**
 * The command line (Main, Picocli) and the Spark entry points: the run and its stages, sample,
 * history, trajectories, targets and report. Only here are sessions created, options parsed and
 * the file system touched for a command.
 *
 * <p>May import every package of the library (eyfsp-pipeline); nothing imports it.
 */
package eyfsp.jobs;
