package eyfsp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a run, built beside the real one and swapped in only when every output is
 * written and checked, so that a failed run leaves the previous output as it was.
 */
public final class OutputFolder {

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputFolder(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /** Starts a run's outputs in a hidden folder beside {@code output}. */
  public static OutputFolder stage(FileSource source, String output, String runId) {
    FileSystem fs = source.fileSystem(output);
    Path target = fs.makeQualified(new Path(output));
    Path staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + runId);
    try {
      if (!fs.mkdirs(staging)) {
        throw new IOException("cannot create " + staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OutputFolder(fs, target, staging);
  }

  /** Where a relative output goes while the run is building it (for Spark writers). */
  public String path(String relative) {
    return new Path(staging, relative).toString();
  }

  public String target() {
    return target.toString();
  }

  public OutputStream create(String relative) {
    try {
      return fs.create(new Path(staging, relative), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Swaps the new outputs in: the previous output moves aside, the new one takes its place. */
  public void publish() {
    try {
      Path previous = new Path(target.getParent(), "." + target.getName() + ".previous-" + staging.getName());
      boolean hadPrevious = fs.exists(target);
      if (hadPrevious && !fs.rename(target, previous)) {
        throw new IOException("cannot move the previous output " + target + " aside");
      }
      if (!fs.rename(staging, target)) {
        if (hadPrevious) {
          fs.rename(previous, target);
        }
        throw new IOException("cannot move the new output into " + target);
      }
      if (hadPrevious) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what a failed run built; the previous output is untouched. */
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Nothing to add to the failure being reported; the next run cleans up leftovers.
    }
  }
}
