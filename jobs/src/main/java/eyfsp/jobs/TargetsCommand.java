package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.io.OutputFailedException;
import eyfsp.store.NegotiationRecordFile;
import eyfsp.targets.DraftTables;
import eyfsp.targets.DraftTarget;
import eyfsp.targets.NegotiationRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./eyfsp targets}: draft targets with their reasoning, the neighbours, and the negotiation so far. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = "Draft GLD and gap targets from the stored history; write targets, neighbours and negotiation.")
final class TargetsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DraftsFolderOptions options;

  @Option(names = "--record-drafts",
      description = "Append each draft that differs from the last one recorded to the negotiation record.")
  boolean recordDrafts;

  @Override
  public Integer call() {
    DraftsFolder drafts = DraftsFolder.compute(options);
    NegotiationRecord record = drafts.record;
    int recorded = 0;
    if (recordDrafts) {
      List<NegotiationRecord.Entry> added = DraftTables.newDrafts(drafts.result, record, LocalDate.now(), drafts.las);
      try {
        NegotiationRecordFile.append(options.negotiationRecord(), added);
      } catch (IOException e) {
        throw new OutputFailedException("The negotiation record " + options.negotiationRecord()
            + " could not be written: " + e.getMessage() + "; it is untouched.", e);
      }
      recorded = added.size();
      record = NegotiationRecordFile.read(options.negotiationRecord(), java.util.Set.copyOf(drafts.settings.targets().measures()));
    }
    drafts.write(DraftTables.targets(drafts.result, drafts.settings.targets(), record, drafts.las));
    drafts.write(DraftTables.neighbours(drafts.result, drafts.las));
    drafts.write(DraftTables.negotiation(drafts.result, record, drafts.las));
    List<DraftTarget> targets = drafts.result.targets().stream()
        .filter(t -> drafts.las.isEmpty() || drafts.las.contains(t.place().laCode())).toList();
    Map<String, Object> byMeasure = new LinkedHashMap<>();
    for (String measure : drafts.settings.targets().measures()) {
      byMeasure.put(measure, MeasureSummary.of(targets, measure).asMap());
    }
    drafts.manifest("targets", Map.of("targets", byMeasure, "negotiation_record",
        options.negotiationRecord().toString(), "drafts_recorded", recorded));

    PrintWriter out = spec.commandLine().getOut();
    drafts.header(out, "targets", "drafts for " + AcademicYear.label(drafts.result.plan().targetYear())
        + " from results to " + AcademicYear.label(drafts.result.plan().baselineYear()));
    out.printf("  neighbours    %s%n", drafts.result.neighbours().method());
    for (String measure : drafts.settings.targets().measures()) {
      out.printf("  %-13s %s%n", measure, MeasureSummary.of(targets, measure).sentence());
    }
    if (recordDrafts) {
      out.printf("  recorded      %d new draft%s in %s%n", recorded, recorded == 1 ? "" : "s", options.negotiationRecord());
    }
    out.printf("  outputs       %s (%s)%n", options.output, drafts.writtenList());
    out.flush();
    return ExitStatus.OK;
  }

  /** The national picture of one measure's drafts: how many, by which rule, and how far from the projections. */
  record MeasureSummary(int drafted, Map<String, Integer> byRule, List<Double> overProjection,
      List<Double> overBaseline, String notPossible) {

    static MeasureSummary of(List<DraftTarget> targets, String measure) {
      Map<String, Integer> byRule = new TreeMap<>();
      List<Double> overProjection = new ArrayList<>();
      List<Double> overBaseline = new ArrayList<>();
      String notPossible = null;
      int drafted = 0;
      for (DraftTarget t : targets) {
        if (!t.measure().equals(measure)) {
          continue;
        }
        byRule.merge(t.rule(), 1, Integer::sum);
        if (t.drafted()) {
          drafted++;
          overProjection.add(t.draft() - t.projection());
          overBaseline.add(t.draft() - t.baseline());
        } else if (notPossible == null) {
          notPossible = t.reasoning();
        }
      }
      return new MeasureSummary(drafted, byRule, overProjection.stream().sorted().toList(),
          overBaseline.stream().sorted().toList(), notPossible);
    }

    String sentence() {
      StringBuilder s = new StringBuilder();
      s.append(drafted).append(" drafted ").append(byRule.toString().replace("=", " "));
      if (drafted > 0) {
        s.append(String.format(Locale.ROOT, "; draft - projection: median %+.2f (min %+.2f, max %+.2f);"
                + " draft - latest: median %+.2f", median(overProjection), overProjection.get(0),
            overProjection.get(drafted - 1), median(overBaseline)));
      }
      if (notPossible != null) {
        s.append("; not possible: ").append(notPossible);
      }
      return s.toString();
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("drafted", drafted);
      m.put("by_rule", byRule);
      if (drafted > 0) {
        m.put("draft_minus_projection", Map.of("min", overProjection.get(0), "median", median(overProjection),
            "max", overProjection.get(drafted - 1)));
        m.put("draft_minus_latest_median", median(overBaseline));
      }
      if (notPossible != null) {
        m.put("not_possible", notPossible);
      }
      return m;
    }

    private static double median(List<Double> sorted) {
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
  }
}
