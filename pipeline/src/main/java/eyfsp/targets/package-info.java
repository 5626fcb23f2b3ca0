/**
 * Target: from a history to draft targets for one year. The plan (target and baseline years and
 * their framework), statistical neighbours, each LA's standing among them, the benchmarks and the
 * target rule, the drafting itself, its tidy tables, and the negotiation record's versions.
 *
 * <p>May import: eyfsp.trajectories and what it may (LayeringTest).
 */
package eyfsp.targets;
