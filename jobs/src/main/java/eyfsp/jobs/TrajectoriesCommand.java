package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.targets.DraftTable;
import eyfsp.targets.DraftTables;
import eyfsp.trajectories.Trajectory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./eyfsp trajectories}: each series, its trend, projections with intervals, and milestones to its target. */
@Command(name = "trajectories", mixinStandardHelpOptions = true,
    description = "Fit trends to the stored history, project them with prediction intervals, and lay milestones to the targets.")
final class TrajectoriesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DraftsFolderOptions options;

  @Override
  public Integer call() {
    DraftsFolder drafts = DraftsFolder.compute(options);
    DraftTable table = DraftTables.trajectories(drafts.result, drafts.record, drafts.las);
    drafts.write(table);
    List<Trajectory> shown = drafts.result.trajectories().stream()
        .filter(t -> drafts.las.isEmpty() || (t.place().isLocalAuthority() && drafts.las.contains(t.place().laCode())))
        .toList();
    long trends = shown.stream().filter(t -> t.trend() != null).count();
    long projected = shown.stream().filter(t -> !t.projections().isEmpty()).count();
    int series = table.columns().indexOf("series");
    long milestones = table.rows().stream().filter(r -> "milestone".equals(r.get(series))).count();
    int projectedTo = shown.stream().flatMap(t -> t.projections().stream()).mapToInt(Trajectory.Projection::year)
        .max().orElse(drafts.result.plan().baselineYear());
    drafts.manifest("trajectories", Map.of("series", shown.size(), "trends", trends, "projected", projected));

    PrintWriter out = spec.commandLine().getOut();
    int from = shown.stream().mapToInt(t -> t.observed().get(0).year()).min().orElse(drafts.result.plan().baselineYear());
    drafts.header(out, "trajectories", "series from " + AcademicYear.label(from) + " to "
        + AcademicYear.label(drafts.result.plan().baselineYear()));
    out.printf("  series        %,d (places x measures); %,d with a trend over up to %d results, %,d too short for one%n",
        shown.size(), trends, drafts.settings.trajectories().windowYears(), shown.size() - trends);
    out.printf("  projections   %,d series projected to %s, with %s%% prediction intervals%n", projected,
        AcademicYear.label(projectedTo),
        eyfsp.io.CsvOutput.plain(100 * drafts.settings.trajectories().predictionLevel()));
    out.printf("  milestones    %,d rows towards the targets for %s%n", milestones,
        AcademicYear.label(drafts.result.plan().targetYear()));
    out.printf("  outputs       %s (%s)%n", options.output, drafts.writtenList());
    out.flush();
    return ExitStatus.OK;
  }
}
