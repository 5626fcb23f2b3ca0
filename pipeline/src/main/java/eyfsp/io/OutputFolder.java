package eyfsp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;

/**
 * The output folder of a run, built beside the published one and swapped in only when every output
 * is written and checked, so that a failed or killed run leaves the previous output complete.
 *
 * <p>On a local disk the output folder is a symbolic link to a complete run folder kept beside it
 * ({@code out -> .out.runs/<run>}); publishing renames a new link over the old one, a single
 * atomic step, so a reader always sees one whole run. A run killed at any moment leaves at most a
 * half-built folder, which the next run removes. The output may start as nothing or an empty
 * folder; a folder with files in it is never replaced. On other file systems (HDFS, S3) the new
 * folder replaces the old by two renames, as atomic as the file system's rename.
 */
public final class OutputFolder {

  private static final String STAGING = ".staging";

  private final FileSource source;
  private final String output;
  private final String runId;
  private final Path local;

  private OutputFolder(FileSource source, String output, String runId) {
    this.source = source;
    this.output = output;
    this.runId = runId;
    this.local = FileSource.localPath(output) == null ? null : FileSource.localPath(output).toAbsolutePath();
  }

  /** Starts a run's outputs in a folder beside {@code output}, clearing what dead runs left. */
  public static OutputFolder stage(FileSource source, String output, String runId) {
    OutputFolder folder = new OutputFolder(source, output, runId);
    try {
      if (folder.local != null) {
        folder.requireReplaceable();
        folder.clearLeftovers();
        Files.createDirectories(folder.staging());
      } else {
        org.apache.hadoop.fs.Path staging = folder.hiddenSibling(".staging-" + runId);
        if (!source.fileSystem(output).mkdirs(staging)) {
          throw new IOException("cannot create " + staging);
        }
      }
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
    return folder;
  }

  /** The folder of the run now published at {@code output}, if any (for reruns and slices). */
  public static Optional<String> published(FileSource source, String output) {
    Path local = FileSource.localPath(output);
    if (local != null) {
      return Files.isDirectory(local) ? Optional.of(local.toAbsolutePath().toString()) : Optional.empty();
    }
    try {
      return source.fileSystem(output).exists(new org.apache.hadoop.fs.Path(output)) ? Optional.of(output)
          : Optional.empty();
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }

  /** Where a relative output goes while the run is building it, as a URI Spark can write to. */
  public String path(String relative) {
    if (local != null) {
      return staging().resolve(relative).toUri().toString();
    }
    return new org.apache.hadoop.fs.Path(hiddenSibling(".staging-" + runId), relative).toString();
  }

  public String target() {
    return output;
  }

  public OutputStream create(String relative) {
    try {
      if (local != null) {
        Path file = staging().resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
      }
      return source.fileSystem(output).create(new org.apache.hadoop.fs.Path(path(relative)), false);
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }

  /**
   * Fills the staging folder with the files of a published run folder, but for the top-level
   * entries named in {@code except}: on a local disk as hard links (the published files are never
   * written again, so the two folders can share them), or copies where the file system has no
   * links; elsewhere as copies.
   */
  public void copyOf(String publishedFolder, List<String> except) {
    try {
      if (local != null) {
        Path from = FileSource.localPath(publishedFolder).toRealPath();
        try (Stream<Path> walk = Files.walk(from)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            Path relative = from.relativize(file);
            if (except.contains(relative.getName(0).toString())) {
              continue;
            }
            Path to = staging().resolve(relative.toString());
            Files.createDirectories(to.getParent());
            try {
              Files.createLink(to, file);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
              Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
          }
        }
      } else {
        FileSystem fs = source.fileSystem(output);
        org.apache.hadoop.fs.Path staging = hiddenSibling(".staging-" + runId);
        for (org.apache.hadoop.fs.FileStatus entry : fs.listStatus(new org.apache.hadoop.fs.Path(publishedFolder))) {
          if (!except.contains(entry.getPath().getName())) {
            org.apache.hadoop.fs.FileUtil.copy(fs, entry.getPath(), fs, new org.apache.hadoop.fs.Path(staging,
                entry.getPath().getName()), false, source.configuration());
          }
        }
      }
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }

  /** Swaps the new outputs in; the previous run's folder stays beside it until the next run. */
  public void publish() {
    try {
      if (local != null) {
        publishLocal();
      } else {
        publishByRenames();
      }
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }

  /** Removes what a failed run built; the published output is untouched. */
  public void abandon() {
    try {
      if (local != null) {
        deleteTree(staging());
        try (Stream<Path> left = Files.list(runs())) {
          if (left.findAny().isEmpty()) {
            Files.delete(runs());
          }
        }
      } else {
        source.fileSystem(output).delete(hiddenSibling(".staging-" + runId), true);
      }
    } catch (IOException | RuntimeException e) {
      // Nothing to add to the failure being reported; the next run clears leftovers.
    }
  }

  private Path runs() {
    return local.resolveSibling("." + local.getFileName() + ".runs");
  }

  private Path staging() {
    return runs().resolve(runId + STAGING);
  }

  private void publishLocal() throws IOException {
    Path complete = runs().resolve(runId);
    // The run published until now, read from the link rather than guessed from names: a run that died
    // between moving its folder into place and swapping the link left a complete folder, newer than
    // the published run, that was never published.
    String previous = Files.isSymbolicLink(local) ? Files.readSymbolicLink(local).getFileName().toString() : null;
    Files.move(staging(), complete, StandardCopyOption.ATOMIC_MOVE);
    TestPause.at("staged");
    if (Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS)) {
      // An empty folder made for the output (stage() saw it empty): a link cannot be renamed over a
      // folder, and it holds nothing to lose. Should anything have been put in it since, this fails.
      Files.delete(local);
    }
    Path link = local.resolveSibling("." + local.getFileName() + ".link-" + runId);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, local.getParent().relativize(complete));
    try {
      Files.move(link, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.delete(link);
      throw e;
    }
    TestPause.at("published");
    keepOnly(runId, previous);
  }

  /**
   * Refuses an output that is not ours to replace. A link (ours), nothing, or an empty folder can
   * become the link to this run; a folder holding anything cannot: a rename cannot put a link where
   * a folder is, so replacing it would mean moving it away, leaving no output for a moment, and a
   * later run would delete it as an old run. It may hold anyone's files, so it is left as it is.
   */
  private void requireReplaceable() throws IOException {
    if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(local)) {
      return;
    }
    if (!Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputFailedException("The output " + output + " is a file, not a folder; eyfsp leaves it as it is:"
          + " give --output a new or empty folder.", null);
    }
    try (Stream<Path> entries = Files.list(local)) {
      if (entries.findAny().isPresent()) {
        throw new OutputFailedException("The output " + output + " is a folder eyfsp did not publish (not a link to"
            + " one of its runs), and eyfsp never replaces one that holds files: move it aside, or give --output"
            + " a new or empty folder.", null);
      }
    }
  }

  /**
   * Deletes half-built folders and stray links of dead runs. Complete folders a dead run never
   * published, and runs older than the previous one, go when the next run publishes.
   */
  private void clearLeftovers() throws IOException {
    if (Files.isDirectory(runs())) {
      try (Stream<Path> entries = Files.list(runs())) {
        for (Path p : entries.filter(p -> p.getFileName().toString().endsWith(STAGING)).toList()) {
          deleteTree(p);
        }
      }
    }
    String linkPrefix = "." + local.getFileName() + ".link-";
    if (Files.isDirectory(local.getParent())) {
      try (Stream<Path> siblings = Files.list(local.getParent())) {
        for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(linkPrefix)).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Keeps the run just published and the one published before it, so that a reader of either is
   * never cut short; deletes every other run folder: older runs and what dead runs left. No other run
   * can be building beside them, as the caller holds the output's lock.
   */
  private void keepOnly(String current, String previous) throws IOException {
    try (Stream<Path> entries = Files.list(runs())) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (!name.equals(current) && !name.equals(previous)) {
          deleteTree(p);
        }
      }
    }
  }

  private void publishByRenames() throws IOException {
    FileSystem fs = source.fileSystem(output);
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
    org.apache.hadoop.fs.Path staging = hiddenSibling(".staging-" + runId);
    org.apache.hadoop.fs.Path previous = hiddenSibling(".previous-" + runId);
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
  }

  private org.apache.hadoop.fs.Path hiddenSibling(String suffix) {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
    return new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + suffix);
  }

  /** Deletes a folder and all it holds (links are removed, not followed). */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
