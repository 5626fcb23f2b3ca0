package eyfsp.jobs;

import eyfsp.io.CsvOutput;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFolder;
import eyfsp.quality.FileAccount;
import eyfsp.quality.Reject;
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

  /** Where the rejects were kept, or null when the output is not on a local disk. */
  static Path write(String output, TooManyRejectsException e, String runId) {
    Path folder = folder(output);
    if (folder == null) {
      return null;
    }
    try {
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
      return folder;
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
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
