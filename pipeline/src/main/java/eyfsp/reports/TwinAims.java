package eyfsp.reports;

import eyfsp.io.CsvTable;
import eyfsp.reports.Views.Cell;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The twin aims on the trend section (the statutory guidance: narrow the gap without holding back
 * the rest), from {@code inequality_gap_change}: the LA's latest change in the inequality gap, split
 * into the median's part and the lowest 20%'s, in a sentence of published cells with England's
 * beside it; and its latest few changes in a table folded beneath. A sentence rather than a chart
 * or an open table: the LA page prints on four A4 pages, and it had little room left.
 */
final class TwinAims {

  static final String TABLE = "inequality_gap_change";
  /** The latest changes in the table: a target is negotiated on the last few years, and the CSV holds the rest. */
  static final int SHOWN = 3;
  private static final String WHAT = "How the gap changed (the twin aims)";
  private static final String NARROWED_WHILE_MEDIAN_FELL = "narrowed_while_median_fell";

  private final Page page;

  TwinAims(Page page) {
    this.page = page;
  }

  /** The sentence and table as a figure; empty with a note saying why when there is no change to show. */
  Optional<Figure> figure(List<String> notes) {
    CsvTable changes = page.input.published().get(TABLE);
    if (changes == null) {
      notes.add(WHAT + ": " + Page.notInOutput(TABLE));
      return Optional.empty();
    }
    // Changes are within a framework; those under the latest year's are the ones a target is set in.
    String framework = page.frameworkCode(page.latest);
    List<List<String>> all = page.index.of(changes, page.la).stream()
        .filter(r -> changes.cell(r, "framework").equals(framework))
        .sorted(Comparator.comparing(r -> changes.cell(r, "time_period"))).toList();
    if (all.isEmpty()) {
      notes.add(WHAT + ": none to show for " + page.name + " under the framework of " + Cells.year(page.latest)
          + " (a change needs two of its years; published/" + TABLE + ".csv).");
      return Optional.empty();
    }
    List<List<String>> shown = all.subList(Math.max(0, all.size() - SHOWN), all.size());
    List<String> latest = shown.get(shown.size() - 1);
    String last = changes.cell(latest, "time_period");
    Optional<List<String>> england = Cells.in(changes, page.index.national(changes), last)
        .filter(e -> changes.cell(e, "framework").equals(framework));
    List<Row> rows = new ArrayList<>();
    shown.forEach(r -> rows.add(row(changes, r, Cells.year(changes.cell(r, "time_period")))));
    england.ifPresent(e -> rows.add(row(changes, e, "England " + Cells.year(last))));
    List<String> periods = new ArrayList<>();
    shown.forEach(r -> {
      periods.add(changes.cell(r, "previous_time_period"));
      periods.add(changes.cell(r, "time_period"));
    });
    return Optional.of(new Figure(page.figureId("gap-change"), null, sentence(changes, latest, england),
        "published/" + TABLE + ".csv, " + Cells.years(periods), new DataTable("How the inequality gap changed: the "
            + "latest " + (shown.size() == 1 ? "change" : shown.size() + " changes") + " under this framework, and "
            + "England's; each splits exactly into the median's part and the lowest 20%'s (above 0 a part widened the "
            + "gap; each is rounded, so they may differ from the change by 0.1)", List.of("Year", "Gap %",
                "Change, points", "Median's part", "Lowest 20%'s part", "Median", "Lowest 20% average",
                "Narrowed while the median fell"), rows),
        List.of(new Link(Page.csv(TABLE), TABLE + ".csv"))));
  }

  /**
   * The latest change in words, every figure a published cell: "The twin aims: in 2023/24 the gap
   * widened by 6.3 points on 2022/23, the median's part 0.0 (the median 17.0 to 17.0) and the
   * lowest 20%'s 6.3 (their average 10.5 to 9.4); England's widened by 1.4 points."
   */
  private static String sentence(CsvTable changes, List<String> r, Optional<List<String>> england) {
    StringBuilder s = new StringBuilder("The twin aims: in " + Cells.year(changes.cell(r, "time_period")) + " the gap "
        + moved(changes.cell(r, "gap_change_percentage_points")) + " on "
        + Cells.year(changes.cell(r, "previous_time_period")) + ", the median's part "
        + changes.cell(r, "change_due_to_median_percentage_points") + " (the median "
        + fromTo(changes, r, "median_point_score") + ") and the lowest 20%'s "
        + changes.cell(r, "change_due_to_lowest20_percentage_points") + " (their average "
        + fromTo(changes, r, "lowest20_average_point_score") + ")");
    england.ifPresent(e -> s.append("; England's ").append(moved(changes.cell(e, "gap_change_percentage_points"))));
    s.append('.');
    if (changes.cell(r, NARROWED_WHILE_MEDIAN_FELL).equals("1")) {
      s.append(" It narrowed while the median fell: narrowing by holding the rest back.");
    }
    return s.toString();
  }

  /** What a published change did to the gap, in words: widened, narrowed, hardly changed (low), or not shown. */
  static String moved(String cell) {
    Double change = Cells.number(cell);
    if (change == null) {
      return cell.equals("low") ? "hardly changed (low: under 0.05 of a point)"
          : "changed by a figure not shown (" + cell + ")";
    }
    return change > 0 ? "widened by " + cell + " points" : change < 0 ? "narrowed by " + cell.substring(1)
        + " points" : "did not change (" + cell + ")";
  }

  /**
   * A change as published: the cells, the year before and after each as "then to now", the flag in
   * words; the year it is a change on named only where it is not the year before.
   */
  private static Row row(CsvTable changes, List<String> r, String year) {
    String previous = changes.cell(r, "previous_time_period");
    String period = changes.cell(r, "time_period");
    boolean yearBefore = previous.matches("\\d{6}") && period.matches("\\d{6}")
        && Integer.parseInt(period) - Integer.parseInt(previous) == 101;
    // "38.4 to 44.7" is two figures: right-aligned with the others.
    return new Row(List.of(Cell.of(year + (yearBefore ? "" : " (on " + Cells.year(previous) + ")")),
        new Cell(fromTo(changes, r, "inequality_gap_percent"), true),
        Cell.of(changes.cell(r, "gap_change_percentage_points")),
        Cell.of(changes.cell(r, "change_due_to_median_percentage_points")),
        Cell.of(changes.cell(r, "change_due_to_lowest20_percentage_points")),
        new Cell(fromTo(changes, r, "median_point_score"), true),
        new Cell(fromTo(changes, r, "lowest20_average_point_score"), true),
        Cell.of(flag(changes.cell(r, NARROWED_WHILE_MEDIAN_FELL)))));
  }

  private static String fromTo(CsvTable changes, List<String> r, String column) {
    return changes.cell(r, "previous_" + column) + " to " + changes.cell(r, column);
  }

  /** A published flag in words; a DfE symbol (c, z) as it is. */
  static String flag(String cell) {
    return switch (cell) {
      case "1" -> "Yes";
      case "0" -> "No";
      default -> cell;
    };
  }
}
