package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.reports.Charts.Bar;
import eyfsp.reports.Charts.Interval;
import eyfsp.reports.Charts.Line;
import eyfsp.reports.Charts.Style;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Headline;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One LA's page: its headline figures, then a section per table, each drawn from that table when
 * the output has it and saying plainly that it is not available otherwise. Published figures are
 * shown as their cells are (same rounding, same symbols); draft figures only where
 * {@link DraftGuard} allows.
 */
final class LaPage {

  private static final String GLD = "gld_percent";
  private static final String GAP = "inequality_gap_percent";
  private static final String COHORT = "children_number";

  private final ReportInput input;
  private final String la;
  private final CsvTable attainment;
  private final RowIndex index;
  private final DraftGuard guard;
  private final DraftRules rules;
  private final List<String> laRow;
  private final String latest;
  private int figures;

  LaPage(ReportInput input, RowIndex index, String laCode) {
    this.input = input;
    this.la = laCode;
    this.index = index;
    this.attainment = input.published().get("attainment");
    this.guard = new DraftGuard(input.published(), input.history(), index);
    this.rules = new DraftRules(input, index, guard, laCode);
    List<List<String>> rows = index.of(attainment, laCode);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("LA " + laCode + " has no row in the published attainment table");
    }
    this.laRow = rows.stream().max(Comparator.comparing(r -> attainment.cell(r, "time_period"))).orElseThrow();
    this.latest = attainment.cell(laRow, "time_period");
  }

  Views.LaPage view() {
    String name = attainment.cell(laRow, "la_name");
    List<Section> sections = List.of(trends(), targets(), neighbours(), gaps(), lowestFifth(), scales(), quality());
    return new Views.LaPage(name + " (LA " + la + "): EYFSP negotiation pack", la, name,
        attainment.cell(laRow, "new_la_code"), attainment.cell(laRow, "region_name"), Cells.year(latest),
        headlines(), sections, Report.footer(input));
  }

  // ---------------------------------------------------------------------------------------------

  private List<Headline> headlines() {
    Optional<List<String>> england = Cells.in(attainment, index.national(attainment), latest);
    String source = "published/attainment.csv, " + Cells.year(latest);
    List<Headline> headlines = new ArrayList<>();
    for (String column : List.of(GLD, GAP, COHORT)) {
      Better better = column.equals(GLD) ? Better.HIGHER : column.equals(GAP) ? Better.LOWER : Better.NEITHER;
      List<String> context = new ArrayList<>();
      england.ifPresent(e -> context.add("England " + attainment.cell(e, column)));
      if (better != Better.NEITHER) {
        context.add(Bands.sentence(index, attainment, latest, column, better, la));
      }
      headlines.add(new Headline(label(column), attainment.cell(laRow, column), "attainment", column, latest,
          String.join("; ", context), column.equals(COHORT) ? null : targetSentence(column), source));
    }
    return headlines;
  }

  private String targetSentence(String measure) {
    Optional<List<String>> target = rules.target(measure);
    if (target.isEmpty()) {
      return null;
    }
    CsvTable targets = input.drafts().get("targets");
    List<String> t = target.get();
    String year = Cells.year(targets.cell(t, "time_period"));
    String other = guard.notOfThisOutput(la, targets.cell(t, "framework"), targets.cell(t, "baseline_time_period"));
    if (other != null) {
      return "Draft target for " + year + " not shown: " + other + ".";
    }
    if (targets.cell(t, "draft_value").isEmpty()) {
      return "No draft target for " + year + " (" + targets.cell(t, "rule") + ").";
    }
    String why = rules.draftNotShown(targets, t);
    if (why != null) {
      return "Draft target for " + year + " not shown: " + why + ".";
    }
    return "Draft target for " + year + ": " + Cells.rounded(targets.cell(t, "draft_value")) + " (" + input.draftsFolder()
        + "/targets.csv)";
  }

  // ---------------------------------------------------------------------------------------------
  // Over the years, with the projection band and the draft target

  private Section trends() {
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String measure : List.of(GLD, GAP)) {
      figures.add(trend(measure, notes));
    }
    if (!input.drafts().containsKey("trajectories")) {
      notes.add("No projections: " + input.draftsFolder() + "/trajectories.csv is not there (./eyfsp trajectories "
          + "makes it).");
    }
    if (!input.drafts().containsKey("targets")) {
      notes.add("No draft targets: " + input.draftsFolder() + "/targets.csv is not there (./eyfsp targets makes it).");
    }
    return new Section("over-the-years", "Over the years",
        "The LA's results each year as published, England's beside them, and where the trend of its latest results "
            + "leads: the projection with its 95% prediction interval (a band), and the draft target.",
        true, null, figures, List.of(), notes);
  }

  /** A measure's results over the years, with the projection and target where they may be drawn (else a note why not). */
  private Figure trend(String measure, List<String> notes) {
    List<List<String>> rows = index.of(attainment, la);
    List<List<String>> england = index.national(attainment);
    TreeSet<String> periods = rows.stream().map(r -> attainment.cell(r, "time_period"))
        .collect(Collectors.toCollection(TreeSet::new));
    String last = periods.last();
    String label = label(measure);

    // Drafts, where they may be shown: the projections after the baseline they were drawn from (the
    // trajectory's latest observed year), and the target.
    Map<String, List<String>> projections = new TreeMap<>();
    String from = null;
    CsvTable trajectories = input.drafts().get("trajectories");
    if (trajectories != null) {
      List<List<String>> series = index.of(trajectories, la).stream()
          .filter(r -> trajectories.cell(r, "measure").equals(measure)).toList();
      String baseline = series.stream().filter(r -> trajectories.cell(r, "series").equals("observed"))
          .map(r -> trajectories.cell(r, "time_period")).max(String::compareTo).orElse("");
      Optional<List<String>> projected = series.stream()
          .filter(r -> trajectories.cell(r, "series").equals("projection")).findFirst();
      String why = projected.map(r -> guard.notShown(la, measure, trajectories.cell(r, "framework"), baseline))
          .orElse(null);
      if (why != null) {
        notes.add(label + ": no projection drawn, as " + input.draftsFolder() + "/trajectories.csv's is " + why + ".");
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
    CsvTable targets = input.drafts().get("targets");
    Optional<List<String>> target = rules.target(measure).filter(t -> !targets.cell(t, "draft_value").isEmpty());
    String targetWhy = target.map(t -> rules.draftNotShown(targets, t)).orElse(null);
    if (targetWhy != null) {
      notes.add(label + ": no draft target drawn, as " + input.draftsFolder() + "/targets.csv's is " + targetWhy
          + ".");
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
    String name = attainment.cell(laRow, "la_name");
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("England", englandValues, englandTexts, Style.ENGLAND));
    lines.add(new Line(name, laValues, laTexts, Style.LOCAL));

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
        }
      }
      lines.add(0, new Line("Projection", projected, projectedTexts, Style.PROJECTION));
      if (at.size() > 1) {
        band = new Charts.Band("Projection's 95% interval", at, lower, upper);
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
    StringBuilder description = new StringBuilder(label + " of " + name + ", " + Cells.years(List.copyOf(periods))
        + ": " + String.join(", ", laTexts.subList(0, lastAt + 1)) + "; England " + String.join(", ",
            englandTexts.subList(0, lastAt + 1)) + ".");
    if (!projections.isEmpty()) {
      description.append(" Projected ").append(data.get(data.size() - 1).cells().get(3)).append(" in ")
          .append(Cells.year(categories.get(categories.size() - 1))).append('.');
    }
    if (mark != null) {
      description.append(" Draft target ").append(mark.text()).append(" for ")
          .append(Cells.year(categories.get(mark.at()))).append('.');
    }
    String id = figureId("trend");
    String svg = Charts.line(new Charts.LineChart(id + "-chart", label + ", " + name + " and England",
        description.toString(), categories.stream().map(Cells::year).toList(), lines, band, mark, true));
    String source = "published/attainment.csv (" + measure + "), " + Cells.years(List.copyOf(periods))
        + (projections.isEmpty() ? "" : "; projection: " + input.draftsFolder() + "/trajectories.csv")
        + (mark == null ? "" : "; draft target: " + input.draftsFolder() + "/targets.csv")
        + (projections.isEmpty() && mark == null ? "" : " (drafts, not published figures)");
    return new Figure(id, svg, label + " over the years.", source, new DataTable(label + ": the chart's figures",
        List.of("Year", name, "England", "Projection (95% interval)", "Draft target"), data));
  }

  // ---------------------------------------------------------------------------------------------

  private Section targets() {
    CsvTable targets = input.drafts().get("targets");
    String title = "Draft targets";
    if (targets == null) {
      return Section.unavailable("draft-targets", title, "Not available: there is no " + input.draftsFolder()
          + "/targets.csv (./eyfsp targets drafts them from the history of results).");
    }
    List<Row> rows = new ArrayList<>();
    String year = null;
    String notOurs = null;
    for (List<String> t : index.of(targets, la)) {
      String measure = targets.cell(t, "measure");
      String other = guard.notOfThisOutput(la, targets.cell(t, "framework"), targets.cell(t, "baseline_time_period"));
      if (other != null) {
        // Drafts of another framework or baseline year: nothing of them belongs on this page.
        notOurs = other;
        continue;
      }
      year = Cells.year(targets.cell(t, "time_period"));
      boolean drafted = !targets.cell(t, "draft_value").isEmpty();
      String hidden = drafted ? guard.notShown(la, measure, targets.cell(t, "framework"),
          targets.cell(t, "baseline_time_period")) : null;
      if (hidden != null) {
        rows.add(Row.of(label(measure), year, "not shown", "not shown", "", "not shown", "", "", "",
            "Not shown: " + hidden + ", which it would let be worked back."));
        continue;
      }
      if (!drafted) {
        rows.add(Row.of(label(measure), year, "", "", "", "", "", "", targets.cell(t, "rule"),
            targets.cell(t, "reasoning")));
        continue;
      }
      String projection = targets.cell(t, "projection_value").isEmpty() ? ""
          : Cells.rounded(targets.cell(t, "projection_value")) + (targets.cell(t, "projection_lower").isEmpty() ? ""
              : " (" + Cells.rounded(targets.cell(t, "projection_lower")) + " to "
                  + Cells.rounded(targets.cell(t, "projection_upper")) + ")");
      // The benchmark only where every result it is drawn from is shown; the draft too where it is drawn from it.
      String withheld = rules.benchmarkWithheld(targets, t);
      String benchmark = rules.benchmarkText(targets, t);
      boolean draftShown = !DraftRules.stepTowardsWithheld(targets, t, withheld);
      rows.add(Row.of(label(measure), year, Cells.rounded(targets.cell(t, "baseline_value")), projection,
          benchmark, draftShown ? Cells.rounded(targets.cell(t, "draft_value")) : "not shown",
          Cells.rounded(targets.cell(t, "proposed_value")), Cells.rounded(targets.cell(t, "agreed_value")),
          targets.cell(t, "rule"), Reasoning.of(targets, t, better(measure), benchmark, draftShown)));
    }
    if (rows.isEmpty() && notOurs != null) {
      return Section.unavailable("draft-targets", title, "Not shown: " + input.draftsFolder() + "/targets.csv's "
          + "drafts for this LA are " + notOurs + ".");
    }
    if (rows.isEmpty()) {
      return Section.unavailable("draft-targets", title, "Not available: " + input.draftsFolder()
          + "/targets.csv has no draft for this LA (it drafts for the LAs with a result in its baseline year).");
    }
    DataTable table = new DataTable("Draft targets for " + year + " with their reasoning (source: "
        + input.draftsFolder() + "/targets.csv; drafts, not published figures)",
        List.of("Measure", "Year", "Latest", "Projection (95% interval)", "Benchmark", "Draft", "Proposed", "Agreed",
            "Rule", "Reasoning"), rows);
    return new Section("draft-targets", title, "What the adviser brings to the negotiation: each target drafted by "
        + "the rule in conf (targets), with its working; the LA's proposal and the agreed figure once recorded.",
        true, null, List.of(), List.of(table), List.of());
  }

  // ---------------------------------------------------------------------------------------------

  private Section neighbours() {
    CsvTable neighbours = input.drafts().get("neighbours");
    List<String> notes = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    String intro = null;
    // Neighbours found from another framework's or year's context are not this output's.
    List<List<String>> ours = neighbours == null ? List.of() : index.of(neighbours, la).stream()
        .filter(r -> guard.notOfThisOutput(la, neighbours.cell(r, "framework"), neighbours.cell(r, "time_period"))
            == null).toList();
    String notOurs = neighbours == null ? null : index.of(neighbours, la).stream()
        .map(r -> guard.notOfThisOutput(la, neighbours.cell(r, "framework"), neighbours.cell(r, "time_period")))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    for (String measure : List.of(GLD, GAP)) {
      List<String> codes = new ArrayList<>();
      if (neighbours != null) {
        ours.stream()
            .filter(r -> neighbours.cell(r, "measure").equals(measure)
                && !neighbours.cell(r, "neighbour_old_la_code").isEmpty())
            .sorted(Comparator.comparingInt(r -> Integer.parseInt(neighbours.cell(r, "neighbour_rank"))))
            .forEach(r -> codes.add(neighbours.cell(r, "neighbour_old_la_code")));
        if (intro == null) {
          intro = ours.stream().findFirst()
              .map(r -> "Statistical neighbours (" + input.draftsFolder() + "/neighbours.csv): "
                  + neighbours.cell(r, "neighbours_from") + ".").orElse(null);
        }
      }
      boolean fromNeighbours = !codes.isEmpty();
      if (!fromNeighbours) {
        String region = attainment.cell(laRow, "region_code");
        attainment.rows().stream()
            .filter(r -> Cells.at(attainment, r, Cells.LOCAL_AUTHORITY) && attainment.cell(r, "time_period")
                .equals(latest) && attainment.cell(r, "region_code").equals(region)
                && !attainment.cell(r, "old_la_code").equals(la))
            .forEach(r -> codes.add(attainment.cell(r, "old_la_code")));
      }
      figures.add(comparison(measure, codes, fromNeighbours));
    }
    if (neighbours == null) {
      notes.add("Statistical neighbours are not available: there is no " + input.draftsFolder()
          + "/neighbours.csv (./eyfsp targets finds them); the other LAs of the region are shown instead.");
    } else if (intro == null && notOurs != null) {
      notes.add(input.draftsFolder() + "/neighbours.csv's neighbours for this LA are not used: they are " + notOurs
          + "; the other LAs of the region are shown instead.");
    } else if (intro == null) {
      notes.add(input.draftsFolder() + "/neighbours.csv lists no neighbours for this LA; the other LAs of the "
          + "region are shown instead.");
    }
    return new Section("neighbours", "Against its statistical neighbours and England", intro, true, null, figures,
        List.of(), notes);
  }

  private Figure comparison(String measure, List<String> codes, boolean fromNeighbours) {
    Better better = measure.equals(GLD) ? Better.HIGHER : Better.LOWER;
    List<Bar> bars = new ArrayList<>();
    List<String> all = new ArrayList<>(codes);
    all.add(la);
    for (String code : all) {
      Optional<List<String>> row = Cells.in(attainment, index.of(attainment, code), latest);
      if (row.isPresent()) {
        String cell = attainment.cell(row.get(), measure);
        bars.add(new Bar(attainment.cell(row.get(), "la_name") + (code.equals(la) ? " (this LA)" : ""),
            Cells.number(cell), cell, code.equals(la), null));
      }
    }
    Comparator<Bar> order = Comparator.comparing(Bar::value, Comparator.nullsLast(better == Better.HIGHER
        ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder()));
    bars.sort(order);
    String englandCell = Cells.in(attainment, index.national(attainment), latest)
        .map(r -> attainment.cell(r, measure)).orElse("");
    Double englandValue = Cells.number(englandCell);
    String label = label(measure);
    String who = fromNeighbours ? "its statistical neighbours" : "the other LAs of its region";
    String name = attainment.cell(laRow, "la_name");
    int place = bars.stream().map(Bar::highlight).toList().indexOf(true) + 1;
    String description = label + " in " + Cells.year(latest) + ": " + name + " " + attainment.cell(laRow, measure)
        + " against " + who + " (" + bars.stream().filter(b -> !b.highlight()).map(b -> b.label() + " " + b.text())
            .collect(Collectors.joining(", ")) + ")" + (englandValue == null ? "" : "; England " + englandCell) + ". "
        + (bars.get(place - 1).value() == null ? "" : name + " is " + ordinal(place) + " of " + bars.size()
            + (better == Better.HIGHER ? ", highest first." : ", lowest first."));
    String id = figureId("compare");
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", label + ": " + name + " and " + who + ", "
        + Cells.year(latest), description, bars, englandValue, "England " + englandCell, null, true));
    List<Row> data = new ArrayList<>();
    bars.forEach(b -> data.add(Row.of(b.label(), b.text())));
    data.add(Row.of("England", englandCell));
    return new Figure(id, svg, label + ", " + Cells.year(latest) + ": " + name + " among " + who + " ("
        + (better == Better.HIGHER ? "highest" : "lowest") + " first; the dashed line is England).",
        "published/attainment.csv (" + measure + "), " + Cells.year(latest)
            + (fromNeighbours ? "; neighbours: " + input.draftsFolder() + "/neighbours.csv" : ""),
        new DataTable(label + ", " + Cells.year(latest), List.of("LA", label), data));
  }

  // ---------------------------------------------------------------------------------------------

  private Section gaps() {
    String title = "Gaps between groups";
    Section missing = missing("gaps", title, "gaps");
    if (missing != null) {
      return missing;
    }
    CsvTable gaps = input.published().get("gaps");
    List<List<String>> rows = inLatest(gaps, index.of(gaps, la));
    List<List<String>> england = inLatest(gaps, index.national(gaps));
    List<Interval> intervals = new ArrayList<>();
    List<Row> data = new ArrayList<>();
    for (List<String> r : rows) {
      String group = gaps.cell(r, "group");
      String comparisonGroup = gaps.cell(r, "comparison_group");
      String gap = gaps.cell(r, "gld_gap_percentage_points");
      String lower = gaps.cell(r, "gld_gap_ci_lower");
      String upper = gaps.cell(r, "gld_gap_ci_upper");
      boolean lowReliability = gaps.cell(r, "low_reliability").equalsIgnoreCase("true");
      String englandGap = england.stream().filter(e -> gaps.cell(e, "breakdown_topic").equals(gaps.cell(r,
          "breakdown_topic")) && gaps.cell(e, "group").equals(group)
          && gaps.cell(e, "comparison_group").equals(comparisonGroup))
          .map(e -> gaps.cell(e, "gld_gap_percentage_points")).findFirst().orElse("");
      String interval = Cells.number(lower) == null ? "" : " (" + lower + " to " + upper + ")";
      String text = gap + interval;
      intervals.add(new Interval(group + " vs " + comparisonGroup, Cells.number(gap), Cells.number(lower),
          Cells.number(upper), text, lowReliability, Cells.number(englandGap)));
      data.add(Row.of(group + " vs " + comparisonGroup,
          gaps.cell(r, "group_gld_percent") + " (" + gaps.cell(r, "group_children_number") + ")",
          gaps.cell(r, "comparison_group_gld_percent") + " (" + gaps.cell(r, "comparison_group_children_number") + ")",
          gap + interval, englandGap, lowReliability ? "low (a small group)" : ""));
    }
    String name = attainment.cell(laRow, "la_name");
    String id = figureId("gaps");
    String description = "GLD gaps in percentage points in " + name + ", " + Cells.year(latest) + ": "
        + intervals.stream().map(i -> i.label() + " " + i.text()).collect(Collectors.joining("; ")) + ".";
    String svg = Charts.intervals(new Charts.IntervalChart(id + "-chart", "GLD gaps between groups, " + name + ", "
        + Cells.year(latest), description, intervals, "England", "percentage points (comparison group's GLD % minus "
        + "the group's)"));
    Figure figure = new Figure(id, svg, "The gap in GLD % between each group and the group it is compared with, "
        + "with its 95% confidence interval; above 0 the group is behind. A hollow circle and dashed interval mark a "
        + "gap of low reliability.", "published/gaps.csv, " + Cells.year(latest), new DataTable(
            "GLD gaps, " + Cells.year(latest), List.of("Gap", "Group GLD % (children)", "Comparison GLD % (children)",
                "Gap, points (95% CI)", "England's gap", "Reliability"), data));
    return new Section("gaps", title, "Which groups of children are behind, in percentage points of GLD: "
        + "FSM, deprived areas, sex, first language, SEN and term of birth.", true, null, List.of(figure),
        List.of(), List.of());
  }

  // ---------------------------------------------------------------------------------------------

  private Section lowestFifth() {
    String title = "Who is in the lowest-achieving 20%";
    Section missing = missing("lowest-20", title, "lowest20_profile");
    if (missing != null) {
      return missing;
    }
    CsvTable profile = input.published().get("lowest20_profile");
    List<List<String>> rows = inLatest(profile, index.of(profile, la));
    List<Bar> bars = new ArrayList<>();
    List<Row> all = new ArrayList<>();
    for (List<String> r : rows) {
      String group = profile.cell(r, "breakdown_topic") + ": " + profile.cell(r, "breakdown");
      String risk = profile.cell(r, "relative_risk");
      if (Cells.number(risk) != null && bars.size() < 12) {
        bars.add(new Bar(group, Cells.number(risk), risk, false, null));
      }
      all.add(Row.of(profile.cell(r, "breakdown_topic"), profile.cell(r, "breakdown"),
          profile.cell(r, "children_number"), profile.cell(r, "cohort_share_percent"),
          profile.cell(r, "lowest20_share_percent"), risk));
    }
    bars.sort(Comparator.comparing(Bar::value).reversed());
    String name = attainment.cell(laRow, "la_name");
    String id = figureId("lowest20");
    String description = "The groups most over-represented in the lowest-achieving 20% of " + name + ", "
        + Cells.year(latest) + ", by relative risk (share of the lowest 20% over share of the cohort): "
        + bars.stream().map(b -> b.label() + " " + b.text()).collect(Collectors.joining("; ")) + ".";
    List<Figure> figures = new ArrayList<>();
    if (!bars.isEmpty()) {
      String svg = Charts.bars(new Charts.BarChart(id + "-chart", "Relative risk of being in the lowest 20%, " + name
          + ", " + Cells.year(latest), description, bars, 1.0, "1 = as in the cohort", null, false));
      List<Row> data = bars.stream().map(b -> Row.of(b.label(), b.text())).toList();
      figures.add(new Figure(id, svg, "The common factors: the " + bars.size() + " groups with the highest relative "
          + "risk (above 1: more of the lowest 20% than of the cohort).", "published/lowest20_profile.csv, "
          + Cells.year(latest), new DataTable("Relative risk, " + Cells.year(latest), List.of("Group",
              "Relative risk"), data)));
    }
    DataTable table = new DataTable("Every group: its share of the cohort and of the lowest 20%, "
        + Cells.year(latest) + " (source: published/lowest20_profile.csv)", List.of("Characteristic", "Group",
            "Children", "Share of cohort %", "Share of lowest 20% %", "Relative risk"), all);
    return new Section("lowest-20", title, "The statutory guidance asks LAs to find the common factors among the "
        + "children at risk of falling into the lowest 20%.", true, null, figures, List.of(table), List.of());
  }

  // ---------------------------------------------------------------------------------------------

  private Section scales() {
    String title = "Scale results";
    Section missing = missing("scales", title, "scales");
    if (missing != null) {
      return missing;
    }
    CsvTable scales = input.published().get("scales");
    List<List<String>> rows = inLatest(scales, index.of(scales, la));
    List<List<String>> england = inLatest(scales, index.national(scales));
    List<Bar> bars = new ArrayList<>();
    List<Row> data = new ArrayList<>();
    for (List<String> r : rows) {
      String area = scales.cell(r, "area_of_learning");
      String scale = scales.cell(r, "scale");
      String secure = scales.cell(r, "secure_percent");
      String englandSecure = england.stream().filter(e -> scales.cell(e, "area_of_learning").equals(area)
          && scales.cell(e, "scale").equals(scale)).map(e -> scales.cell(e, "secure_percent")).findFirst().orElse("");
      if (!scale.equals("All scales")) {
        bars.add(new Bar(scale, Cells.number(secure), secure, false, Cells.number(englandSecure)));
      }
      data.add(Row.of(area, scale, secure, scales.cell(r, "average_score"), englandSecure));
    }
    String name = attainment.cell(laRow, "la_name");
    String id = figureId("scales");
    String description = "Percentage of children scoring 6 or more on each scale, " + name + ", "
        + Cells.year(latest) + ": " + bars.stream().map(b -> b.label() + " " + b.text())
            .collect(Collectors.joining("; ")) + ".";
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", "Working securely (6 or more) on each scale, " + name
        + ", " + Cells.year(latest), description, bars, null, null, "England (the mark on each bar)", true));
    Figure figure = new Figure(id, svg, "Children working securely (6 or more) on each scale; the mark across each "
        + "bar is England.", "published/scales.csv, " + Cells.year(latest), new DataTable("Scales and areas of "
            + "learning, " + Cells.year(latest), List.of("Area of learning", "Scale", "Secure %", "Average score",
                "England secure %"), data));
    return new Section("scales", title, null, true, null, List.of(figure), List.of(), List.of());
  }

  // ---------------------------------------------------------------------------------------------

  private Section quality() {
    String title = "Data quality";
    CsvTable quality = input.published().get("data_quality");
    CsvTable rejects = input.published().get("rejects_summary");
    if (quality == null && rejects == null) {
      return Section.unavailable("data-quality", title, notInOutput("data_quality") + " "
          + notInOutput("rejects_summary"));
    }
    List<Figure> figures = new ArrayList<>();
    List<DataTable> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String name = attainment.cell(laRow, "la_name");
    if (quality == null) {
      notes.add(notInOutput("data_quality"));
    } else {
      List<List<String>> rows = index.of(quality, la).stream()
          .filter(r -> quality.cell(r, "school_laestab").isEmpty()).toList();
      List<List<String>> england = index.national(quality);
      List<String> periods = rows.stream().map(r -> quality.cell(r, "time_period")).sorted().distinct().toList();
      List<Double> laValues = new ArrayList<>();
      List<String> laTexts = new ArrayList<>();
      List<Double> englandValues = new ArrayList<>();
      List<String> englandTexts = new ArrayList<>();
      List<Row> data = new ArrayList<>();
      List<Row> queries = new ArrayList<>();
      for (String period : periods) {
        List<String> r = Cells.in(quality, rows, period).orElseThrow();
        String matched = quality.cell(r, "census_matched_percent");
        String e = Cells.in(quality, england, period).map(x -> quality.cell(x, "census_matched_percent")).orElse("");
        laValues.add(Cells.number(matched));
        laTexts.add(matched);
        englandValues.add(Cells.number(e));
        englandTexts.add(e);
        data.add(Row.of(Cells.year(period), quality.cell(r, "children_accepted_number"),
            quality.cell(r, "census_matched_number"), matched, e));
        queries.add(Row.of(Cells.year(period), quality.cell(r, "sex_queried_number"),
            quality.cell(r, "birth_date_queried_number"), quality.cell(r, "lsoa_queried_number")));
      }
      if (!periods.isEmpty()) {
        String id = figureId("census");
        String svg = Charts.line(new Charts.LineChart(id + "-chart", "Children matched to a School Census row, "
            + name + " and England", "Percentage of the children matched to a census row, " + name + ", "
            + Cells.years(periods) + ": " + String.join(", ", laTexts) + "; England " + String.join(", ",
                englandTexts) + ".", periods.stream().map(Cells::year).toList(),
            List.of(new Line("England", englandValues, englandTexts, Style.ENGLAND),
                new Line(name, laValues, laTexts, Style.LOCAL)), null, null, true));
        figures.add(new Figure(id, svg, "Census match rate: children whose characteristics (FSM, language, SEN, "
            + "ethnicity, home area) are known.", "published/data_quality.csv, " + Cells.years(periods),
            new DataTable("Census matches", List.of("Year", "Children accepted", "Matched to census", "Matched %",
                "England matched %"), data)));
        tables.add(new DataTable("Children queried, by year (source: published/data_quality.csv)", List.of("Year",
            "Sex neither M nor F", "Born outside the cohort's age window", "Home LSOA not in the deprivation file"),
            queries));
      }
    }
    if (rejects == null) {
      notes.add(notInOutput("rejects_summary"));
    } else {
      rejectFigures(rejects, name, figures, tables, notes);
    }
    return new Section("data-quality", title, "How far the figures above can be trusted: the children matched to "
        + "a census row, the rows queried, and the rows of the returns quarantined (counted in input records, not "
        + "children).", true, null, figures, tables, notes);
  }

  private void rejectFigures(CsvTable rejects, String name, List<Figure> figures, List<DataTable> tables,
      List<String> notes) {
    List<List<String>> rows = index.of(rejects, la);
    if (rows.isEmpty()) {
      notes.add("No row of the inputs naming this LA was quarantined (published/rejects_summary.csv).");
      return;
    }
    Map<String, Long> byReason = new TreeMap<>();
    List<Row> detail = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    for (List<String> r : rows) {
      String reason = rejects.cell(r, "reason") + " (" + rejects.cell(r, "input") + ")";
      Double n = Cells.number(rejects.cell(r, "rows_number"));
      byReason.merge(reason, n == null ? 0L : n.longValue(), Long::sum);
      periods.add(rejects.cell(r, "time_period"));
      detail.add(Row.of(Cells.year(rejects.cell(r, "time_period")), rejects.cell(r, "input"),
          rejects.cell(r, "reason"), rejects.cell(r, "rows_number")));
    }
    List<Bar> bars = byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Bar(e.getKey(), (double) e.getValue(), Long.toString(e.getValue()), false, null)).toList();
    String id = figureId("rejects");
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", "Rows quarantined by reason, " + name,
        "Rows of the inputs naming " + name + " that were quarantined, by reason, all years: " + bars.stream()
            .map(b -> b.label() + " " + b.text()).collect(Collectors.joining("; ")) + ".", bars, null, null, null,
        false));
    String years = Cells.years(periods) + (periods.stream().anyMatch(p -> !p.matches("\\d{6}"))
        ? " and rows whose year could not be read" : "");
    figures.add(new Figure(id, svg, "Rows quarantined, by reason (a row with several reasons counts under each).",
        "published/rejects_summary.csv, " + years, new DataTable("Rows quarantined by year, input and reason",
            List.of("Year", "Input", "Reason", "Rows"), detail)));

    Map<String, Map<String, Long>> bySchool = new TreeMap<>();
    for (List<String> r : rejects.rows()) {
      if (Cells.at(rejects, r, Cells.SCHOOL) && rejects.cell(r, "old_la_code").equals(la)) {
        Double n = Cells.number(rejects.cell(r, "rows_number"));
        bySchool.computeIfAbsent(rejects.cell(r, "school_laestab"), s -> new TreeMap<>())
            .merge(rejects.cell(r, "reason"), n == null ? 0L : n.longValue(), Long::sum);
      }
    }
    List<Row> schools = bySchool.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -total(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(20)
        .map(e -> Row.of(e.getKey(), Long.toString(total(e.getValue())), e.getValue().entrySet().stream()
            .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "))))
        .toList();
    tables.add(new DataTable("Rows quarantined by school (LAESTAB), most first" + (bySchool.size() > 20
        ? ", the first 20 of " + bySchool.size() : "") + " (source: published/rejects_summary.csv, " + years + ")",
        List.of("School", "Rows", "By reason"), schools));
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  // ---------------------------------------------------------------------------------------------

  private Better better(String measure) {
    var definition = input.history().measures().get(measure);
    return definition == null ? Better.HIGHER : definition.better();
  }

  private String label(String measure) {
    var definition = input.history().measures().get(measure);
    return definition == null ? measure : definition.label();
  }

  private String figureId(String kind) {
    return "figure-" + (++figures) + "-" + kind;
  }

  /**
   * The section in place of one drawn from a table, saying why: the output has no such published
   * table, or it has no row for this LA in its latest year; null when there is something to draw.
   */
  private Section missing(String id, String title, String table) {
    CsvTable t = input.published().get(table);
    if (t == null) {
      return Section.unavailable(id, title, notInOutput(table));
    }
    if (inLatest(t, index.of(t, la)).isEmpty()) {
      return Section.unavailable(id, title, "Not available: the published " + table + " table has no row for this "
          + "LA in " + Cells.year(latest) + ".");
    }
    return null;
  }

  /** Those of some rows in the LA's latest year. */
  private List<List<String>> inLatest(CsvTable table, List<List<String>> rows) {
    return rows.stream().filter(r -> table.cell(r, "time_period").equals(latest)).toList();
  }

  private static String notInOutput(String table) {
    return "Not available: this output has no published " + table + " table (published/" + table + ".csv).";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
