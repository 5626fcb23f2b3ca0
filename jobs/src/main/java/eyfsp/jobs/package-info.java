/**
 * The command line (Main, Picocli) and the Spark entry points: the run and its stages, sample,
 * history, trajectories, targets and report. Only here are Spark sessions started and options
 * parsed; the library opens the files a command names.
 *
 * <p>May import every package of the library (eyfsp-pipeline); nothing imports it.
 */
package eyfsp.jobs;
