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
              + "there is no LA to show.", footer(input)));
    }
    String latest = attainment.rows().stream().map(r -> attainment.cell(r, "time_period")).max(String::compareTo)
        .orElse("");
    IndexRow england = Cells.in(attainment, index.national(attainment), latest)
        .map(r -> row(r, null, null, null)).orElse(null);
    Map<String, List<IndexRow>> regions = new TreeMap<>();
    for (String la : localAuthorities()) {
      List<String> r = index.of(attainment, la).stream()
          .max(Comparator.comparing(x -> attainment.cell(x, "time_period"))).orElseThrow();
      String period = attainment.cell(r, "time_period");
      regions.computeIfAbsent(attainment.cell(r, "region_name"), k -> new ArrayList<>()).add(row(r, laPage(la),
          band(period, "gld_percent", Better.HIGHER, la), band(period, "inequality_gap_percent", Better.LOWER, la)));
    }
    List<Region> grouped = new ArrayList<>();
    regions.forEach((name, las) -> grouped.add(new Region(name.isEmpty() ? "Region not known" : name,
        las.stream().sorted(Comparator.comparing(IndexRow::name)).toList())));
    return Templates.render(Templates.INDEX, new Views.IndexPage("EYFSP negotiation pack: every LA",
        Cells.year(latest), england, grouped, "Each LA's good level of development (GLD %), inequality gap % and "
            + "cohort in its latest year, exactly as published in published/attainment.csv, and the quarter of LAs "
            + "it falls in on each (1 = the best quarter: the highest GLD, the narrowest gap). Follow an LA's name "
            + "for its page: its results over the years, projections and draft targets, statistical neighbours, "
            + "gaps between groups, the lowest 20%, scales and data quality.", footer(input)));
  }

  /** An LA's page. */
  public String localAuthority(String laCode) {
    return Templates.render(Templates.LA, new LaPage(input, index, laCode).view());
  }

  private IndexRow row(List<String> r, String href, String gldBand, String gapBand) {
    String period = attainment.cell(r, "time_period");
    return new IndexRow(attainment.cell(r, "old_la_code"), attainment.cell(r, "la_name"), href, period,
        Cells.year(period), attainment.cell(r, "children_number"), attainment.cell(r, "gld_percent"), gldBand,
        attainment.cell(r, "inequality_gap_percent"), gapBand);
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
