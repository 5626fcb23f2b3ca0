package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import java.util.List;

/**
 * A draft target's reasoning as an LA page shows it: composed again from the figures the page
 * shows (rounded half up to 1 dp, the benchmark only where it may be shown), never the drafting's
 * own text, which is worked on the exact values of the LA and of its neighbours, suppressed or not.
 */
final class Reasoning {

  private Reasoning() {}

  /** Summers from one time period to another (201011 to 201213: 2). */
  private static int yearsBetween(String from, String to) {
    return from.matches("\\d{6}") && to.matches("\\d{6}") ? (Integer.parseInt(to) - Integer.parseInt(from)) / 101 : 0;
  }

  /**
   * @param benchmark the benchmark as the page shows it ("the neighbours' upper quartile, 71.1", or
   *     why it is withheld), or "" when the draft had none
   * @param draftShown whether the draft itself may be shown
   */
  static String of(CsvTable targets, List<String> t, Better better, String benchmark, boolean draftShown) {
    StringBuilder s = new StringBuilder();
    String projection = Cells.rounded(targets.cell(t, "projection_value"));
    String rule = targets.cell(t, "rule");
    s.append("Latest ").append(Cells.rounded(targets.cell(t, "baseline_value"))).append(" (")
        .append(Cells.year(targets.cell(t, "baseline_time_period"))).append("). ");
    String slope = targets.cell(t, "trend_slope");
    if (slope.isEmpty()) {
      s.append("No trend (too few results, or too few children, for one): the projection holds the latest result");
    } else {
      Double rounded = Cells.number(Cells.rounded(slope));
      // The projection is the fitted line's value, not the latest result moved on by the slope: say
      // where the line stands in the latest year, so that a projection below a result above the line reads right.
      Double projected = Cells.number(targets.cell(t, "projection_value"));
      int years = yearsBetween(targets.cell(t, "baseline_time_period"), targets.cell(t, "time_period"));
      s.append("The line fitted to the latest ").append(targets.cell(t, "trend_years")).append(" results ")
          .append(rounded != null && rounded < 0 ? "falls " : "rises ").append(Cells.rounded(Math.abs(
              Cells.number(slope)))).append(" a year");
      // A gap target stands on 0 where the trend would reverse the gap (projection_value is then 0).
      boolean reversed = rule.equals("GAP_CLOSED") && projected != null && projected == 0;
      if (reversed) {
        s.append(" and would reverse the gap by ").append(Cells.year(targets.cell(t, "time_period")));
      } else if (projected != null) {
        s.append("; it stands at ").append(Cells.rounded(projected - Cells.number(slope) * years)).append(" in ")
            .append(Cells.year(targets.cell(t, "baseline_time_period"))).append(" and reaches ").append(projection)
            .append(" in ").append(Cells.year(targets.cell(t, "time_period"))).append(", the projection");
      }
      if (!targets.cell(t, "projection_lower").isEmpty()) {
        s.append(" (95% interval ").append(Cells.rounded(targets.cell(t, "projection_lower"))).append(" to ")
            .append(Cells.rounded(targets.cell(t, "projection_upper"))).append(')');
      }
    }
    s.append(". ").append(benchmark.isEmpty() ? "No benchmark." : "Benchmark: " + benchmark + ".").append(' ');
    s.append(switch (rule) {
      case "PROJECTION" -> benchmark.isEmpty() ? "Without a benchmark, no ambition step: the draft is the projection."
          : "The benchmark is no more ambitious than the projection: the draft is the projection.";
      case "AMBITION_STEP" -> "The benchmark is more ambitious: the draft closes " + targets.cell(t, "ambition_share")
          + " of the distance from the projection to it.";
      case "BASELINE" -> "The draft is held at the latest result, as a draft never goes backwards.";
      case "YEARLY_CAP" -> "The draft is capped at " + targets.cell(t, "max_yearly_change") + " points a year from "
          + "the latest result.";
      case "PROJECTION_BEYOND_CAP" -> "The projection is beyond the limit of " + targets.cell(t, "max_yearly_change")
          + " points a year, and a draft is never less ambitious than its projection.";
      case "GAP_CLOSED" -> "A gap target narrows a gap and never reverses it: the draft is 0.";
      default -> "The draft is " + Page.rule(rule) + ".";
    });
    if (draftShown) {
      s.append(" Draft ").append(Cells.rounded(targets.cell(t, "draft_value"))).append(", rounded ")
          .append(better == Better.LOWER ? "down" : "up").append(" to 1 dp.");
    } else {
      s.append(" The draft is not shown: it is drawn from the benchmark, which is withheld.");
    }
    return s.toString();
  }
}
