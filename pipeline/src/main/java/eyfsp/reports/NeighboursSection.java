package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.reports.Charts.Bar;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Against its statistical neighbours and England": the LA among its neighbours (or, without
 * drafts, the other LAs of its region), ranked, England as a dashed line, and where they may be
 * shown the neighbours' benchmark and the draft target marked across the bars.
 */
final class NeighboursSection {

  private final Page page;

  NeighboursSection(Page page) {
    this.page = page;
  }

  /** The neighbours listed for a measure in the drafts, nearest first (none without drafts of this output). */
  List<String> neighbours(String measure) {
    CsvTable neighbours = page.input.drafts().get("neighbours");
    if (neighbours == null) {
      return List.of();
    }
    return ours(neighbours).stream()
        .filter(r -> neighbours.cell(r, "measure").equals(measure)
            && !neighbours.cell(r, "neighbour_old_la_code").isEmpty())
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(neighbours.cell(r, "neighbour_rank"))))
        .map(r -> neighbours.cell(r, "neighbour_old_la_code")).toList();
  }

  /** The LA's rows of the neighbours draft that belong to this output (another framework's or year's do not). */
  private List<List<String>> ours(CsvTable neighbours) {
    return page.index.of(neighbours, page.la).stream()
        .filter(r -> page.shown.notOfThisOutput(page.la, neighbours.cell(r, "framework"),
            neighbours.cell(r, "time_period")) == null).toList();
  }

  Section section() {
    CsvTable neighbours = page.input.drafts().get("neighbours");
    List<String> notes = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    String intro = null;
    List<List<String>> ours = neighbours == null ? List.of() : ours(neighbours);
    for (String measure : List.of(Page.GLD, Page.GAP)) {
      List<String> codes = new ArrayList<>(neighbours(measure));
      if (intro == null && !codes.isEmpty()) {
        intro = "Statistical neighbours: " + page.neighbourMethod(neighbours.cell(ours.get(0), "neighbours_from"),
            codes.size()) + ".";
      }
      boolean fromNeighbours = !codes.isEmpty();
      if (!fromNeighbours) {
        CsvTable attainment = page.attainment;
        String region = attainment.cell(page.laRow, "region_code");
        attainment.rows().stream()
            .filter(r -> Cells.at(attainment, r, Cells.LOCAL_AUTHORITY) && attainment.cell(r, "time_period")
                .equals(page.latest) && attainment.cell(r, "region_code").equals(region)
                && !attainment.cell(r, "old_la_code").equals(page.la))
            .forEach(r -> codes.add(attainment.cell(r, "old_la_code")));
      }
      figures.add(comparison(measure, codes, fromNeighbours));
    }
    if (neighbours == null) {
      notes.add("Statistical neighbours are not available: this output has no drafts; the other LAs of the region "
          + "are shown instead.");
    } else if (intro == null && neighbours != null && !page.index.of(neighbours, page.la).isEmpty() && ours.isEmpty()) {
      String why = page.shown.notOfThisOutput(page.la, neighbours.cell(page.index.of(neighbours, page.la).get(0),
          "framework"), neighbours.cell(page.index.of(neighbours, page.la).get(0), "time_period"));
      notes.add("The statistical neighbours drafted for this LA are not used: they are " + why + "; the other LAs "
          + "of the region are shown instead.");
    } else if (intro == null) {
      notes.add("The drafts list no statistical neighbours for this LA; the other LAs of the region are shown "
          + "instead.");
    }
    return new Section("neighbours", "Against its statistical neighbours and England", intro, true, null, figures,
        List.of(), notes);
  }

  private Figure comparison(String measure, List<String> codes, boolean fromNeighbours) {
    CsvTable attainment = page.attainment;
    Better better = page.better(measure);
    List<Bar> bars = new ArrayList<>();
    List<String> all = new ArrayList<>(codes);
    all.add(page.la);
    for (String code : all) {
      Optional<List<String>> row = Cells.in(attainment, page.index.of(attainment, code), page.latest);
      if (row.isPresent()) {
        String cell = attainment.cell(row.get(), measure);
        bars.add(new Bar(attainment.cell(row.get(), "la_name") + (code.equals(page.la) ? " (this LA)" : ""),
            Cells.number(cell), cell, code.equals(page.la), null));
      }
    }
    Comparator<Bar> order = Comparator.comparing(Bar::value, Comparator.nullsLast(better == Better.HIGHER
        ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder()));
    bars.sort(order);
    String englandCell = Cells.in(attainment, page.index.national(attainment), page.latest)
        .map(r -> attainment.cell(r, measure)).orElse("");
    Double englandValue = Cells.number(englandCell);
    String label = page.label(measure);
    String who = fromNeighbours ? "its statistical neighbours" : "the other LAs of its region";
    int place = bars.stream().map(Bar::highlight).toList().indexOf(true) + 1;
    List<Charts.Marker> marks = fromNeighbours ? marks(measure) : List.of();
    String description = label + " in " + Cells.year(page.latest) + ": " + page.name + " "
        + attainment.cell(page.laRow, measure) + " against " + who + " (" + bars.stream().filter(b -> !b.highlight())
            .map(b -> b.label() + " " + b.text()).collect(Collectors.joining(", ")) + ")"
        + (englandValue == null ? "" : "; England " + englandCell) + ". "
        + (bars.get(place - 1).value() == null ? "" : page.name + " is " + Page.ordinal(place) + " of " + bars.size()
            + (better == Better.HIGHER ? ", highest first." : ", lowest first."))
        + marks.stream().map(m -> " " + m.label() + ".").collect(Collectors.joining());
    String id = page.figureId("compare");
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", label + ": " + page.name + " and " + who + ", "
        + Cells.year(page.latest), description, bars, englandValue, "England " + englandCell, null, true, marks,
        false));
    List<Row> data = new ArrayList<>();
    bars.forEach(b -> data.add(Row.of(b.label(), b.text())));
    data.add(Row.of("England", englandCell));
    marks.forEach(m -> data.add(Row.of(m.label().replaceAll(" [0-9.]+$", ""), Cells.rounded(m.value()))));
    List<Link> links = new ArrayList<>(List.of(new Link(Page.csv("attainment"), "attainment.csv")));
    if (fromNeighbours && page.input.published().containsKey("neighbours")) {
      links.add(new Link(Page.csv("neighbours"), "neighbours.csv"));
    }
    return new Figure(id, svg, label + ", " + Cells.year(page.latest) + ": " + page.name + " among " + who + " ("
        + (better == Better.HIGHER ? "highest" : "lowest") + " first; the dashed line is England"
        + (marks.isEmpty() ? "" : ", the dotted lines the neighbours' benchmark and the draft") + ").",
        "published/attainment.csv, " + Cells.year(page.latest)
            + (fromNeighbours ? "; neighbours: " + page.input.draftsFolder() + "/neighbours.csv" : ""),
        new DataTable(label + ", " + Cells.year(page.latest), List.of("LA", label), data), links);
  }

  /** The neighbours' benchmark and the draft target, each where it may be shown. */
  private List<Charts.Marker> marks(String measure) {
    CsvTable targets = page.input.drafts().get("targets");
    Optional<List<String>> target = page.rules.target(measure);
    if (targets == null || target.isEmpty() || page.rules.notOfThisOutput(targets, target.get()) != null
        || page.rules.hidden(targets, target.get()) != null) {
      return List.of();
    }
    List<String> t = target.get();
    List<Charts.Marker> marks = new ArrayList<>();
    Double benchmark = Cells.number(targets.cell(t, "neighbour_benchmark"));
    boolean neighboursUsed = targets.cell(t, "benchmark_used").startsWith("the neighbours");
    if (benchmark != null && neighboursUsed && page.rules.benchmarkWithheld(targets, t) == null) {
      marks.add(new Charts.Marker("Neighbours' benchmark " + Cells.rounded(benchmark), benchmark));
    }
    Double draft = Cells.number(targets.cell(t, "draft_value"));
    if (draft != null && page.rules.draftNotShown(targets, t) == null) {
      marks.add(new Charts.Marker("Draft for " + Cells.year(targets.cell(t, "time_period")) + " "
          + Cells.rounded(draft), draft));
    }
    return marks;
  }
}
