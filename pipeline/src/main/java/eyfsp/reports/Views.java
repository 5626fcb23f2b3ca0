package eyfsp.reports;

import java.util.List;

/**
 * What the templates draw: plain values, every text escaped by the template engine on the way out
 * (only the charts' SVG, built and escaped by {@link Svg}, goes in as it is).
 */
public final class Views {

  private Views() {}

  /** A data table: the text alternative of a chart, or a table in its own right. */
  public record DataTable(String caption, List<String> headers, List<Row> rows) {
    public boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  public record Row(List<String> cells) {
    static Row of(String... cells) {
      return new Row(List.of(cells));
    }
  }

  /** A chart with its caption, its source (table and years) and its data as a table. */
  public record Figure(String id, String svg, String caption, String source, DataTable data) {}

  /**
   * A section of an LA page: drawn from its tables when they are there, otherwise a plain
   * sentence saying what is not available and why.
   */
  public record Section(String id, String title, String intro, boolean available, String unavailable,
      List<Figure> figures, List<DataTable> tables, List<String> notes) {

    static Section unavailable(String id, String title, String why) {
      return new Section(id, title, null, false, why, List.of(), List.of(), List.of());
    }
  }

  /**
   * A headline figure: the published cell as it is, where it comes from (table, column, time
   * period), and beside it England's, the national quartile band and any draft target.
   */
  public record Headline(String label, String value, String table, String column, String timePeriod,
      String context, String target, String source) {}

  public record LaPage(String title, String laCode, String laName, String onsCode, String regionName,
      String latestYear, List<Headline> headlines, List<Section> sections, Footer footer) {}

  /** One LA's line in the index: its published headline cells and quartile bands. */
  public record IndexRow(String laCode, String name, String href, String timePeriod, String year, String cohort,
      String gld, String gldBand, String gap, String gapBand) {}

  public record Region(String name, List<IndexRow> las) {}

  public record IndexPage(String title, String latestYear, IndexRow england, List<Region> regions, String about,
      Footer footer) {}

  /** What the report was drawn from: the run, each table with its sha256, the drafts. */
  public record Footer(String provenance, List<String> sources) {}
}
