/**
 * Read, then check: the row checks of every input (returns, census, flags, the LA lookup, the
 * deprivation index, the schools file), reject reasons and queries, duplicates, and the row
 * accounting that a run's rejects are held to.
 *
 * <p>May import: eyfsp.io and what it may (LayeringTest).
 */
package eyfsp.quality;
