package eyfsp.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.OutputLock;
import eyfsp.io.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./eyfsp report}: draws the report of the output already published again (new drafts, a
 * new version of eyfsp), without computing anything. Under the output's lock it builds a new run
 * folder holding the published run's files (hard links where the file system allows, else
 * copies) and the new report/, and publishes it by the same atomic swap as a run: a reader sees
 * the old output or the new one, never a half-drawn report.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Draw the negotiation pack (report/: index.html and a page per LA) of a published output again.")
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "out",
      description = "The published output to draw the report of (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--drafts", paramLabel = "DIR",
      description = "Draw from the drafts ./eyfsp trajectories and targets wrote here (an adviser's what-ifs) instead "
          + "of the run's own.")
  Path drafts;

  @Option(names = "--conf", paramLabel = "FILE", description = "Settings over the defaults (default: conf/eyfsp.yaml).")
  Path conf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Path settingsFile = CommandLines.settingsFile(conf);
    Settings settings = settingsFile == null ? SettingsFile.defaults() : SettingsFile.load(settingsFile);
    FileSource source = new FileSource(RunCommand.hadoopSettings());
    String runId = RunCommand.newRunId(Instant.now());
    Map<String, Long> pages;
    PublishedRun published;
    try (OutputLock lock = OutputLock.acquire(output)) {
      published = PublishedRun.at(source, output).orElseThrow(() -> new InputRefusedException("There is no "
          + "published output at " + output + " to draw a report of: ./eyfsp run makes one."));
      progress.stage("copy", "the published run's files beside " + output);
      try {
        OutputFolder folder = OutputFolder.stage(source, output, runId);
        try {
          folder.copyOf(published.folder(), List.of("report", "manifest.json"));
          progress.stage("report", ReportPages.describe(drafts));
          pages = drafts == null
              ? ReportPages.write(folder, source, RunDrafts.drafts(folder, source), RunDrafts.DRAFTS, settings,
                  published.text("run_id"), synthetic(published), progress)
              : ReportPages.write(folder, source, eyfsp.io.PublishedTables.drafts(drafts), ReportPages.named(drafts),
                  settings, published.text("run_id"), synthetic(published), progress);
          progress.stage("publish", output);
          progress.end();
          try (var manifest = folder.create("manifest.json")) {
            Outputs.JSON.writeValue(manifest, manifest(published.manifest(), pages, runId));
          }
          folder.publish();
        } catch (Exception e) {
          folder.abandon();
          throw e;
        }
      } catch (IOException | UncheckedIOException e) {
        throw new OutputFailedException("The report could not be written: " + e.getMessage()
            + "; the previous output is untouched.", e);
      }
    }
    out.printf(Locale.ROOT, "eyfsp report finished in %.1f s%n", progress.elapsed());
    out.printf(Locale.ROOT, "  drawn from         run %s (published/), %s%n", published.text("run_id"),
        ReportPages.describe(drafts).replaceFirst("^HTML pages from published/ ?", "").replaceFirst("^and ", "drafts "));
    out.printf(Locale.ROOT, "  pages              %s/%s and %,d LA pages in %s/%s%n", output, ReportPages.FOLDER
        + "index.html", pages.get(ReportPages.FOLDER + "la/"), output, ReportPages.FOLDER + "la/");
    out.flush();
    return ExitStatus.OK;
  }

  /** Whether the published run's input was synthetic, as its manifest says. */
  private static boolean synthetic(PublishedRun published) {
    return published.manifest().path("synthetic_input").asBoolean(false);
  }

  /** The published manifest, its report outputs replaced by the new ones, saying when and how the report was redrawn. */
  private ObjectNode manifest(JsonNode published, Map<String, Long> pages, String runId) {
    ObjectNode manifest = published.deepCopy();
    ArrayNode outputs = manifest.withArrayProperty("outputs");
    for (int i = outputs.size() - 1; i >= 0; i--) {
      if (outputs.get(i).path("path").asText("").startsWith(ReportPages.FOLDER)) {
        outputs.remove(i);
      }
    }
    pages.forEach((path, rows) -> outputs.addObject().put("path", path).put("rows", rows));
    ObjectNode report = manifest.putObject("report");
    report.put("drawn_by", "eyfsp report");
    report.put("drawn", Instant.now().toString());
    report.put("run_folder", runId);
    report.put("drafts", drafts == null ? "the run's own (" + RunDrafts.DRAFTS + ")" : drafts.toString());
    return manifest;
  }
}
