package eyfsp.reports;

import java.util.Arrays;
import java.util.List;

/**
 * What the templates draw: plain values, every text escaped by the template engine on the way out
 * (only the charts' SVG, built and escaped by {@link Svg}, goes in as it is).
 */
public final class Views {

  private Views() {}

  /**
   * A data table: the text alternative of a chart, or a table in its own right. A folded table is
   * drawn closed on screen (a click opens it) and left out of print, where the chart stands for it.
   */
  public record DataTable(String caption, List<String> headers, List<Row> rows, boolean folded) {
    DataTable(String caption, List<String> headers, List<Row> rows) {
      this(caption, headers, rows, true);
    }

    public boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  /** A cell: its text, and whether it is a figure (right-aligned, so that figures line up). */
  public record Cell(String text, boolean figure) {
    private static final java.util.regex.Pattern FIGURE =
        java.util.regex.Pattern.compile("^([-+]?[0-9][0-9,]*(\\.[0-9]+)?|[czx]|low)( \\(.*\\))?%?$");

    static Cell of(String text) {
      return new Cell(text, FIGURE.matcher(text).matches());
    }
  }

  public record Row(List<Cell> cells) {
    static Row of(String... cells) {
      return new Row(Arrays.stream(cells).map(Cell::of).toList());
    }
  }

  /** A link to the file behind a figure. */
  public record Link(String href, String text) {}

  /**
   * A chart with its caption, its source (table and years), its data as a table and the CSVs behind
   * it; or, with no chart (svg null), a few figures in a sentence as its caption, the table beneath
   * it: where a chart would not fit the four printed pages.
   */
  public record Figure(String id, String svg, String caption, String source, DataTable data, List<Link> links) {
    Figure(String id, String svg, String caption, String source, DataTable data) {
      this(id, svg, caption, source, data, List.of());
    }
  }

  /**
   * A section of an LA page: drawn from its tables when they are there, otherwise a plain
   * sentence saying what is not available and why. Terms are definitions (a draft's reasoning).
   */
  public record Section(String id, String title, String intro, boolean available, String unavailable,
      List<Figure> figures, List<DataTable> tables, List<String> notes, List<Term> terms) {

    Section(String id, String title, String intro, boolean available, String unavailable, List<Figure> figures,
        List<DataTable> tables, List<String> notes) {
      this(id, title, intro, available, unavailable, figures, tables, notes, List.of());
    }

    static Section unavailable(String id, String title, String why) {
      return new Section(id, title, null, false, why, List.of(), List.of(), List.of(), List.of());
    }

    public boolean hasTerms() {
      return !terms.isEmpty();
    }
  }

  /** A term and what it means (a definition, or a measure and its draft's reasoning). */
  public record Term(String term, String meaning) {}

  /**
   * A headline figure: the published cell as it is, where it comes from (table, column, time
   * period), and beside it the comparisons (England, the region, the neighbours, last year, the
   * rank) and any draft target.
   */
  public record Headline(String label, String value, String table, String column, String timePeriod,
      List<String> context, String target, String source, String href) {}

  /**
   * @param synthetic the input was synthetic: every page says so, above all else
   * @param framework the assessment framework the latest figures are under, in words
   * @param printName the LA's name as a CSS string (quoted and escaped), for the printed pages' heads
   */
  public record LaPage(String title, String laCode, String laName, String onsCode, String regionName,
      String latestYear, List<Headline> headlines, List<Section> sections, Footer footer, boolean synthetic,
      String framework, List<Term> definitions, String printName) {}

  /** One LA's line in the index: its published headline cells, quartile bands, change and drafts. */
  public record IndexRow(String laCode, String name, String href, String timePeriod, String year, String cohort,
      String gld, String gldBand, String gldChange, String gldDraft, String gap, String gapBand, String gapChange,
      String gapDraft) {}

  public record Region(String name, List<IndexRow> las) {}

  public record IndexPage(String title, String latestYear, IndexRow england, List<Region> regions, String about,
      Footer footer, boolean synthetic, String draftsYear, List<Term> definitions, List<Link> links) {}

  /** What the report was drawn from: the run, each table with its sha256, the drafts. */
  public record Footer(String provenance, List<String> sources) {}
}
