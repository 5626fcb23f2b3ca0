package eyfsp.jobs;

import eyfsp.domain.Settings;
import eyfsp.io.CsvTable;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFolder;
import eyfsp.io.PublishedTables;
import eyfsp.reports.Report;
import eyfsp.reports.ReportInput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the report into a run's staging folder, as report/: from the published tables already in
 * that folder (read back cell for cell, so every figure shown is a published cell) and the drafts
 * found in the drafts folder. Published with everything else, or not at all.
 */
final class ReportPages {

  static final String FOLDER = "report/";

  private ReportPages() {}

  /**
   * Writes report/index.html and report/la/NNN.html; returns each output with the LAs it shows.
   *
   * @param drafts the drafts the pages show (the run's own, or an adviser's what-ifs), by name
   * @param draftsName where they are, as the pages name them
   * @param synthetic the run's input was synthetic: every page says so
   */
  static Map<String, Long> write(OutputFolder folder, FileSource source, Map<String, CsvTable> drafts,
      String draftsName, Settings settings, String runId, boolean synthetic, Progress progress) {
    // Read back in the pipeline's words (published/ speaks the data dictionary's: OpenDataNames).
    Map<String, CsvTable> published = eyfsp.publish.OpenDataNames.internal(PublishedTables.read(source,
        folder.path("published")));
    Report report = new Report(new ReportInput(published, drafts, settings, runId, draftsName,
        "eyfsp " + Manifest.version(), synthetic));
    List<String> las = report.localAuthorities();
    Map<String, Long> written = new LinkedHashMap<>();
    write(folder, FOLDER + Report.INDEX, report.index());
    written.put(FOLDER + Report.INDEX, (long) las.size());
    for (int i = 0; i < las.size(); i++) {
      progress.update(String.format("LA pages %d/%d", i + 1, las.size()));
      write(folder, FOLDER + Report.laPage(las.get(i)), report.localAuthority(las.get(i)));
    }
    written.put(FOLDER + "la/", (long) las.size());
    return written;
  }

  /** The sha256 of each draft the report reads (NAME.csv), of those in an adviser's drafts folder (none: no folder). */
  static Map<String, String> checksums(Path drafts) {
    Map<String, String> checksums = new java.util.TreeMap<>();
    if (drafts == null) {
      return checksums;
    }
    for (String name : PublishedTables.DRAFTS) {
      Path file = drafts.resolve(name + ".csv");
      if (java.nio.file.Files.isRegularFile(file)) {
        checksums.put(name + ".csv", FileSource.local().sha256(file.toString(), file.toString()));
      }
    }
    return checksums;
  }

  /** An adviser's drafts folder as the pages name it: by its own name, not its path on this machine. */
  static String named(Path drafts) {
    return drafts.getFileName() == null ? drafts.toString() : drafts.getFileName().toString();
  }

  /** What the report stage line says it is drawing from: the run's own drafts, or an adviser's folder. */
  static String describe(Path drafts) {
    if (drafts == null) {
      return "HTML pages from published/ and the run's drafts (" + RunDrafts.DRAFTS + ")";
    }
    List<String> found = PublishedTables.DRAFTS.stream()
        .filter(name -> java.nio.file.Files.isRegularFile(drafts.resolve(name + ".csv"))).toList();
    return "HTML pages from published/" + (found.isEmpty() ? " (no drafts in " + drafts + ")"
        : " and " + drafts + " (" + String.join(", ", found) + ")");
  }

  private static void write(OutputFolder folder, String relative, String html) {
    try (OutputStream out = folder.create(relative)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
