package eyfsp.reports;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.io.CsvTable;
import eyfsp.reports.Views.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every section of one LA's page shares: the tables it is drawn from, the LA's latest row,
 * the rules for drafts, and the page's words for the codes the tables use (a measure's label, a
 * rule's meaning), so that no settings key or rule code reaches the reader.
 */
final class Page {

  static final String GLD = "gld_percent";
  static final String GAP = "inequality_gap_percent";
  static final String COHORT = "children_number";

  final ReportInput input;
  final RowIndex index;
  final String la;
  final CsvTable attainment;
  final ShownResults shown;
  final DraftRules rules;
  final List<String> laRow;
  /** The LA's latest time period in the published attainment table. */
  final String latest;
  final String name;
  private int figures;

  Page(ReportInput input, RowIndex index, String laCode) {
    this.input = input;
    this.index = index;
    this.la = laCode;
    this.attainment = input.published().get("attainment");
    this.shown = new ShownResults(input.published(), input.settings(), index);
    this.rules = new DraftRules(input, index, shown, laCode);
    List<List<String>> rows = index.of(attainment, laCode);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("LA " + laCode + " has no row in the published attainment table");
    }
    this.laRow = rows.stream().max(Comparator.comparing(r -> attainment.cell(r, "time_period"))).orElseThrow();
    this.latest = attainment.cell(laRow, "time_period");
    this.name = attainment.cell(laRow, "la_name");
  }

  String figureId(String kind) {
    return "figure-" + (++figures) + "-" + kind;
  }

  Better better(String measure) {
    HistorySettings.MeasureDefinition definition = input.settings().history().measures().get(measure);
    return definition == null ? Better.HIGHER : definition.better();
  }

  String label(String measure) {
    HistorySettings.MeasureDefinition definition = input.settings().history().measures().get(measure);
    return definition == null ? measure : definition.label();
  }

  /** The framework a time period's results are under, in words ("" when conf has none for it). */
  String framework(String timePeriod) {
    if (!timePeriod.matches("\\d{6}")) {
      return "";
    }
    return input.settings().frameworkOf(AcademicYear.summerYearOf(Integer.parseInt(timePeriod)))
        .map(eyfsp.domain.Framework::name).orElse("");
  }

  /** The code of the framework a time period's results are under (fsp13, elg17, elg21; "" when conf has none). */
  String frameworkCode(String timePeriod) {
    if (!timePeriod.matches("\\d{6}")) {
      return "";
    }
    return input.settings().frameworkOf(AcademicYear.summerYearOf(Integer.parseInt(timePeriod)))
        .map(eyfsp.domain.Framework::code).orElse("");
  }

  private static final Pattern KEY = Pattern.compile("\\b[a-z0-9]+(?:_[a-z0-9]+)+\\b");

  /** A text from the drafts with every measure's settings key replaced by its label. */
  String words(String text) {
    Map<String, HistorySettings.MeasureDefinition> measures = input.settings().history().measures();
    Matcher m = KEY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      HistorySettings.MeasureDefinition d = measures.get(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(d == null ? m.group() : shortLabel(d.label())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A measure's label without its unit in brackets, for running text. */
  static String shortLabel(String label) {
    return label.replaceAll("\\s*\\([^)]*\\)$", "");
  }

  /** What the target rule that decided a draft did, in words. */
  static String rule(String code) {
    return switch (code) {
      case "PROJECTION" -> "the projection";
      case "AMBITION_STEP" -> "a step towards the benchmark";
      case "BASELINE" -> "held at the latest result";
      case "YEARLY_CAP" -> "capped at the yearly limit";
      case "PROJECTION_BEYOND_CAP" -> "the projection, beyond the yearly limit";
      case "GAP_CLOSED" -> "the gap closed (0)";
      case "NOT_POSSIBLE" -> "not possible";
      default -> code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  /** A neighbour method from the drafts ("the 10 nearest by fsm_percent weight 1, ...") in words, with the count found. */
  String neighbourMethod(String from, int found) {
    if (from.startsWith("the ") && from.contains(" nearest by ")) {
      String by = from.substring(from.indexOf(" nearest by ") + " nearest by ".length()).split(";")[0];
      List<String> measures = java.util.Arrays.stream(by.split(", "))
          .map(part -> part.replaceAll(" \\(log\\)", "").replaceAll(" weight [0-9.]+$", "").strip())
          .map(key -> input.settings().history().measures().containsKey(key) ? shortLabel(label(key)) : key).toList();
      return "the " + found + " LA" + (found == 1 ? "" : "s") + " most like it in context (by "
          + String.join(", ", measures) + ")";
    }
    return words(from);
  }

  private static final java.util.Set<String> ACRONYMS = java.util.Set.of("LA", "UPN", "LSOA", "FSM", "SEN",
      "LAESTAB");

  /** A reject reason's code in words: BAD_UPN as "Bad UPN", DUPLICATE_CONFLICT as "Duplicate conflict". */
  static String reason(String code) {
    List<String> words = new java.util.ArrayList<>();
    for (String word : code.split("_")) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      words.add(ACRONYMS.contains(word) ? word : words.isEmpty()
          ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
    }
    return String.join(" ", words);
  }

  /** An input's kind in words (eyfsp: the returns). */
  static String input(String kind) {
    return switch (kind) {
      case "eyfsp" -> "returns";
      case "idaci" -> "deprivation file";
      case "local_authorities" -> "LA lookup";
      default -> kind.replace('_', ' ');
    };
  }

  /** DfE's symbols, as the page explains them. */
  static String symbols() {
    return "c is suppressed to protect children (a count under 6, or a figure that would reveal one), z not "
        + "applicable (no child in the group, or a measure the year does not define), x not available";
  }

  /** Those of some rows in the LA's latest year. */
  List<List<String>> inLatest(CsvTable table, List<List<String>> rows) {
    return rows.stream().filter(r -> table.cell(r, "time_period").equals(latest)).toList();
  }

  /** The LA's rows of a published table in its latest year. */
  List<List<String>> latestOfLa(CsvTable table) {
    return inLatest(table, index.of(table, la));
  }

  /** England's rows of a published table in the LA's latest year. */
  List<List<String>> latestOfEngland(CsvTable table) {
    return inLatest(table, index.national(table));
  }

  /**
   * The section in place of one drawn from a table, saying why: the output has no such published
   * table, or it has no row for this LA in its latest year; null when there is something to draw.
   */
  Section missing(String id, String title, String table) {
    CsvTable t = input.published().get(table);
    if (t == null) {
      return Section.unavailable(id, title, notInOutput(table));
    }
    if (latestOfLa(t).isEmpty()) {
      return Section.unavailable(id, title, "Not available: the published " + table + " table has no row for this "
          + "LA in " + Cells.year(latest) + ".");
    }
    return null;
  }

  static String notInOutput(String table) {
    return "Not available: this output has no published " + table + " table (published/" + table + ".csv).";
  }

  /** A link to a published table, relative to an LA page. */
  static String csv(String table) {
    return "../../published/" + table + ".csv";
  }

  static String ordinal(int n) {
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
