package eyfsp.reports;

import eyfsp.io.CsvTable;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import eyfsp.reports.Views.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * "Draft targets": each target measure's latest result, projection, benchmark, draft, the LA's
 * proposal and the agreed figure, in a table of figures; then each draft's reasoning as a
 * paragraph, written again from the figures the page shows, and how the rule decided it in words.
 */
final class TargetsSection {

  private final Page page;

  TargetsSection(Page page) {
    this.page = page;
  }

  Section section() {
    CsvTable targets = page.input.drafts().get("targets");
    String title = "Draft targets";
    if (targets == null) {
      return Section.unavailable("draft-targets", title, "Not available: this output has no draft targets (a run "
          + "drafts them from its history of results).");
    }
    List<Row> rows = new ArrayList<>();
    List<Term> reasons = new ArrayList<>();
    String year = null;
    String notOurs = null;
    for (List<String> t : page.index.of(targets, page.la)) {
      String measure = targets.cell(t, "measure");
      String label = Page.shortLabel(page.label(measure));
      String other = page.rules.notOfThisOutput(targets, t);
      if (other != null) {
        // Drafts of another framework or baseline year: nothing of them belongs on this page.
        notOurs = other;
        continue;
      }
      year = Cells.year(targets.cell(t, "time_period"));
      boolean drafted = !targets.cell(t, "draft_value").isEmpty();
      String hidden = drafted ? page.rules.hidden(targets, t) : null;
      if (hidden != null) {
        rows.add(Row.of(label, "c", "c", "", "c", "", "", "not shown"));
        reasons.add(new Term(label, "Not shown: " + hidden + ", which it would let be worked back."));
        continue;
      }
      if (!drafted) {
        rows.add(Row.of(label, "", "", "", "", "", "", Page.rule(targets.cell(t, "rule"))));
        reasons.add(new Term(label, page.words(targets.cell(t, "reasoning"))));
        continue;
      }
      String projection = targets.cell(t, "projection_value").isEmpty() ? ""
          : Cells.rounded(targets.cell(t, "projection_value")) + (targets.cell(t, "projection_lower").isEmpty() ? ""
              : " (" + Cells.rounded(targets.cell(t, "projection_lower")) + " to "
                  + Cells.rounded(targets.cell(t, "projection_upper")) + ")");
      // The benchmark only where every result it is drawn from is shown; the draft too where it is drawn from it.
      String withheld = page.rules.benchmarkWithheld(targets, t);
      String benchmark = page.rules.benchmarkText(targets, t);
      boolean draftShown = !DraftRules.stepTowardsWithheld(targets, t, withheld);
      String used = targets.cell(t, "benchmark_used");
      String benchmarkFigure = used.isEmpty() ? "" : withheld != null ? "withheld"
          : Cells.rounded(targets.cell(t, DraftRules.benchmarkColumn(used)));
      rows.add(Row.of(label, Cells.rounded(targets.cell(t, "baseline_value")), projection, benchmarkFigure,
          draftShown ? Cells.rounded(targets.cell(t, "draft_value")) : "not shown",
          Cells.rounded(targets.cell(t, "proposed_value")), Cells.rounded(targets.cell(t, "agreed_value")),
          Page.rule(targets.cell(t, "rule"))));
      reasons.add(new Term(label, Reasoning.of(targets, t, page.better(measure), benchmark, draftShown)));
    }
    if (rows.isEmpty() && notOurs != null) {
      return Section.unavailable("draft-targets", title, "Not shown: the drafts for this LA are " + notOurs + ".");
    }
    if (rows.isEmpty()) {
      return Section.unavailable("draft-targets", title, "Not available: the drafts have no target for this LA "
          + "(targets are drafted for the LAs with a result in the baseline year).");
    }
    String latest = targets.rows().isEmpty() ? "" : Cells.year(targets.cell(page.index.of(targets, page.la).get(0),
        "baseline_time_period"));
    DataTable table = new DataTable("Draft targets for " + year + " (source: " + page.input.draftsFolder()
        + "/targets.csv; drafts, not published figures)", List.of("Measure", "Latest (" + latest + ")",
            "Projection (95% interval)", "Benchmark", "Draft", "Proposed", "Agreed", "How the draft was set"), rows,
        false);
    return new Section("draft-targets", title, "What the adviser brings to the negotiation: a draft for each target "
        + "measure two summers on, set by the target rule (start from the projection; close a quarter of the distance "
        + "to a more ambitious benchmark; never behind the latest result; no more than the yearly limit from it), "
        + "with the LA's proposal and the agreed figure once recorded. Figures to 1 decimal place; c: not shown, as "
        + "it would reveal a suppressed result.", true, null, List.of(), List.of(table), List.of(), reasons);
  }
}
