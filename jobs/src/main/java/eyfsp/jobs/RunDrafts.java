package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Settings;
import eyfsp.io.CsvOutput;
import eyfsp.io.CsvTable;
import eyfsp.io.FileSource;
import eyfsp.io.HistoryFile;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.PublishedTables;
import eyfsp.io.TidyCsv;
import eyfsp.measures.Table;
import eyfsp.publish.Metadata;
import eyfsp.reports.PublishedDrafts;
import eyfsp.reports.ReportInput;
import eyfsp.store.HistorySources;
import eyfsp.store.HistoryStore;
import eyfsp.store.NegotiationRecordFile;
import eyfsp.targets.DraftPlan;
import eyfsp.targets.DraftTables;
import eyfsp.targets.Drafting;
import eyfsp.targets.NegotiationRecord;
import eyfsp.targets.TargetYearException;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts in every run: the run's own results added to a history (the published output's, or the
 * folder --history names, which may hold earlier years and DfE's published tables), projected,
 * neighbours found and targets drafted, as internal tables written with the run's others. The
 * history the run leaves is written into its output, and into the --history folder only once the
 * output is published: a failed run changes neither.
 */
final class RunDrafts {

  /** Where a run keeps the history its drafts were drawn from. */
  static final String HISTORY = "history/" + HistoryFile.NAME;
  /** What the history names a run's own values by: RUN_SOURCE/attainment.csv, with the table's sha256 beside it. */
  static final String RUN_SOURCE = "eyfsp run";
  /** Where the run's own drafts are, in its output (the report reads them there). */
  static final String DRAFTS = "internal/csv";

  /**
   * What a run drafted.
   *
   * @param history the history the drafts were drawn from, this run's results in it
   * @param runValues this run's results, as the history holds them
   * @param tables the drafts (trajectories, targets, neighbours, negotiation): internal tables
   * @param summary what was drafted, or why nothing was, for the log
   */
  record Drafted(History history, List<Observation> runValues, List<Table> tables, String summary) {}

  private RunDrafts() {}

  /** The history a run adds its results to: the --history folder's, else the published output's, else none. */
  static History earlier(FileSource source, Path historyFolder, Optional<PublishedRun> published, Settings settings) {
    if (historyFolder != null) {
      return HistoryStore.read(historyFolder, settings);
    }
    if (published.isEmpty()) {
      return History.empty();
    }
    String file = published.get().folder() + "/" + HISTORY;
    try {
      if (!source.fileSystem(file).exists(new org.apache.hadoop.fs.Path(file))) {
        return History.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (var in = source.open(file, HISTORY)) {
      return HistoryStore.parse(TidyCsv.read(HISTORY, in), settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The run's tables added to the history, and the drafts drawn from it (none when no target year can be had).
   *
   * @param runName what the history names the run's values by (source RUN_NAME/attainment.csv)
   */
  static Drafted draft(List<Table> tables, Settings settings, String runName, History earlier, Path negotiation) {
    Map<String, HistorySources.RunTable> runTables = new LinkedHashMap<>();
    for (Table table : tables) {
      if (HistorySources.RUN_TABLES.contains(table.name())) {
        byte[] csv = csv(table);
        runTables.put(table.name(), new HistorySources.RunTable(TidyCsv.read(table.name() + ".csv",
            new ByteArrayInputStream(csv)), sha256(csv)));
      }
    }
    List<Observation> values = HistorySources.pipelineTables(runName, null, "this run", runTables, settings)
        .observations();
    History history = earlier.add(values).history();
    NegotiationRecord record = negotiation == null
        ? NegotiationRecord.empty("no negotiation record")
        : NegotiationRecordFile.read(negotiation, Set.copyOf(settings.targets().measures()));
    Drafting.Result result;
    try {
      result = Drafting.draft(history, settings, Drafting.Request.defaults());
    } catch (TargetYearException e) {
      return new Drafted(history, values, List.of(), "no drafts: " + e.getMessage());
    }
    List<Table> drafts = List.of(
        DraftTables.trajectories(result, record, Set.of()).typed(),
        DraftTables.targets(result, settings.targets(), record, Set.of()).typed(),
        DraftTables.neighbours(result, Set.of()).typed(),
        DraftTables.negotiation(result, record, Set.of()).typed());
    DraftPlan plan = result.plan();
    return new Drafted(history, values, drafts, String.format("targets for %s from results to %s (%s), %d LAs; "
            + "history of %,d values", AcademicYear.label(plan.targetYear()), AcademicYear.label(plan.baselineYear()),
        plan.framework().code(), result.las().size(), history.observations().size()));
  }

  /**
   * Writes the history into the run's output, and the drafts that may be published into published/
   * (after the tables, whose published cells decide it). Returns each output with its rows.
   */
  static Map<String, Long> write(Drafted drafted, OutputFolder folder, FileSource source, Settings settings,
      String runId) {
    Map<String, Long> written = new LinkedHashMap<>();
    file(folder, HISTORY, out -> HistoryStore.write(drafted.history(), out));
    written.put(HISTORY, (long) drafted.history().observations().size());
    Map<String, CsvTable> drafts = drafts(folder, source);
    if (drafts.isEmpty()) {
      return written;
    }
    Map<String, CsvTable> published = eyfsp.publish.OpenDataNames.internal(PublishedTables.read(source,
        folder.path("published")));
    ReportInput input = new ReportInput(published, drafts, settings, runId, DRAFTS,
        "eyfsp " + Manifest.version());
    for (PublishedDrafts.Table table : new PublishedDrafts(input).tables()) {
      file(folder, "published/" + table.name() + ".csv", out -> CsvOutput.write(table.columns(), table.cells(), out));
      file(folder, "published/" + table.name() + ".meta.csv", out -> CsvOutput.write(Metadata.COLUMNS,
          table.metadata(), out));
      written.put("published/" + table.name() + ".csv", (long) table.cells().size());
      written.put("published/" + table.name() + ".meta.csv", (long) table.metadata().size());
    }
    return written;
  }

  /** The run's own drafts, as written to its internal/csv (none when it drafted nothing). */
  static Map<String, CsvTable> drafts(OutputFolder folder, FileSource source) {
    return PublishedTables.named(source, folder.path(DRAFTS), PublishedTables.DRAFTS, DRAFTS);
  }

  /** Adds the run's results to the --history folder, once its output is published. */
  static void updateHistory(Path historyFolder, Drafted drafted, Settings settings) {
    try {
      HistoryStore.update(historyFolder, settings, h -> h.add(drafted.runValues()));
    } catch (UncheckedIOException e) {
      throw new OutputFailedException("The output was published, but the history in " + historyFolder
          + " could not be updated: " + e.getCause().getMessage() + "; it is as it was before the run.", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] csv(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput.writeTable(table.columns(), table.rows(), bytes);
    return bytes.toByteArray();
  }

  private static void file(OutputFolder folder, String relative, java.util.function.Consumer<OutputStream> writer) {
    try (OutputStream out = folder.create(relative)) {
      writer.accept(out);
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }
}
