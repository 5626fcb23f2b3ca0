/**
 * Where a child's rows meet: copies judged, census, deprivation and LA enrichment, the pseudonym,
 * and the child-level table.
 *
 * <p>May import: eyfsp.quality and what it may (LayeringTest).
 */
package eyfsp.enrich;
