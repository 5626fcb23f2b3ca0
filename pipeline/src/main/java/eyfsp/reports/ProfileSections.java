package eyfsp.reports;

import eyfsp.io.CsvTable;
import eyfsp.measures.ScaleResults;
import eyfsp.reports.Charts.Bar;
import eyfsp.reports.Charts.Line;
import eyfsp.reports.Charts.Style;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sections on the profile itself: the scale results, and the data quality behind every figure. */
final class ProfileSections {

  private final Page page;

  ProfileSections(Page page) {
    this.page = page;
  }

  Section scales() {
    String title = "Scale results";
    Section missing = page.missing("scales", title, "scales");
    if (missing != null) {
      return missing;
    }
    CsvTable scales = page.input.published().get("scales");
    List<List<String>> rows = page.latestOfLa(scales);
    List<List<String>> england = page.latestOfEngland(scales);
    // An area of several scales or goals has a row of its own ("All scales", "All goals"): in the table, not a bar.
    String areaRow = page.latest.matches("\\d{6}") ? page.input.settings().frameworkOf(eyfsp.domain.AcademicYear
        .summerYearOf(Integer.parseInt(page.latest))).map(ScaleResults::all).orElse("All scales") : "All scales";
    List<Bar> bars = new ArrayList<>();
    List<Row> data = new ArrayList<>();
    for (List<String> r : rows) {
      String area = scales.cell(r, "area_of_learning");
      String scale = scales.cell(r, "scale");
      String secure = scales.cell(r, "secure_percent");
      String englandSecure = england.stream().filter(e -> scales.cell(e, "area_of_learning").equals(area)
          && scales.cell(e, "scale").equals(scale)).map(e -> scales.cell(e, "secure_percent")).findFirst().orElse("");
      if (!scale.equals(areaRow)) {
        bars.add(new Bar(scale, Cells.number(secure), secure, false, Cells.number(englandSecure)));
      }
      data.add(Row.of(area, scale, secure, scales.cell(r, "average_score"), englandSecure));
    }
    String name = page.name;
    String id = page.figureId("scales");
    String description = "Percentage of children scoring 6 or more on each scale, " + name + ", "
        + Cells.year(page.latest) + ": " + bars.stream().map(b -> b.label() + " " + b.text())
            .collect(Collectors.joining("; ")) + ".";
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", "Working securely (6 or more) on each scale, " + name
        + ", " + Cells.year(page.latest), description, bars, null, null, "England (the mark on each bar)", true));
    Figure figure = new Figure(id, svg, "Children working securely (6 or more) on each scale; the mark across each "
        + "bar is England.", "published/scales.csv, " + Cells.year(page.latest), new DataTable("Scales and areas of "
            + "learning, " + Cells.year(page.latest), List.of("Area of learning", "Scale", "Secure %", "Average score",
                "England secure %"), data), List.of(new Link(Page.csv("scales"), "scales.csv")));
    return new Section("scales", title, null, true, null, List.of(figure), List.of(), List.of());
  }

  // ---------------------------------------------------------------------------------------------

  Section quality() {
    String title = "Data quality";
    CsvTable quality = page.input.published().get("data_quality");
    CsvTable rejects = page.input.published().get("rejects_summary");
    if (quality == null && rejects == null) {
      return Section.unavailable("data-quality", title, Page.notInOutput("data_quality") + " "
          + Page.notInOutput("rejects_summary"));
    }
    List<Figure> figures = new ArrayList<>();
    List<DataTable> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String name = page.name;
    if (quality == null) {
      notes.add(Page.notInOutput("data_quality"));
    } else {
      List<List<String>> rows = page.index.of(quality, page.la).stream()
          .filter(r -> quality.cell(r, "school_laestab").isEmpty()).toList();
      List<List<String>> england = page.index.national(quality);
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
        data.add(Row.of(Cells.year(period), Cells.thousands(quality.cell(r, "children_accepted_number")),
            Cells.thousands(quality.cell(r, "census_matched_number")), matched, e));
        queries.add(Row.of(Cells.year(period), quality.cell(r, "sex_queried_number"),
            quality.cell(r, "birth_date_queried_number"), quality.cell(r, "lsoa_queried_number")));
      }
      if (!periods.isEmpty()) {
        String id = page.figureId("census");
        String svg = Charts.line(new Charts.LineChart(id + "-chart", "Children matched to a School Census row, "
            + name + " and England", "Percentage of the children matched to a census row, " + name + ", "
            + Cells.years(periods) + ": " + String.join(", ", laTexts) + "; England " + String.join(", ",
                englandTexts) + ".", periods.stream().map(Cells::year).toList(),
            laValues.stream().allMatch(java.util.Objects::isNull)
                ? List.of(new Line("England", englandValues, englandTexts, Style.ENGLAND))
                : List.of(new Line("England", englandValues, englandTexts, Style.ENGLAND),
                    new Line(name, laValues, laTexts, Style.LOCAL)), null, null, true));
        if (laValues.stream().allMatch(java.util.Objects::isNull)) {
          notes.add(name + "'s match rate is not shown in any year (" + String.join(", ", laTexts.stream().distinct()
              .toList()) + ": " + Page.symbols() + "), so only England's line is drawn.");
        }
        figures.add(new Figure(id, svg, "Census match rate: children whose characteristics (FSM, language, SEN, "
            + "ethnicity, home area) are known.", "published/data_quality.csv, " + Cells.years(periods),
            new DataTable("Census matches", List.of("Year", "Children accepted", "Matched to census", "Matched %",
                "England matched %"), data), List.of(new Link(Page.csv("data_quality"), "data_quality.csv"))));
        tables.add(new DataTable("Children queried, by year (source: published/data_quality.csv)", List.of("Year",
            "Sex neither M nor F", "Born outside the cohort's age window", "Home LSOA not in the deprivation file"),
            queries));
      }
    }
    if (rejects == null) {
      notes.add(Page.notInOutput("rejects_summary"));
    } else {
      rejectFigures(rejects, name, figures, tables, notes);
    }
    return new Section("data-quality", title, "How far the figures above can be trusted: the children matched to "
        + "a census row, the rows queried, and the rows of the returns quarantined (counted in input records, not "
        + "children).", true, null, figures, tables, notes);
  }

  private void rejectFigures(CsvTable rejects, String name, List<Figure> figures, List<DataTable> tables,
      List<String> notes) {
    List<List<String>> rows = page.index.of(rejects, page.la);
    if (rows.isEmpty()) {
      notes.add("No row of the inputs naming this LA was quarantined (published/rejects_summary.csv).");
      return;
    }
    Map<String, Long> byReason = new TreeMap<>();
    List<Row> detail = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    for (List<String> r : rows) {
      String reason = Page.reason(rejects.cell(r, "reason")) + " (" + Page.input(rejects.cell(r, "input")) + ")";
      Double n = Cells.number(rejects.cell(r, "rows_number"));
      byReason.merge(reason, n == null ? 0L : n.longValue(), Long::sum);
      periods.add(rejects.cell(r, "time_period"));
      detail.add(Row.of(Cells.year(rejects.cell(r, "time_period")), rejects.cell(r, "input"),
          Page.reason(rejects.cell(r, "reason")), rejects.cell(r, "rows_number")));
    }
    List<Bar> bars = byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Bar(e.getKey(), (double) e.getValue(), Long.toString(e.getValue()), false, null)).toList();
    String id = page.figureId("rejects");
    String svg = Charts.bars(new Charts.BarChart(id + "-chart", "Rows quarantined by reason, " + name,
        "Rows of the inputs naming " + name + " that were quarantined, by reason, all years: " + bars.stream()
            .map(b -> b.label() + " " + b.text()).collect(Collectors.joining("; ")) + ".", bars, null, null, null,
        false, List.of(), true));
    String years = Cells.years(periods) + (periods.stream().anyMatch(p -> !p.matches("\\d{6}"))
        ? " and rows whose year could not be read" : "");
    figures.add(new Figure(id, svg, "Rows quarantined, by reason (a row with several reasons counts under each).",
        "published/rejects_summary.csv, " + years, new DataTable("Rows quarantined by year, input and reason",
            List.of("Year", "Input", "Reason", "Rows"), detail), List.of(new Link(Page.csv("rejects_summary"),
                "rejects_summary.csv"))));

    Map<String, Map<String, Long>> bySchool = new TreeMap<>();
    for (List<String> r : rejects.rows()) {
      if (Cells.at(rejects, r, Cells.SCHOOL) && rejects.cell(r, "old_la_code").equals(page.la)) {
        Double n = Cells.number(rejects.cell(r, "rows_number"));
        bySchool.computeIfAbsent(rejects.cell(r, "school_laestab"), s -> new TreeMap<>())
            .merge(Page.reason(rejects.cell(r, "reason")), n == null ? 0L : n.longValue(), Long::sum);
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
        List.of("School", "Rows", "By reason"), schools, true));
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
