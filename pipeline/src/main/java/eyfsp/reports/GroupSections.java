package eyfsp.reports;

import eyfsp.domain.AcademicYear;
import eyfsp.io.CsvTable;
import eyfsp.reports.Charts.Interval;
import eyfsp.reports.Views.DataTable;
import eyfsp.reports.Views.Figure;
import eyfsp.reports.Views.Link;
import eyfsp.reports.Views.Row;
import eyfsp.reports.Views.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sections on groups of children: the GLD gaps between groups, and who is in the
 * lowest-achieving 20% (the "common factors" the statutory guidance asks LAs to find).
 */
final class GroupSections {

  /** Groups that record no characteristic of the child (not known; ethnicity refused or not obtained): never a factor. */
  static final Set<String> NOT_A_CHARACTERISTIC = Set.of("Unknown", "Unclassified");
  /** z for a 95% interval. */
  private static final double Z95 = 1.959963984540054;
  /**
   * EHC plans replaced statements from 1 September 2014 (Children and Families Act 2014, Part 3):
   * before the summer of 2015 the group held statements only.
   */
  private static final int FIRST_SUMMER_WITH_EHC_PLANS = 2015;

  private final Page page;

  GroupSections(Page page) {
    this.page = page;
  }

  /** A group's name as it stood in a year: "Statement or EHC plan" is "Statement" before EHC plans existed. */
  static String group(String name, String timePeriod) {
    boolean early = timePeriod.matches("\\d{6}")
        && AcademicYear.summerYearOf(Integer.parseInt(timePeriod)) < FIRST_SUMMER_WITH_EHC_PLANS;
    return early ? name.replace("Statement or EHC plan", "Statement").replace("statement or EHC plan", "statement")
        : name;
  }

  Section gaps() {
    String title = "Gaps between groups";
    Section missing = page.missing("gaps", title, "gaps");
    if (missing != null) {
      return missing;
    }
    CsvTable gaps = page.input.published().get("gaps");
    List<List<String>> rows = page.latestOfLa(gaps);
    List<List<String>> england = page.latestOfEngland(gaps);
    List<Interval> intervals = new ArrayList<>();
    List<Row> data = new ArrayList<>();
    for (List<String> r : rows) {
      String group = group(gaps.cell(r, "group"), page.latest);
      String comparisonGroup = group(gaps.cell(r, "comparison_group"), page.latest);
      String gap = gaps.cell(r, "gld_gap_percentage_points");
      String lower = gaps.cell(r, "gld_gap_ci_lower");
      String upper = gaps.cell(r, "gld_gap_ci_upper");
      boolean lowReliability = gaps.cell(r, "low_reliability").equals("1");
      String englandGap = england.stream().filter(e -> gaps.cell(e, "breakdown_topic").equals(gaps.cell(r,
          "breakdown_topic")) && gaps.cell(e, "group").equals(gaps.cell(r, "group"))
          && gaps.cell(e, "comparison_group").equals(gaps.cell(r, "comparison_group")))
          .map(e -> gaps.cell(e, "gld_gap_percentage_points")).findFirst().orElse("");
      String interval = Cells.number(lower) == null ? "" : " (" + lower + " to " + upper + ")";
      String text = gap + interval;
      intervals.add(new Interval(group + " vs " + comparisonGroup, Cells.number(gap), Cells.number(lower),
          Cells.number(upper), text, lowReliability, Cells.number(englandGap)));
      data.add(Row.of(group + " vs " + comparisonGroup, groupCells(gaps, r, "group"),
          groupCells(gaps, r, "comparison_group"), gap + interval, englandGap, lowReliability ? "low (a small group)"
              : ""));
    }
    String id = page.figureId("gaps");
    String description = "GLD gaps in percentage points in " + page.name + ", " + Cells.year(page.latest) + ": "
        + intervals.stream().map(i -> i.label() + " " + i.text()).collect(Collectors.joining("; ")) + ".";
    String svg = Charts.intervals(new Charts.IntervalChart(id + "-chart", "GLD gaps between groups, " + page.name
        + ", " + Cells.year(page.latest), description, intervals, "England", "percentage points (comparison group's "
        + "GLD % minus the group's)"));
    Figure figure = new Figure(id, svg, "The gap in GLD % between each group and the group it is compared with, "
        + "with its 95% confidence interval; above 0 the group is behind (lower is better). A hollow circle and "
        + "dashed interval mark a gap of low reliability.", "published/gaps.csv, " + Cells.year(page.latest),
        new DataTable("GLD gaps, " + Cells.year(page.latest), List.of("Gap", "Group GLD % (children)",
            "Comparison GLD % (children)", "Gap, points (95% CI)", "England's gap", "Reliability"), data),
        List.of(new Link(Page.csv("gaps"), "gaps.csv")));
    return new Section("gaps", title, "Which groups of children are behind, in percentage points of GLD: "
        + "FSM, deprived areas, sex, first language, SEN and term of birth.", true, null, List.of(figure),
        List.of(), List.of());
  }

  /** A group's GLD % and children: "62.8 (218)"; an empty group's GLD % is z (no child to have one), not c. */
  private static String groupCells(CsvTable gaps, List<String> r, String side) {
    String children = gaps.cell(r, side + "_children_number");
    String gld = children.equals("0") ? "z" : gaps.cell(r, side + "_gld_percent");
    return gld + " (" + Cells.thousands(children) + ")";
  }

  Section lowestFifth() {
    String title = "Who is in the lowest-achieving 20%";
    Section missing = page.missing("lowest-20", title, "lowest20_profile");
    if (missing != null) {
      return missing;
    }
    CsvTable profile = page.input.published().get("lowest20_profile");
    List<List<String>> rows = page.latestOfLa(profile);
    List<Interval> factors = new ArrayList<>();
    List<Row> all = new ArrayList<>();
    for (List<String> r : rows) {
      String group = profile.cell(r, "breakdown_topic") + ": " + group(profile.cell(r, "breakdown"), page.latest);
      String risk = profile.cell(r, "relative_risk");
      String children = profile.cell(r, "children_number");
      Double value = Cells.number(risk);
      if (value != null && value > 1 && !NOT_A_CHARACTERISTIC.contains(profile.cell(r, "breakdown"))) {
        double[] interval = riskInterval(Cells.number(profile.cell(r, "in_lowest20_number")),
            Cells.number(children), Cells.number(profile.cell(r, "lowest20_number")),
            Cells.number(profile.cell(r, "cohort_number")));
        String text = risk + (interval == null ? "" : " (" + Cells.rounded2(interval[0]) + " to "
            + Cells.rounded2(interval[1]) + ")");
        factors.add(new Interval(group + " (" + Cells.thousands(children) + ")", value,
            interval == null ? null : interval[0], interval == null ? null : interval[1], text,
            interval == null || interval[0] <= 1, null));
      }
      all.add(Row.of(profile.cell(r, "breakdown_topic"), group(profile.cell(r, "breakdown"), page.latest),
          Cells.thousands(children), profile.cell(r, "cohort_share_percent"),
          profile.cell(r, "lowest20_share_percent"), risk));
    }
    factors.sort(Comparator.comparing((Interval i) -> -i.value()));
    String id = page.figureId("lowest20");
    List<Figure> figures = new ArrayList<>();
    if (!factors.isEmpty()) {
      String description = "The groups over-represented in the lowest-achieving 20% of " + page.name + ", "
          + Cells.year(page.latest) + ", by relative risk (share of the lowest 20% over share of the cohort), with "
          + "95% intervals: " + factors.stream().map(b -> b.label() + " " + b.text()).collect(Collectors.joining("; "))
          + ".";
      String svg = Charts.intervals(new Charts.IntervalChart(id + "-chart", "Relative risk of being in the lowest "
          + "20%, " + page.name + ", " + Cells.year(page.latest), description, factors, null, "relative risk "
          + "(1 = as in the cohort)", "the interval reaches 1", 1.0));
      List<Row> data = factors.stream().map(b -> Row.of(b.label(), b.text())).toList();
      figures.add(new Figure(id, svg, "The common factors: the " + factors.size() + " groups (children in brackets) "
          + "more of the lowest 20% than of the cohort (relative risk above 1), with a 95% interval; hollow where "
          + "the interval reaches 1, so the group may be no more at risk than any other. Groups whose "
          + "characteristic is not known are left out.", "published/lowest20_profile.csv, " + Cells.year(page.latest),
          new DataTable("Relative risk, " + Cells.year(page.latest), List.of("Group (children)",
              "Relative risk (95% interval)"), data), List.of(new Link(Page.csv("lowest20_profile"),
                  "lowest20_profile.csv"))));
    }
    DataTable table = new DataTable("Every group: its share of the cohort and of the lowest 20%, "
        + Cells.year(page.latest) + " (source: published/lowest20_profile.csv)", List.of("Characteristic", "Group",
            "Children", "Share of cohort %", "Share of lowest 20% %", "Relative risk"), all);
    List<String> notes = new ArrayList<>();
    if (factors.isEmpty()) {
      notes.add("No group whose relative risk is shown is above 1.");
    }
    new PairFactors(page).figure(notes).ifPresent(figures::add);
    return new Section("lowest-20", title, "The statutory guidance asks LAs to find the common factors among the "
        + "children at risk of falling into the lowest 20%.", true, null, figures, List.of(table), notes);
  }

  /**
   * The 95% interval of a relative risk (a / k) / (n / N): the lowest 20% is a fixed share of the
   * cohort (k of N), so the risk is the group's rate of being in it, a of its n children, times N / k;
   * the rate's Wilson score interval (Wilson 1927) times N / k. Null when a figure is not shown.
   */
  static double[] riskInterval(Double inLowest, Double children, Double lowest, Double cohort) {
    if (inLowest == null || children == null || lowest == null || cohort == null || children <= 0 || lowest <= 0) {
      return null;
    }
    double p = inLowest / children;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / children;
    double centre = (p + z2 / (2 * children)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / children + z2 / (4 * children * children)) / denominator;
    double scale = cohort / lowest;
    return new double[] {(centre - half) * scale, (centre + half) * scale};
  }
}
