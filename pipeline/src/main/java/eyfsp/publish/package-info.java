/**
 * Disclosure control of a run's tables: primary and secondary suppression over the sums between
 * published counts, rounding, and Explore Education Statistics metadata. One direction only:
 * Publication, DisclosureControl, Relations, Suppression.
 *
 * <p>May import: eyfsp.measures, eyfsp.audit and what they may (LayeringTest).
 */
package eyfsp.publish;
