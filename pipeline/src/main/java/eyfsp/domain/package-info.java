/**
 * The profile as data: settings read from conf (frameworks, GLD and outcome rules, scales, census
 * code groups, suppression, history, trajectory, neighbour and target settings), academic years,
 * UPN check letters, birth dates, rejects, and the exceptions a run stops with.
 *
 * <p>Upstream of every other package; it imports none of them (LayeringTest).
 */
package eyfsp.domain;
