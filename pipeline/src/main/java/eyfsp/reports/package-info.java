/**
 * The negotiation pack: HTML pages (Mustache templates) and SVG charts drawn from the published
 * tables and drafts it is handed (it opens no file), and the drafts a run publishes under the
 * pages' rules.
 *
 * <p>May import: eyfsp.targets and eyfsp.publish, and what they may (LayeringTest).
 */
package eyfsp.reports;
