package eyfsp.jobs;

import eyfsp.io.CsvOutput;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.quality.FileAccount;
import eyfsp.domain.Reject;
import eyfsp.quality.TooManyRejectsException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When the input is refused for too many rejects, nothing is published, but the rejected rows are
 * what whoever fixes the file needs: they are kept in {@code <output>.refused/} (rejects/*.csv and
 * accounts.json) until the next run that publishes.
 */
final class Refused {

  private Refused() {}

  /**
   * Keeps the rejected rows and returns the refusal to report, its sentence saying where they are.
   * When they cannot be kept (a full disk) the refusal still stands, saying so: the input is what
   * stopped the run, and its sentence must not be lost to a second failure.
   */
  static TooManyRejectsException keep(String output, TooManyRejectsException e, String runId) {
    Path folder = folder(output);
    if (folder == null) {
      return e;
    }
    String where;
    try {
      write(folder, e, runId);
      where = " The rejected rows are in " + folder + ".";
    } catch (IOException | UncheckedIOException failed) {
      IOException io = failed instanceof UncheckedIOException u ? u.getCause() : (IOException) failed;
      where = " The rejected rows could not be kept in " + folder + " (" + OutputFailedException.inWords(io) + ").";
      try {
        // Half a folder would pass for the rejects of this refusal.
        OutputFolder.deleteTree(folder);
      } catch (IOException ignored) {
        // Its accounts.json, written last, is missing: it does not pass for a whole one.
      }
    }
    return new TooManyRejectsException(e.getMessage() + where, e.accounts(), e.rejects());
  }

  private static void write(Path folder, TooManyRejectsException e, String runId) throws IOException {
    OutputFolder.deleteTree(folder);
    Files.createDirectories(folder.resolve("rejects"));
    for (Map.Entry<String, List<Reject>> rejects : e.rejects().entrySet()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve("rejects/" + rejects.getKey() + ".csv"))) {
        CsvOutput.writeRejects(rejects.getValue(), out);
      }
    }
    Map<String, Object> accounts = new LinkedHashMap<>();
    accounts.put("run_id", runId);
    accounts.put("refused", e.getMessage());
    accounts.put("inputs", e.accounts().stream().map(Refused::account).toList());
    Outputs.JSON.writeValue(folder.resolve("accounts.json").toFile(), accounts);
  }

  /** Forgets the last refusal once a run has published. */
  static void clear(String output) {
    if (folder(output) == null) {
      return;
    }
    try {
      OutputFolder.deleteTree(folder(output));
    } catch (IOException e) {
      // A stale refusal folder misleads no one: its accounts.json names its run.
    }
  }

  private static Path folder(String output) {
    Path local = FileSource.localPath(output);
    return local == null ? null : local.toAbsolutePath().resolveSibling(local.getFileName() + ".refused");
  }

  private static Map<String, Object> account(FileAccount a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", a.file());
    m.put("rows_read", a.read());
    m.put("rows_accepted", a.accepted());
    m.put("rows_rejected", a.rejected());
    m.put("rejected_by_reason", new java.util.TreeMap<>(a.rejectedByReason()));
    return m;
  }
}
