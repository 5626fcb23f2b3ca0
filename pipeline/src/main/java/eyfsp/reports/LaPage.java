package eyfsp.reports;

import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.reports.Views.Headline;
import eyfsp.reports.Views.Section;
import eyfsp.reports.Views.Term;
import eyfsp.targets.Quantiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One LA's page: what its figures are (the framework, GLD, the gap, the symbols), its headline
 * figures beside England's, its region's and its neighbours', then a section per table, each drawn
 * from that table when the output has it and saying plainly that it is not available otherwise.
 * Published figures are shown as their cells are (same rounding, same symbols); draft figures only
 * where {@link DraftRules} allows.
 */
final class LaPage {

  /**
   * What a good level of development is under each framework (DfE's EYFSP statistics; domain
   * page §2 and §1), by the framework codes of history.frameworks.
   */
  private static final Map<String, String> GLD_DEFINITION = Map.of(
      "fsp13", "78 points or more across the 13 scales, and 6 or more on each scale of personal, social and "
          + "emotional development and of communication, language and literacy (NI 72)",
      "elg17", "at least the expected level in each of the 12 early learning goals of the prime areas, literacy "
          + "and mathematics",
      "elg21", "the expected level in each of the 12 early learning goals of communication and language, personal, "
          + "social and emotional development, physical development, literacy and mathematics");

  private final Page page;
  private final NeighboursSection neighbours;

  LaPage(ReportInput input, RowIndex index, String laCode) {
    this.page = new Page(input, index, laCode);
    this.neighbours = new NeighboursSection(page);
  }

  Views.LaPage view() {
    GroupSections groups = new GroupSections(page);
    ProfileSections profile = new ProfileSections(page);
    List<Section> sections = List.of(new TrendSection(page).section(), new TargetsSection(page).section(),
        neighbours.section(), groups.gaps(), groups.lowestFifth(), new SettingsSection(page).section(), profile.scales(),
        profile.quality());
    CsvTable attainment = page.attainment;
    return new Views.LaPage(page.name + " (LA " + page.la + "): EYFSP negotiation pack", page.la, page.name,
        attainment.cell(page.laRow, "new_la_code"), attainment.cell(page.laRow, "region_name"),
        Cells.year(page.latest), headlines(), sections, Report.footer(page.input), page.input.synthetic(),
        page.framework(page.latest), definitions(page, page.latest), cssString(page.name + " (LA " + page.la + ")"));
  }

  /** What the figures of a year are: its framework, GLD, the inequality gap and DfE's symbols. */
  static List<Term> definitions(Page page, String timePeriod) {
    List<Term> terms = new ArrayList<>();
    String framework = page.framework(timePeriod);
    String code = page.frameworkCode(timePeriod);
    if (!framework.isEmpty()) {
      terms.add(new Term("Framework", framework + ". Results are never compared, trended or targeted across a "
          + "change of framework."));
    }
    terms.add(new Term("GLD", "A good level of development: " + GLD_DEFINITION.getOrDefault(code,
        "as the framework defines it") + ". Shown as a percentage of the children assessed; higher is better."));
    terms.add(new Term("Inequality gap", "How far the average score of the lowest-achieving 20% of children falls "
        + "below the median score, as a percentage of the median (NI 92). Lower is better."));
    terms.add(new Term("c, z, x", Page.symbols() + ". Figures are rounded to 1 decimal place."));
    return terms;
  }

  private List<Headline> headlines() {
    CsvTable attainment = page.attainment;
    Optional<List<String>> england = Cells.in(attainment, page.index.national(attainment), page.latest);
    Optional<List<String>> region = attainment.rows().stream()
        .filter(r -> Cells.at(attainment, r, Cells.REGIONAL) && attainment.cell(r, "time_period").equals(page.latest)
            && attainment.cell(r, "region_code").equals(attainment.cell(page.laRow, "region_code"))).findFirst();
    String source = "published/attainment.csv, " + Cells.year(page.latest);
    List<Headline> headlines = new ArrayList<>();
    for (String column : List.of(Page.GLD, Page.GAP, Page.COHORT)) {
      Better better = column.equals(Page.COHORT) ? Better.NEITHER : page.better(column);
      boolean count = column.equals(Page.COHORT);
      List<String> context = new ArrayList<>();
      england.ifPresent(e -> context.add("England " + shown(attainment.cell(e, column), count)));
      region.ifPresent(r -> context.add(attainment.cell(r, "region_name") + " " + shown(attainment.cell(r, column),
          count)));
      if (better != Better.NEITHER) {
        neighbourMedian(column).ifPresent(context::add);
      }
      change(column, count).ifPresent(context::add);
      if (better != Better.NEITHER) {
        rank(column, better).ifPresent(context::add);
        context.add(Bands.sentence(page.index, attainment, page.latest, column, better, page.la));
      }
      String label = count ? "Children assessed (cohort)" : page.label(column);
      headlines.add(new Headline(label + (better == Better.LOWER ? ": lower is better" : ""),
          shown(attainment.cell(page.laRow, column), count), "attainment", column, page.latest, context,
          count ? null : targetSentence(column), source, count ? "#data-quality" : "#over-the-years"));
    }
    return headlines;
  }

  private static String shown(String cell, boolean count) {
    return count ? Cells.thousands(cell) : cell;
  }

  /** The change on the LA's year before, from the two published cells; empty when either is not shown. */
  private Optional<String> change(String column, boolean count) {
    CsvTable attainment = page.attainment;
    List<List<String>> rows = page.index.of(attainment, page.la);
    Optional<List<String>> before = rows.stream().map(r -> attainment.cell(r, "time_period"))
        .filter(p -> p.compareTo(page.latest) < 0).max(String::compareTo)
        .flatMap(p -> Cells.in(attainment, rows, p));
    Double now = Cells.number(attainment.cell(page.laRow, column));
    Double then = before.map(r -> Cells.number(attainment.cell(r, column))).orElse(null);
    if (now == null || then == null) {
      return Optional.empty();
    }
    BigDecimal change = BigDecimal.valueOf(now).subtract(BigDecimal.valueOf(then));
    String text = count ? String.format(java.util.Locale.ROOT, "%+,d", change.longValue())
        : (change.signum() > 0 ? "+" : "") + change.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    return Optional.of("Change on " + Cells.year(attainment.cell(before.get(), "time_period")) + ": " + text);
  }

  /** The LA's rank among the LAs with a result shown in its latest year (1 the best). */
  private Optional<String> rank(String column, Better better) {
    CsvTable attainment = page.attainment;
    Double value = Cells.number(attainment.cell(page.laRow, column));
    List<Double> all = attainment.rows().stream()
        .filter(r -> Cells.at(attainment, r, Cells.LOCAL_AUTHORITY) && attainment.cell(r, "time_period")
            .equals(page.latest))
        .map(r -> Cells.number(attainment.cell(r, column))).filter(java.util.Objects::nonNull).toList();
    if (value == null || all.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Rank " + Quantiles.rank(value, all, better) + " of " + all.size() + " LAs (1 = the "
        + (better == Better.HIGHER ? "highest" : "lowest") + ")");
  }

  /** The median of the neighbours' published results, and of how many; empty without neighbours. */
  private Optional<String> neighbourMedian(String column) {
    List<String> codes = neighbours.neighbours(column);
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    CsvTable attainment = page.attainment;
    List<Double> values = codes.stream()
        .map(code -> Cells.in(attainment, page.index.of(attainment, code), page.latest)
            .map(r -> Cells.number(attainment.cell(r, column))).orElse(null))
        .filter(java.util.Objects::nonNull).sorted().toList();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    double median = Quantiles.quantile(values, 0.5);
    return Optional.of("Neighbours' median " + Cells.rounded(median) + (values.size() < codes.size()
        ? " (of the " + values.size() + " of " + codes.size() + " shown)" : ""));
  }

  private String targetSentence(String measure) {
    Optional<List<String>> target = page.rules.target(measure);
    if (target.isEmpty()) {
      return null;
    }
    CsvTable targets = page.input.drafts().get("targets");
    List<String> t = target.get();
    String year = Cells.year(targets.cell(t, "time_period"));
    String other = page.rules.notOfThisOutput(targets, t);
    if (other != null) {
      return "Draft target for " + year + " not shown: " + other + ".";
    }
    if (targets.cell(t, "draft_value").isEmpty()) {
      return "No draft target for " + year + " (" + Page.rule(targets.cell(t, "rule")) + ").";
    }
    String why = page.rules.draftNotShown(targets, t);
    if (why != null) {
      return "Draft target for " + year + " not shown: " + why + ".";
    }
    return "Draft target for " + year + ": " + Cells.rounded(targets.cell(t, "draft_value"));
  }

  /** A text as a CSS string, for the printed pages' heads: quoted, with quotes, backslashes and tags escaped. */
  static String cssString(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
        s.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
