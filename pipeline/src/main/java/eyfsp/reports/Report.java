package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.reports.Views.Footer;
import eyfsp.reports.Views.IndexRow;
import eyfsp.reports.Views.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The negotiation pack: an index of every LA with its headline figures and quartile bands, and a
 * page per LA, as HTML with inline SVG charts, no script and nothing fetched, drawn only from the
 * tables it is given (it opens no file). The same tables give the same bytes.
 */
public final class Report {

  public static final String INDEX = "index.html";

  private final ReportInput input;
  private final CsvTable attainment;
  private final RowIndex index = new RowIndex();

  public Report(ReportInput input) {
    this.input = input;
    this.attainment = input.published().get("attainment");
  }

  /** Where an LA's page goes, relative to the report folder. */
  public static String laPage(String laCode) {
    return "la/" + laCode + ".html";
  }

  /** The LAs with a page: every LA of the published attainment table, by LA number. */
  public List<String> localAuthorities() {
    if (attainment == null) {
      return List.of();
    }
    return attainment.rows().stream().filter(r -> Cells.at(attainment, r, Cells.LOCAL_AUTHORITY))
        .map(r -> attainment.cell(r, "old_la_code")).distinct().sorted().toList();
  }

  public String index() {
    if (attainment == null) {
      return Templates.render(Templates.INDEX, new Views.IndexPage("EYFSP negotiation pack", "no year", null,
          List.of(), "Not available: this output has no published attainment table (published/attainment.csv), so "
              + "there is no LA to show.", footer(input), input.synthetic(), "", List.of(), List.of()));
    }
    String latest = attainment.rows().stream().map(r -> attainment.cell(r, "time_period")).max(String::compareTo)
        .orElse("");
    IndexRow england = Cells.in(attainment, index.national(attainment), latest)
        .map(r -> row(r, null, null, null)).orElse(null);
    Map<String, List<IndexRow>> regions = new TreeMap<>();
    String draftsYear = "";
    for (String la : localAuthorities()) {
      List<String> r = index.of(attainment, la).stream()
          .max(Comparator.comparing(x -> attainment.cell(x, "time_period"))).orElseThrow();
      String period = attainment.cell(r, "time_period");
      IndexRow row = row(r, laPage(la), band(period, "gld_percent", Better.HIGHER, la),
          band(period, "inequality_gap_percent", Better.LOWER, la));
      regions.computeIfAbsent(attainment.cell(r, "region_name"), k -> new ArrayList<>()).add(row);
      draftsYear = draftsYear.isEmpty() ? Optional.ofNullable(new Page(input, index, la).rules.target("gld_percent")
          .map(t -> Cells.year(input.drafts().get("targets").cell(t, "time_period"))).orElse(null)).orElse("")
          : draftsYear;
    }
    List<Region> grouped = new ArrayList<>();
    regions.forEach((name, las) -> grouped.add(new Region(name.isEmpty() ? "Region not known" : name,
        las.stream().sorted(Comparator.comparing(IndexRow::name)).toList())));
    List<Views.Link> links = input.published().keySet().stream().sorted()
        .map(t -> new Views.Link("../published/" + t + ".csv", t + ".csv")).toList();
    Page first = localAuthorities().isEmpty() ? null : new Page(input, index, localAuthorities().get(0));
    return Templates.render(Templates.INDEX, new Views.IndexPage("EYFSP negotiation pack: every LA",
        Cells.year(latest), england, grouped, "Each LA's good level of development (GLD %) and inequality gap % in "
            + "its latest year exactly as published, the change on its year before, the quarter of LAs it falls in "
            + "(1 = the best quarter: the highest GLD, the narrowest gap) and its draft targets. Follow an LA's name "
            + "for its page: its results over the years, projections and draft targets, statistical neighbours, "
            + "gaps between groups, the lowest 20%, schools and settings, scales and data quality.", footer(input),
        input.synthetic(),
        draftsYear, first == null ? List.of() : LaPage.definitions(first, latest), links));
  }

  /** An LA's page. */
  public String localAuthority(String laCode) {
    return Templates.render(Templates.LA, new LaPage(input, index, laCode).view());
  }

  private IndexRow row(List<String> r, String href, String gldBand, String gapBand) {
    String period = attainment.cell(r, "time_period");
    String la = attainment.cell(r, "old_la_code");
    boolean isLa = href != null;
    return new IndexRow(la, attainment.cell(r, "la_name"), href, period, Cells.year(period),
        Cells.thousands(attainment.cell(r, "children_number")), attainment.cell(r, "gld_percent"), gldBand,
        isLa ? change(la, period, "gld_percent") : "", isLa ? draft(la, "gld_percent") : "",
        attainment.cell(r, "inequality_gap_percent"), gapBand,
        isLa ? change(la, period, "inequality_gap_percent") : "", isLa ? draft(la, "inequality_gap_percent") : "");
  }

  /** An LA's change on its year before, from the two published cells; a dash when either is not shown. */
  private String change(String la, String period, String column) {
    List<List<String>> rows = index.of(attainment, la);
    Double now = Cells.in(attainment, rows, period).map(r -> Cells.number(attainment.cell(r, column))).orElse(null);
    Double then = rows.stream().map(r -> attainment.cell(r, "time_period")).filter(p -> p.compareTo(period) < 0)
        .max(String::compareTo).flatMap(p -> Cells.in(attainment, rows, p))
        .map(r -> Cells.number(attainment.cell(r, column))).orElse(null);
    if (now == null || then == null) {
      return "\u2013";
    }
    java.math.BigDecimal change = java.math.BigDecimal.valueOf(now).subtract(java.math.BigDecimal.valueOf(then))
        .setScale(1, java.math.RoundingMode.HALF_UP);
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }

  /** An LA's draft target of a measure as its page shows it: the figure, or a dash where it is not shown. */
  private String draft(String la, String measure) {
    Page page = new Page(input, index, la);
    CsvTable targets = input.drafts().get("targets");
    return page.rules.target(measure)
        .filter(t -> !targets.cell(t, "draft_value").isEmpty() && page.rules.notOfThisOutput(targets, t) == null
            && page.rules.draftNotShown(targets, t) == null)
        .map(t -> Cells.rounded(targets.cell(t, "draft_value"))).orElse("\u2013");
  }

  private String band(String period, String column, Better better, String la) {
    return Optional.ofNullable(Bands.band(index, attainment, period, column, better, la)).map(String::valueOf)
        .orElse("\u2013");
  }

  /** What every page was drawn from: the run, each table with its sha256, and the drafts. */
  static Footer footer(ReportInput input) {
    List<String> sources = new ArrayList<>();
    input.published().values().stream().sorted(Comparator.comparing(CsvTable::name))
        .forEach(t -> sources.add(t.source() + " (sha256 " + t.sha256() + ")"));
    input.drafts().values().stream().sorted(Comparator.comparing(CsvTable::name))
        .forEach(t -> sources.add(t.source() + " (sha256 " + t.sha256() + "; a draft, not a published table)"));
    return new Footer("Drawn by " + input.madeBy() + " from the published (disclosure-controlled) tables of run "
        + input.runId() + (input.drafts().isEmpty() ? "; no drafts were found in " + input.draftsFolder() + "."
            : " and the drafts in " + input.draftsFolder() + "."), sources);
  }
}
