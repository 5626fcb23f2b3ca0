/**
 * Plumbing: the line-numbered CSV reader, headers and aliases, input discovery, settings files,
 * file access by path or URI, CSV and Parquet writing, small tidy CSV files written atomically, the
 * output folder, its lock and digests, the history file's place and lock, and a run's published
 * tables read back cell for cell. It knows no rule: what a row means is checked downstream.
 *
 * <p>May import: eyfsp.domain (LayeringTest).
 */
package eyfsp.io;
