/**
 * The synthetic input generator: EYFSP returns and School Census extracts consistent with them, the
 * deprivation index and the LA lookup, for made-up children in schools and PVI settings, each year
 * under its own framework's results, with planted bad rows. Beside the line: it writes what the
 * line reads.
 *
 * <p>May import: eyfsp.io and what it may (LayeringTest).
 */
package eyfsp.synthetic;
