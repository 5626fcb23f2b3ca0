/**
 * Keep: the files the drafting keeps and reads between runs, and what their rows mean. The history
 * store (history.csv) and the sources it is filled from (DfE's published tables, a run's output),
 * the negotiation record, and supplied lists of statistical neighbours.
 *
 * <p>May import: eyfsp.targets and what it may (LayeringTest).
 */
package eyfsp.store;
