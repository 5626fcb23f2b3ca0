package eyfsp.reports;

import eyfsp.domain.PairNames;
import eyfsp.io.CsvTable;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Factors in combination on the lowest-20% section: the groups of two characteristics at once
 * ("boys eligible for FSM") most at risk of being in the LA's lowest 20%, each with its relative
 * risk, its 95% interval and its size as {@code lowest20_profile_by_pair} publishes them. A
 * sentence names the few clearly at risk (interval above 1), a folded table every group above 1:
 * the LA page prints on four A4 pages and the section's chart already takes its share. A run
 * publishes the pairs for England and regions of 10,000 children or more, so the page shows the
 * LA's region's groups (or England's) and says whose they are; an output without them says so.
 */
final class PairFactors {

  static final String TABLE = "lowest20_profile_by_pair";
  /** The groups named in the sentence: the highest relative risks whose interval lies above 1. */
  static final int NAMED = 3;
  private static final String WHAT = "Groups in combination (boys eligible for FSM, say)";

  private final Page page;

  PairFactors(Page page) {
    this.page = page;
  }

  /** A combined group above 1, as published: its name (children), risk, interval and whether that lies above 1. */
  private record Factor(String label, double risk, String text, boolean clear) {}

  /** The sentence and table as a figure; empty with a note saying why when there is none to show. */
  Optional<Figure> figure(List<String> notes) {
    CsvTable pairs = page.input.published().get(TABLE);
    if (pairs == null) {
      notes.add(WHAT + ": not published (internal/csv/" + TABLE + ".csv; published for England and regions of "
          + "10,000 children or more, conf disclosure.table_min_children).");
      return Optional.empty();
    }
    // The pairs are published for England and the regions (conf disclosure.table_levels): the LA's own
    // where an output has them, else its region's, else England's.
    List<String> la = page.latestOfLa(page.attainment).get(0);
    List<List<String>> rows = page.latestOfLa(pairs);
    String where = "";
    if (rows.isEmpty()) {
      rows = page.inLatest(pairs, pairs.rows().stream().filter(r -> Cells.at(pairs, r, Cells.REGIONAL)
          && pairs.cell(r, "region_code").equals(page.attainment.cell(la, "region_code"))).toList());
      where = page.attainment.cell(la, "region_name");
    }
    if (rows.isEmpty()) {
      rows = page.latestOfEngland(pairs);
      where = "England";
    }
    String of = where.isEmpty() ? "" : " (" + where + "'s: the LA's are not published)";
    List<Factor> factors = new ArrayList<>();
    for (List<String> r : rows) {
      String breakdown = pairs.cell(r, "breakdown");
      Double risk = Cells.number(pairs.cell(r, "relative_risk"));
      boolean known = Arrays.stream(breakdown.split(PairNames.GROUP))
          .noneMatch(GroupSections.NOT_A_CHARACTERISTIC::contains);
      if (risk == null || risk <= 1 || !known) {
        continue;
      }
      String lower = pairs.cell(r, "relative_risk_ci_lower");
      Double low = Cells.number(lower);
      factors.add(new Factor(GroupSections.group(breakdown, page.latest) + " ("
          + Cells.thousands(pairs.cell(r, "children_number")) + ")", risk, pairs.cell(r, "relative_risk")
          + (lower.isEmpty() ? "" : " (" + lower + " to " + pairs.cell(r, "relative_risk_ci_upper") + ")"),
          low != null && low > 1));
    }
    String year = Cells.year(page.latest);
    if (factors.isEmpty()) {
      notes.add(WHAT + of + ": no combined group whose relative risk is shown is above 1 (published/" + TABLE
          + ".csv, " + year + ").");
      return Optional.empty();
    }
    factors.sort(Comparator.comparing((Factor f) -> -f.risk()).thenComparing(Factor::label));
    List<Factor> named = factors.stream().filter(Factor::clear).limit(NAMED).toList();
    String sentence = named.isEmpty()
        ? WHAT + of + ": " + factors.size() + " with a relative risk above 1, none clearly (each interval reaches 1)."
        : "Groups of two characteristics most at risk" + of + " (the highest relative risks whose 95% interval lies "
            + "above 1, as published; children in brackets): " + named.stream().map(f -> f.label() + " " + f.text())
                .collect(Collectors.joining("; ")) + ".";
    return Optional.of(new Figure(page.figureId("lowest20-pairs"), null, sentence, "published/" + TABLE + ".csv, "
        + year, new DataTable("Every group of two characteristics with a relative risk above 1, " + year + " (groups "
            + "with a characteristic not known left out)", List.of("Group (children)", "Relative risk (95% interval)",
                "Interval above 1"), factors.stream().map(f -> Row.of(f.label(), f.text(), f.clear() ? "yes" : "no"))
                    .toList()), List.of(new Link(Page.csv(TABLE), TABLE + ".csv"))));
  }
}
