package eyfsp.reports;

import eyfsp.domain.Areas;
import eyfsp.io.CsvTable;
import eyfsp.measures.SchoolAttainment;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * "Schools, settings and areas": where the LA's children not reaching GLD are, for the
 * differentiated support and challenge the statutory guidance asks LAs to give settings. The
 * schools and PVI settings with the most children not reaching GLD (from {@code schools}) in a
 * sentence, every setting in a folded table; and, when the run had an areas.csv, each type of reach
 * area's range of GLD % (from {@code attainment_by_area}) in a sentence, every area in a folded
 * table. Sentences, not charts: the LA page prints on four A4 pages, and it had little room left.
 */
final class SettingsSection {

  static final String SCHOOLS = "schools";
  static final String AREAS = "attainment_by_area";
  /** The settings named: those with the most children not reaching GLD, few enough for a sentence. */
  static final int SHOWN = 3;
  private static final String ID = "settings";
  private static final String TITLE = "Schools, settings and areas";

  private final Page page;

  SettingsSection(Page page) {
    this.page = page;
  }

  Section section() {
    CsvTable schools = page.input.published().get(SCHOOLS);
    CsvTable areas = page.input.published().get(AREAS);
    if (schools == null && areas == null) {
      return Section.unavailable(ID, TITLE, Page.notInOutput(SCHOOLS) + " " + Page.notInOutput(AREAS) + " A run "
          + "makes " + AREAS + " only from an areas.csv.");
    }
    List<Figure> figures = new ArrayList<>();
    List<DataTable> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String summary = schools == null ? Page.notInOutput(SCHOOLS) : settings(schools, figures);
    if (areas == null) {
      notes.add("Reach areas: not available (no published " + AREAS + " table: a run makes one only from an "
          + "areas.csv).");
    } else {
      areas(areas, tables, notes);
    }
    return new Section(ID, TITLE, "Where the children not reaching GLD are. " + summary, true, null, figures, tables,
        notes);
  }

  /**
   * The settings with the most children not reaching GLD in a sentence, every setting in a folded
   * table; returns the sentence that sums them up.
   */
  private String settings(CsvTable schools, List<Figure> figures) {
    String year = Cells.year(page.latest);
    List<List<String>> rows = page.inLatest(schools, page.index.schoolsOf(schools, page.la));
    if (rows.isEmpty()) {
      return "No school or setting of this LA has a row in the published " + SCHOOLS + " table in " + year + ".";
    }
    List<Setting> settings = rows.stream().map(r -> Setting.of(schools, r))
        .sorted(Comparator.comparing((Setting s) -> s.without() == null ? 1 : 0)
            .thenComparing(s -> s.without() == null ? 0 : -s.without())
            .thenComparing(s -> -(s.children() == null ? 0 : s.children())).thenComparing(Setting::label))
        .toList();
    long pvi = settings.stream().filter(s -> s.type().equals(eyfsp.domain.Setting.PVI)).count();
    long shownGld = settings.stream().filter(s -> Cells.number(s.gld()) != null).count();
    Map<String, Long> symbols = settings.stream().filter(s -> Cells.number(s.gld()) == null)
        .collect(Collectors.groupingBy(Setting::gld, TreeMap::new, Collectors.counting()));
    List<Double> gld = settings.stream().map(s -> Cells.number(s.gld())).filter(java.util.Objects::nonNull)
        .sorted().toList();
    StringBuilder summary = new StringBuilder("In " + year + ", " + count(settings.size() - pvi, "school")
        + (pvi == 0 ? "" : " and " + count(pvi, "PVI setting")) + " assessed children; GLD % is shown for " + shownGld);
    if (!symbols.isEmpty()) {
      summary.append(" (").append(symbols.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "blank" : e.getKey())
          + " for " + e.getValue()).collect(Collectors.joining(", "))).append(')');
    }
    if (!gld.isEmpty()) {
      summary.append(gld.size() == 1 ? ": " + Cells.rounded(gld.get(0))
          : ", from " + Cells.rounded(gld.get(0)) + " to " + Cells.rounded(gld.get(gld.size() - 1)));
    }
    summary.append('.');

    String source = "published/" + SCHOOLS + ".csv, " + year;
    DataTable all = new DataTable("Every school and setting, " + year + ", the most children not reaching GLD first "
        + "(source: " + source + ")", List.of("School or setting", "LAESTAB or URN", "Type", "Children", "GLD %",
            "Not reaching GLD", "Inequality gap %"), settings.stream().map(s -> Row.of(s.label(), s.laestab(),
                s.type(), Cells.thousands(s.childrenCell()), s.gld(), s.without() == null ? "" : Cells.thousands(
                    Long.toString(s.without())), s.gap())).toList());
    List<Setting> most = settings.stream().filter(s -> s.without() != null).limit(SHOWN).toList();
    String caption = most.isEmpty() ? "No setting's children reaching GLD are shown in " + year + " (c)."
        : "Most children not reaching GLD (children assessed less those reaching it, both as published; GLD % in "
            + "brackets): " + most.stream().map(s -> s.label() + ", " + Cells.thousands(Long.toString(s.without()))
                + " of " + Cells.thousands(s.childrenCell()) + " (" + s.gld() + ")").collect(Collectors.joining("; "))
            + ". Every setting is in the table beneath.";
    figures.add(new Figure(page.figureId("settings"), null, caption, source, all,
        List.of(new Link(Page.csv(SCHOOLS), SCHOOLS + ".csv"))));
    return summary.toString();
  }

  /** For each type of area, a sentence on its areas' GLD %; every area in a folded table. */
  private void areas(CsvTable areas, List<DataTable> tables, List<String> notes) {
    String year = Cells.year(page.latest);
    List<List<String>> rows = page.latestOfLa(areas);
    if (rows.isEmpty()) {
      notes.add("Reach areas: the published " + AREAS + " table has no row for this LA in " + year + ".");
      return;
    }
    Map<String, List<List<String>>> byType = rows.stream().collect(Collectors.groupingBy(
        r -> areas.cell(r, "area_type"), LinkedHashMap::new, Collectors.toList()));
    List<Row> data = new ArrayList<>();
    byType.forEach((type, typeRows) -> {
      List<List<String>> inAreas = typeRows.stream().filter(r -> !areas.cell(r, "area_name").equals(Areas.OUTSIDE))
          .sorted(Comparator.comparing((List<String> r) -> Cells.number(areas.cell(r, Page.GLD)) == null ? 1 : 0)
              .thenComparing(r -> Cells.number(areas.cell(r, Page.GLD)) == null ? 0
                  : Cells.number(areas.cell(r, Page.GLD))).thenComparing(r -> areas.cell(r, "area_name")))
          .toList();
      List<List<String>> shown = inAreas.stream().filter(r -> Cells.number(areas.cell(r, Page.GLD)) != null).toList();
      StringBuilder sentence = new StringBuilder("By " + type.toLowerCase(java.util.Locale.ROOT) + " (" + count(
          inAreas.size(), "area") + ")");
      if (shown.size() >= 2) {
        List<String> low = shown.get(0);
        List<String> high = shown.get(shown.size() - 1);
        sentence.append(": GLD % from ").append(areas.cell(low, Page.GLD)).append(" (").append(areas.cell(low,
            "area_name")).append(") to ").append(areas.cell(high, Page.GLD)).append(" (")
            .append(areas.cell(high, "area_name")).append(')');
      } else {
        sentence.append(": GLD % is shown for ").append(shown.size()).append(" of them");
      }
      if (shown.size() < inAreas.size() && shown.size() >= 2) {
        sentence.append("; not shown (c) for ").append(inAreas.size() - shown.size());
      }
      typeRows.stream().filter(r -> areas.cell(r, "area_name").equals(Areas.OUTSIDE)).findFirst().ifPresent(r ->
          sentence.append("; ").append(Cells.thousands(areas.cell(r, Page.COHORT))).append(" children live outside "
              + "every area"));
      notes.add(sentence.append(" (published/" + AREAS + ".csv, " + year + ").").toString());
      for (List<String> r : inAreas) {
        data.add(areaRow(areas, r, type));
      }
      typeRows.stream().filter(r -> areas.cell(r, "area_name").equals(Areas.OUTSIDE))
          .forEach(r -> data.add(areaRow(areas, r, type)));
    });
    tables.add(new DataTable("Every area, " + year + ", the lowest GLD % first (source: published/" + AREAS
        + ".csv)", List.of("Type of area", "Area", "Children", "GLD %", "Inequality gap %"), data));
  }

  private static Row areaRow(CsvTable areas, List<String> r, String type) {
    return Row.of(type, areas.cell(r, "area_name"), Cells.thousands(areas.cell(r, Page.COHORT)),
        areas.cell(r, Page.GLD), areas.cell(r, Page.GAP));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A school or setting as published: its name (or, where the schools file did not name it, its
   * LAESTAB), cells, and the children not reaching GLD (children less GLD, null when either is not shown).
   */
  private record Setting(String label, String laestab, String type, String childrenCell, Long children, String gld,
      Long without, String gap) {

    static Setting of(CsvTable t, List<String> r) {
      String laestab = t.cell(r, "school_laestab");
      String name = t.cell(r, "school_name");
      String type = t.cell(r, "setting_type");
      String label = name.isEmpty() || name.equals(SchoolAttainment.NOT_AVAILABLE_NAME)
          ? (type.isEmpty() ? "Setting" : type) + " " + laestab : name;
      Double children = Cells.number(t.cell(r, Page.COHORT));
      Double reached = Cells.number(t.cell(r, "gld_number"));
      Long without = children == null || reached == null ? null : Math.round(children - reached);
      return new Setting(label, laestab, type, t.cell(r, Page.COHORT), children == null ? null
          : Math.round(children), t.cell(r, Page.GLD), without, t.cell(r, Page.GAP));
    }
  }
}
