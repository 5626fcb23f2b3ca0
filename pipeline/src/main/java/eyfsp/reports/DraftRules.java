package eyfsp.reports;

import eyfsp.io.CsvTable;
import java.util.List;
import java.util.Optional;

/**
 * Which of one LA's drafts may be shown, by {@link ShownResults}, for its page and for
 * published/: a target whose results are hidden is not; a benchmark is withheld unless every
 * result it is drawn from is shown; and a draft that closed a share of the distance to a withheld
 * benchmark is withheld with it (the benchmark could be worked back from the draft and the
 * projection). One place for the rule, so the page and the published drafts never disagree.
 */
final class DraftRules {

  private final ReportInput input;
  private final RowIndex index;
  private final ShownResults shown;
  private final String la;

  DraftRules(ReportInput input, RowIndex index, ShownResults shown, String laCode) {
    this.input = input;
    this.index = index;
    this.shown = shown;
    this.la = laCode;
  }

  /** The LA's target row of a measure, if the drafts have one. */
  Optional<List<String>> target(String measure) {
    CsvTable targets = input.drafts().get("targets");
    return targets == null ? Optional.empty()
        : index.of(targets, la).stream().filter(t -> targets.cell(t, "measure").equals(measure)).findFirst();
  }

  /** Why a target row does not belong to this output at all (another framework or baseline), or null. */
  String notOfThisOutput(CsvTable targets, List<String> t) {
    return shown.notOfThisOutput(la, targets.cell(t, "framework"), targets.cell(t, "baseline_time_period"));
  }

  /** Why a target row's results may not be shown (its baseline or an earlier result is hidden), or null. */
  String hidden(CsvTable targets, List<String> t) {
    return shown.notShown(la, targets.cell(t, "measure"), targets.cell(t, "framework"),
        targets.cell(t, "baseline_time_period"));
  }

  /** Why a target row's draft may not be shown, as a clause; null when it may. */
  String draftNotShown(CsvTable targets, List<String> t) {
    String why = hidden(targets, t);
    if (why != null) {
      return why;
    }
    String withheld = benchmarkWithheld(targets, t);
    return stepTowardsWithheld(targets, t, withheld)
        ? "drawn from " + targets.cell(t, "benchmark_used") + ", which is withheld as " + withheld : null;
  }

  /** Whether a draft is a step towards a benchmark withheld (as {@code withheld}), and so withheld with it. */
  static boolean stepTowardsWithheld(CsvTable targets, List<String> t, String withheld) {
    return withheld != null && targets.cell(t, "rule").equals("AMBITION_STEP");
  }

  /**
   * Why a target row's benchmark may not be shown, as a clause; null when it may (or there is none):
   * every result it is drawn from (each neighbour's in the baseline year, or England's up to it)
   * must be shown in the published tables.
   */
  String benchmarkWithheld(CsvTable targets, List<String> t) {
    String used = targets.cell(t, "benchmark_used");
    String measure = targets.cell(t, "measure");
    String framework = targets.cell(t, "framework");
    String baseline = targets.cell(t, "baseline_time_period");
    if (used.isEmpty()) {
      return null;
    }
    if (!used.startsWith("the neighbours")) {
      return shown.nationalNotShown(measure, framework, baseline);
    }
    CsvTable neighbours = input.drafts().get("neighbours");
    if (neighbours == null) {
      return "there is no list of the neighbours it is drawn from (" + input.draftsFolder() + "/neighbours.csv)";
    }
    // The neighbours whose results the benchmark was drawn from: those with a value in the baseline year.
    List<String> codes = index.of(neighbours, la).stream()
        .filter(r -> neighbours.cell(r, "measure").equals(measure) && neighbours.cell(r, "framework").equals(framework)
            && neighbours.cell(r, "time_period").equals(baseline) && !neighbours.cell(r, "neighbour_value").isEmpty()
            && !neighbours.cell(r, "neighbour_old_la_code").isEmpty())
        .map(r -> neighbours.cell(r, "neighbour_old_la_code")).toList();
    if (codes.isEmpty()) {
      return "the list of neighbours (" + input.draftsFolder() + "/neighbours.csv) does not name those it is drawn from";
    }
    return shown.benchmarkWithheld(codes, measure, baseline);
  }

  /** The benchmark as the page shows it: its name and value, or why it is withheld; "" when none was used. */
  String benchmarkText(CsvTable targets, List<String> t) {
    String used = targets.cell(t, "benchmark_used");
    if (used.isEmpty()) {
      return "";
    }
    String withheld = benchmarkWithheld(targets, t);
    return withheld != null ? used + ", withheld as " + withheld
        : used + ", " + Cells.rounded(targets.cell(t, benchmarkColumn(used)));
  }

  /** The column of targets.csv holding the benchmark named in benchmark_used. */
  static String benchmarkColumn(String used) {
    return used.startsWith("the neighbours") ? "neighbour_benchmark" : "national_benchmark";
  }

  /**
   * Why an LA's projection of a measure (its trajectory, projected from its latest observed year)
   * may not be shown, as a clause; null when it may.
   */
  String projectionNotShown(String measure, String framework, String baselinePeriod) {
    return la == null ? shown.nationalNotShown(measure, framework, baselinePeriod)
        : shown.notShown(la, measure, framework, baselinePeriod);
  }
}
