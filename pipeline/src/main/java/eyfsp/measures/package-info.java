/**
 * Measure: exact cohort statistics from histograms of totals, and the tables of a run (attainment,
 * context, characteristics, gaps, schools, scales, the lowest-20% profile, near the threshold, data
 * quality) with their geography. A measure never opens a file.
 *
 * <p>May import: eyfsp.enrich and what it may (LayeringTest).
 */
package eyfsp.measures;
