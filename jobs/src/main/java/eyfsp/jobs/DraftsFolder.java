package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.CsvOutput;
import eyfsp.io.HistoryFile;
import eyfsp.io.OutputFailedException;
import eyfsp.io.ParquetRows;
import eyfsp.io.SettingsFile;
import eyfsp.io.TidyCsv;
import eyfsp.measures.Table;
import eyfsp.store.HistoryStore;
import eyfsp.store.NegotiationRecordFile;
import eyfsp.store.NeighbourListFile;
import eyfsp.targets.DraftPlan;
import eyfsp.targets.DraftTable;
import eyfsp.targets.Drafting;
import eyfsp.targets.NegotiationRecord;
import eyfsp.targets.TargetYearException;
import eyfsp.trajectories.History;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A drafts folder, as ./eyfsp trajectories and ./eyfsp targets make it (an adviser's what-ifs;
 * RunDrafts are those every run makes into its own output): the drafting computed from the stored
 * history (no Spark, no returns), and the writing of its tables into the folder, each file whole
 * or not at all, with a manifest of what was used.
 */
final class DraftsFolder {

  final DraftsFolderOptions options;
  final Settings settings;
  final History history;
  final Drafting.Result result;
  final NegotiationRecord record;
  final Set<String> las;
  private final long started = System.nanoTime();
  private final Map<String, Integer> written = new LinkedHashMap<>();

  private DraftsFolder(DraftsFolderOptions options, Settings settings, History history, Drafting.Result result,
      NegotiationRecord record, Set<String> las) {
    this.options = options;
    this.settings = settings;
    this.history = history;
    this.result = result;
    this.record = record;
    this.las = las;
  }

  static DraftsFolder compute(DraftsFolderOptions options) {
    Set<String> las = options.las();
    Integer targetYear = options.targetYear();
    Settings settings = options.settings();
    History history = HistoryStore.read(options.store.history, settings);
    if (history.isEmpty()) {
      throw new InputRefusedException("The history " + HistoryFile.in(options.store.history) + " holds no values yet: "
          + "fill it with ./eyfsp history --add-run DIR or --add-published FILE.");
    }
    Map<String, List<String>> neighbourList = options.neighboursFile == null ? null
        : NeighbourListFile.read(options.neighboursFile);
    Integer baselineYear = options.baselineYear();
    Drafting.Result result;
    try {
      options.checkNationalAmbitions(DraftPlan.of(history, settings, targetYear, baselineYear).baselineYear());
      result = Drafting.draft(history, settings, new Drafting.Request(targetYear, baselineYear, neighbourList,
          options.neighboursFile == null ? null : options.neighboursFile.getFileName().toString()));
    } catch (TargetYearException e) {
      throw new UsageException(e.getMessage());
    }
    Set<String> known = result.las().stream().map(eyfsp.trajectories.Place::laCode).collect(Collectors.toSet());
    for (String la : las) {
      if (!known.contains(la)) {
        throw new UsageException("--la " + la + " has no result in " + AcademicYear.label(result.plan().baselineYear())
            + " in the history.");
      }
    }
    NegotiationRecord record = NegotiationRecordFile.read(options.negotiationRecord(),
        Set.copyOf(settings.targets().measures()));
    return new DraftsFolder(options, settings, history, result, record, las);
  }

  /** Writes a table as output/NAME.csv and output/NAME.parquet, typed as a run's drafts are. */
  void write(DraftTable table) {
    List<List<String>> cells = new ArrayList<>(table.rows().size());
    for (List<Object> row : table.rows()) {
      cells.add(row.stream().map(CsvOutput::plain).toList());
    }
    file(table.name() + ".csv", cells.size(), out -> CsvOutput.write(table.columns(), cells, out));
    Table typed = table.typed();
    file(table.name() + ".parquet", cells.size(), out -> ParquetRows.writeTable(out, typed.schema(), typed.rows()));
  }

  /** The manifest: the command, history, years, LA list, neighbours, settings in force and outputs. */
  void manifest(String command, Map<String, Object> more) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eyfsp_version", Manifest.version());
    m.put("command", command);
    m.put("created", Instant.now().toString());
    m.put("history", Map.of("file", HistoryFile.in(options.store.history).toString(),
        "sha256", TidyCsv.sha256(HistoryFile.in(options.store.history)), "values", history.observations().size()));
    m.put("la", List.copyOf(las));
    m.put("overrides", options.overrides());
    DraftPlan plan = result.plan();
    m.put("target_time_period", AcademicYear.timePeriod(plan.targetYear()));
    m.put("baseline_time_period", AcademicYear.timePeriod(plan.baselineYear()));
    m.put("framework", plan.framework().code() + ": " + plan.framework().name());
    m.put("notes", plan.notes());
    m.put("la_list", result.laList());
    Map<String, Object> neighbours = new LinkedHashMap<>();
    neighbours.put("method", result.neighbours().method());
    neighbours.put("context_used", result.neighbours().used());
    neighbours.put("context_not_available", result.neighbours().unavailable());
    neighbours.put("without_neighbours", result.neighbours().without());
    m.put("neighbours", neighbours);
    m.put("baseline_sources", result.sourcesOfBaseline());
    m.putAll(more);
    Map<String, Object> inForce = new LinkedHashMap<>();
    var tree = SettingsFile.tree(settings);
    for (String section : List.of("trajectories", "neighbours", "targets")) {
      inForce.put(section, tree.get(section));
    }
    inForce.put("frameworks", tree.get("history").get("frameworks"));
    m.put("settings", inForce);
    m.put("outputs", new LinkedHashMap<>(written));
    file(command + ".manifest.json", 1, out -> {
      try {
        Outputs.JSON.writeValue(out, m);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  String writtenList() {
    return written.entrySet().stream()
        .map(e -> e.getKey() + (e.getKey().endsWith(".csv") || e.getKey().endsWith(".parquet") ? String.format(Locale.ROOT, " %,d rows", e.getValue()) : ""))
        .collect(Collectors.joining(", "));
  }

  /** The lines every summary opens with: the years, the LA list and notes. */
  void header(PrintWriter out, String command, String what) {
    DraftPlan plan = result.plan();
    out.printf(Locale.ROOT, "eyfsp %s: %s (framework %s), in %.1f s%n", command, what, plan.framework().code(),
        seconds());
    out.printf(Locale.ROOT, "  history       %s: %,d values %s%n", HistoryFile.in(options.store.history),
        history.observations().size(), history.countBy(o -> o.sourceKind()));
    out.printf("  LA list       %s%n", result.laList());
    plan.notes().forEach(n -> out.printf("  note          %s%n", n));
  }

  private void file(String name, int rows, java.util.function.Consumer<java.io.OutputStream> writer) {
    Path file = options.output.resolve(name);
    try {
      TidyCsv.writeAtomically(file, writer);
    } catch (IOException | UncheckedIOException e) {
      throw new OutputFailedException("The drafts could not be written to " + file + ": " + e.getMessage()
          + "; the file there before is untouched.", e);
    }
    written.put(name, rows);
  }
}
