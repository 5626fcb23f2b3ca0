/**
 * Disclosure control of a run's tables: primary and secondary suppression over the sums between
 * published counts, rounding, and Explore Education Statistics metadata. One direction only:
 * Publication, DisclosureControl, Relations (with SettingRelations and ContextRelations),
 * Suppression (its cells by id in CountCells, its elimination engine in LinkedGroups).
 *
 * <p>May import: eyfsp.measures, eyfsp.audit and what they may (LayeringTest).
 */
package eyfsp.publish;
