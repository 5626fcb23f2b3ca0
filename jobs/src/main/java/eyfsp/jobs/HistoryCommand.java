package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Settings;
import eyfsp.io.HistoryFile;
import eyfsp.io.SettingsFile;
import eyfsp.store.HistorySources;
import eyfsp.store.HistoryStore;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./eyfsp history}: fills the history store from runs of the pipeline and from DfE's
 * published tables, and says what it holds.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Add a run's results or published tables to the history, and show what it holds.")
final class HistoryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  HistoryOptions store;

  @Option(names = "--add-run", paramLabel = "DIR",
      description = "Add the results of an ./eyfsp run output folder (internal/csv/attainment.csv, context.csv, gaps.csv).")
  List<Path> runs = List.of();

  @Option(names = "--add-published", paramLabel = "FILE",
      description = "Add a DfE table in the Explore Education Statistics layout, read as published.")
  List<Path> published = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = SettingsFile.load(store.settingsFile(), Map.of());
    Path history = store.history;
    List<HistorySources.Read> reads = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path run : runs) {
      reads.add(HistorySources.pipelineRun(run, settings));
      names.add("run " + run);
    }
    for (Path file : published) {
      reads.add(HistorySources.published(file, settings));
      names.add(file.getFileName().toString());
    }
    History stored;
    if (reads.isEmpty()) {
      stored = HistoryStore.read(history, settings);
    } else {
      List<Observation> incoming = reads.stream().flatMap(r -> r.observations().stream()).toList();
      History.Addition addition = HistoryStore.update(history, settings, h -> h.add(incoming));
      stored = addition.history();
      for (int i = 0; i < reads.size(); i++) {
        out.printf("  read          %s: %,d values; %s%n", names.get(i), reads.get(i).observations().size(),
            String.join("; ", reads.get(i).notes()));
      }
      out.printf(Locale.ROOT, "  added         %,d new, %,d replaced (same year, place, measure and kind of source), "
          + "%,d unchanged%n", addition.added(), addition.replaced(), addition.unchanged());
    }
    out.printf(Locale.ROOT, "eyfsp history: %s holds %,d values%n", HistoryFile.in(history), stored.observations().size());
    if (!stored.isEmpty()) {
      out.printf("  by source     %s%n", stored.countBy(Observation::sourceKind));
      out.printf("  by framework  %s%n", frameworks(stored));
      out.printf("  by measure    %s%n", stored.countBy(Observation::measure));
      out.printf("  LAs           %d DfE LA numbers (each its own series; retired numbers are never merged)%n",
          stored.observations().stream().filter(o -> o.place().isLocalAuthority()).map(o -> o.place().laCode())
              .distinct().count());
    }
    out.flush();
    return ExitStatus.OK;
  }

  /** Each framework's values and years: "elg17 2012/13 to 2018/19 (9,874 values)". */
  private static String frameworks(History history) {
    return history.observations().stream()
        .collect(Collectors.groupingBy(Observation::framework, java.util.TreeMap::new,
            Collectors.summarizingInt(Observation::year)))
        .entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %s to %s (%,d values)", e.getKey(),
            AcademicYear.label(e.getValue().getMin()), AcademicYear.label(e.getValue().getMax()), e.getValue().getCount()))
        .collect(Collectors.joining("; "));
  }
}
