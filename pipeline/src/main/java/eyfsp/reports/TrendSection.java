package eyfsp.reports;

import eyfsp.io.CsvTable;
import eyfsp.reports.Charts.Line;
import eyfsp.reports.Charts.Style;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "Over the years": GLD % and the inequality gap each year as published, England's beside them,
 * and beyond the latest year the projection (the value of the line fitted to the latest results)
 * with its 95% prediction interval and the draft target, where the drafts may be shown.
 */
final class TrendSection {

  private final Page page;

  TrendSection(Page page) {
    this.page = page;
  }

  Section section() {
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String measure : List.of(Page.GLD, Page.GAP)) {
      figures.add(trend(measure, notes));
    }
    new TwinAims(page).figure(notes).ifPresent(figures::add);
    if (!page.input.drafts().containsKey("trajectories")) {
      notes.add("No projections: this output has no drafts (a run drafts them from its history).");
    }
    return new Section("over-the-years", "Over the years",
        "Each year's result as published, England's beside it and, beyond the latest year, the projection: the value "
            + "of the straight line fitted to the latest results (not the latest result carried on), with its 95% "
            + "prediction interval as a band (its ends are given where they run off the chart), and the draft target.",
        true, null, figures, List.of(), notes);
  }

  /** A measure's results over the years, with the projection and target where they may be drawn (else a note why not). */
  private Figure trend(String measure, List<String> notes) {
    CsvTable attainment = page.attainment;
    List<List<String>> rows = page.index.of(attainment, page.la);
    List<List<String>> england = page.index.national(attainment);
    TreeSet<String> periods = rows.stream().map(r -> attainment.cell(r, "time_period"))
        .collect(Collectors.toCollection(TreeSet::new));
    String last = periods.last();
    String label = page.label(measure);

    // Drafts, where they may be shown: the projections after the baseline they were drawn from (the
    // trajectory's latest observed year), and the target.
    Map<String, List<String>> projections = new TreeMap<>();
    String from = null;
    CsvTable trajectories = page.input.drafts().get("trajectories");
    if (trajectories != null) {
      List<List<String>> series = page.index.of(trajectories, page.la).stream()
          .filter(r -> trajectories.cell(r, "measure").equals(measure)).toList();
      String baseline = series.stream().filter(r -> trajectories.cell(r, "series").equals("observed"))
          .map(r -> trajectories.cell(r, "time_period")).max(String::compareTo).orElse("");
      Optional<List<String>> projected = series.stream()
          .filter(r -> trajectories.cell(r, "series").equals("projection")).findFirst();
      String why = projected.map(r -> page.rules.projectionNotShown(measure, trajectories.cell(r, "framework"),
          baseline)).orElse(null);
      if (why != null) {
        notes.add(label + ": no projection drawn, as it is " + why + ".");
      } else if (projected.isPresent()) {
        from = baseline;
        for (List<String> r : series) {
          String period = trajectories.cell(r, "time_period");
          if (trajectories.cell(r, "series").equals("projection") && period.compareTo(baseline) > 0) {
            projections.put(period, r);
          }
        }
      }
    }
    CsvTable targets = page.input.drafts().get("targets");
    Optional<List<String>> target = page.rules.target(measure)
        .filter(t -> !targets.cell(t, "draft_value").isEmpty());
    String targetWhy = target.map(t -> page.rules.draftNotShown(targets, t)).orElse(null);
    if (targetWhy != null) {
      notes.add(label + ": no draft target drawn, as it is " + targetWhy + ".");
      target = Optional.empty();
    }
    TreeSet<String> all = new TreeSet<>(periods);
    if (from != null) {
      all.add(from);
    }
    all.addAll(projections.keySet());
    target.ifPresent(t -> all.add(targets.cell(t, "time_period")));
    List<String> categories = new ArrayList<>(all);

    List<Double> laValues = new ArrayList<>();
    List<String> laTexts = new ArrayList<>();
    List<Double> englandValues = new ArrayList<>();
    List<String> englandTexts = new ArrayList<>();
    for (String period : categories) {
      String cell = Cells.in(attainment, rows, period).map(r -> attainment.cell(r, measure)).orElse("");
      laValues.add(Cells.number(cell));
      laTexts.add(cell);
      String e = Cells.in(attainment, england, period).map(r -> attainment.cell(r, measure)).orElse("");
      englandValues.add(Cells.number(e));
      englandTexts.add(e);
    }
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("England", englandValues, englandTexts, Style.ENGLAND));
    lines.add(new Line(page.name, laValues, laTexts, Style.LOCAL));

    int lastAt = categories.indexOf(last);
    // The projection leaves from the published result of the year it was drawn from.
    int fromAt = from == null ? -1 : categories.indexOf(from);
    Double fromValue = fromAt < 0 ? null : laValues.get(fromAt);
    Charts.Band band = null;
    if (!projections.isEmpty() && fromValue != null) {
      List<Double> projected = new ArrayList<>();
      List<String> projectedTexts = new ArrayList<>();
      List<Integer> at = new ArrayList<>(List.of(fromAt));
      List<Double> lower = new ArrayList<>(List.of(fromValue));
      List<Double> upper = new ArrayList<>(List.of(fromValue));
      String ends = "";
      for (String period : categories) {
        List<String> p = projections.get(period);
        Double v = p == null ? (period.equals(from) ? fromValue : null) : Cells.number(trajectories.cell(p, "value"));
        projected.add(v);
        projectedTexts.add(v == null ? "" : Cells.rounded(v));
        Double lo = p == null ? null : Cells.number(trajectories.cell(p, "prediction_lower"));
        Double hi = p == null ? null : Cells.number(trajectories.cell(p, "prediction_upper"));
        if (lo != null && hi != null) {
          at.add(categories.indexOf(period));
          lower.add(lo);
          upper.add(hi);
          ends = Cells.rounded(lo) + " to " + Cells.rounded(hi);
        }
      }
      lines.add(0, new Line("Projection", projected, projectedTexts, Style.PROJECTION));
      if (at.size() > 1) {
        band = new Charts.Band("95% interval " + ends, at, lower, upper);
      }
    }
    Charts.Mark mark = target.map(t -> new Charts.Mark("Draft target",
        categories.indexOf(targets.cell(t, "time_period")), Cells.number(targets.cell(t, "draft_value")),
        Cells.rounded(targets.cell(t, "draft_value")))).orElse(null);

    List<Row> data = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      String period = categories.get(i);
      List<String> p = projections.get(period);
      String projection = p == null ? "" : Cells.rounded(trajectories.cell(p, "value"))
          + (trajectories.cell(p, "prediction_lower").isEmpty() ? "" : " (" + Cells.rounded(trajectories.cell(p,
              "prediction_lower")) + " to " + Cells.rounded(trajectories.cell(p, "prediction_upper")) + ")");
      String draft = mark != null && mark.at() == i ? mark.text() : "";
      data.add(Row.of(Cells.year(period), laTexts.get(i), englandTexts.get(i), projection, draft));
    }
    StringBuilder description = new StringBuilder(label + " of " + page.name + ", " + Cells.years(List.copyOf(periods))
        + ": " + String.join(", ", laTexts.subList(0, lastAt + 1)) + "; England " + String.join(", ",
            englandTexts.subList(0, lastAt + 1)) + ".");
    if (!projections.isEmpty()) {
      description.append(" Projected ").append(data.get(data.size() - 1).cells().get(3).text()).append(" in ")
          .append(Cells.year(categories.get(categories.size() - 1))).append('.');
    }
    if (mark != null) {
      description.append(" Draft target ").append(mark.text()).append(" for ")
          .append(Cells.year(categories.get(mark.at()))).append('.');
    }
    String id = page.figureId("trend");
    String svg = Charts.line(new Charts.LineChart(id + "-chart", label + ", " + page.name + " and England",
        description.toString(), categories.stream().map(Cells::year).toList(), lines, band, mark, true));
    String drafts = page.input.draftsFolder();
    String source = "published/attainment.csv, " + Cells.years(List.copyOf(periods))
        + (projections.isEmpty() ? "" : "; projection: " + drafts + "/trajectories.csv")
        + (mark == null ? "" : "; draft target: " + drafts + "/targets.csv")
        + (projections.isEmpty() && mark == null ? "" : " (drafts, not published figures)");
    List<Link> links = new ArrayList<>(List.of(new Link(Page.csv("attainment"), "attainment.csv")));
    if (!projections.isEmpty() && page.input.published().containsKey("trajectories")) {
      links.add(new Link(Page.csv("trajectories"), "trajectories.csv"));
    }
    String lower = page.better(measure) == eyfsp.domain.HistorySettings.Better.LOWER ? " (lower is better)" : "";
    return new Figure(id, svg, label + " over the years" + lower + ".", source, new DataTable(label + ": the chart's "
        + "figures", List.of("Year", page.name, "England", "Projection (95% interval)", "Draft target"), data), links);
  }
}
