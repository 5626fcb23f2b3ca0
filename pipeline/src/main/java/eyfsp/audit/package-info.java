/**
 * The outside attacker's audit of published/: every suppressed count a whole variable of at least 0,
 * tied by the sums, the identities between topics and tables and the documented rules, and bounded
 * by linear programming (ojAlgo). Reads only what an outsider has: the published CSVs, their
 * metadata and conf. Model, Sums (with Identities) and Bounds (with PointTotals) build the
 * problem; FeasibleIntervals solves it; Audit says which cells are exposed, solving a large group
 * in parts (LargeGroups).
 *
 * <p>May import: eyfsp.io and what it may (LayeringTest).
 */
package eyfsp.audit;
