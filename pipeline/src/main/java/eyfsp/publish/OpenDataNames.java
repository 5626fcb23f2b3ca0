package eyfsp.publish;

import eyfsp.domain.BirthDates;
import eyfsp.domain.CensusCodes;
import eyfsp.domain.PairNames;
import eyfsp.io.CsvTable;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Gaps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words published/ uses for the breakdowns, where DfE's data dictionary for Explore Education
 * Statistics has them (the {@code breakdown_topic} and {@code breakdown} items of its personal
 * characteristics; its {@code idaci_decile} items for the deciles): "Free school meal eligibility"
 * for FSM, "Eligible for free school meals", "SEN support / SEN without an EHC plan", "Asian /
 * Asian British", "Summer-born", "0 - 10%" ... internal/ keeps conf's own labels, which the
 * settings, the disclosure rules and the drafts name. A breakdown the dictionary has no item for
 * (Area deprivation, the children's flags, Sex and First language, which it spells as conf does)
 * is published as it is.
 *
 * <p>Sources: the data dictionary of dfe-analytical-services/dfe-published-data-qa
 * (data/data-dictionary.csv), which the screener eesyscreener checks names against
 * (check_data_dict_col_name, check_data_dict_fil_item), and the analysts' guide's harmonised
 * variables (SEN provision, GSS ethnicity). Whoever reads published/ back (the pack, the drafts,
 * {@code eyfsp audit}) reads it through {@link #internal}, so that every rule keeps one vocabulary.
 */
public final class OpenDataNames {

  /** The columns whose values are breakdowns of the row's topic. */
  private static final List<String> BREAKDOWN_COLUMNS = List.of(Breakdowns.BREAKDOWN, Gaps.GROUP,
      Gaps.COMPARISON_GROUP);

  private static final Map<String, String> TOPICS = Map.of(
      Breakdowns.FSM, "Free school meal eligibility",
      Breakdowns.ETHNICITY, "Ethnicity major",
      Breakdowns.ETHNICITY_MINOR, "Ethnicity minor");

  /** Each topic's breakdowns (and gap groups) the dictionary names otherwise, as conf names them by default. */
  private static final Map<String, Map<String, String>> BREAKDOWNS = breakdowns();

  private static Map<String, Map<String, String>> breakdowns() {
    Map<String, Map<String, String>> b = new LinkedHashMap<>();
    b.put(Breakdowns.FSM, Map.of(
        CensusCodes.FSM_ELIGIBLE, "Eligible for free school meals",
        CensusCodes.NOT_FSM_ELIGIBLE, "Not eligible for free school meals"));
    // Statements of SEN were replaced by EHC plans (2014); DfE's harmonised item covers both.
    b.put(Breakdowns.SEN_PROVISION, Map.of(
        CensusCodes.NO_SEN, "No SEN provision",
        "SEN without a statement", "SEN support / SEN without an EHC plan",
        "Statement or EHC plan", "Education, health and care plan",
        Gaps.SEN, "All SEN provision"));
    // GSS major groups (2011 Census), Chinese within Asian / Asian British.
    b.put(Breakdowns.ETHNICITY, Map.of(
        "Mixed", "Mixed / Multiple ethnic groups",
        "Asian", "Asian / Asian British",
        "Black", "Black / African / Caribbean / Black British",
        "Any other ethnic group", "Other ethnic group",
        CensusCodes.UNCLASSIFIED, CensusCodes.UNKNOWN));
    b.put(Breakdowns.ETHNICITY_MINOR, pairs(
        "White British", "English / Welsh / Scottish / Northern Irish / British",
        "Traveller of Irish heritage", "Irish Traveller",
        "Gypsy/Roma", "Gypsy / Roma",
        "Any other Mixed background", "Any other Mixed / Multiple ethnic background",
        "Black Caribbean", "Caribbean",
        "Black African", "African",
        "Any other Black background", "Any other Black / African / Caribbean background",
        // A code listed under no minor group is counted under its major group's name.
        "Mixed", "Mixed / Multiple ethnic groups",
        "Asian", "Asian / Asian British",
        "Black", "Black / African / Caribbean / Black British",
        CensusCodes.UNCLASSIFIED, CensusCodes.UNKNOWN));
    b.put(Breakdowns.TERM_OF_BIRTH, Map.of(
        BirthDates.AUTUMN, "Autumn-born",
        BirthDates.SPRING, "Spring-born",
        BirthDates.SUMMER, "Summer-born"));
    // Decile 1 is the most deprived tenth of areas: the dictionary's "0 - 10%".
    Map<String, String> deciles = new HashMap<>();
    for (int d = 1; d <= 10; d++) {
      deciles.put(Integer.toString(d), (d - 1) * 10 + " - " + d * 10 + "%");
    }
    b.put(Breakdowns.IDACI_DECILE, deciles);
    return b;
  }

  private static final Map<String, String> INTERNAL_TOPICS = inverse(TOPICS);
  private static final Map<String, Map<String, String>> INTERNAL_BREAKDOWNS = new HashMap<>();

  static {
    BREAKDOWNS.forEach((topic, names) -> INTERNAL_BREAKDOWNS.put(topic, inverse(names)));
  }

  private OpenDataNames() {}

  private static Map<String, String> pairs(String... namesAndWords) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndWords.length; i += 2) {
      map.put(namesAndWords[i], namesAndWords[i + 1]);
    }
    return map;
  }

  /** A published table's cells (under its columns) in the dictionary's words. */
  public static List<List<String>> published(List<String> columns, List<List<String>> rows) {
    return translate(columns, rows, true);
  }

  /** Published cells back in the pipeline's words (those of conf and internal/). */
  public static List<List<String>> internal(List<String> columns, List<List<String>> rows) {
    return translate(columns, rows, false);
  }

  /** The tables of a published/ folder, read back in the pipeline's words. */
  public static Map<String, CsvTable> internal(Map<String, CsvTable> published) {
    Map<String, CsvTable> tables = new java.util.TreeMap<>();
    published.forEach((name, t) -> tables.put(name,
        new CsvTable(t.name(), t.columns(), internal(t.columns(), t.rows()), t.source(), t.sha256())));
    return tables;
  }

  /** The tables as {@code eyfsp audit} reads them, back in the pipeline's words. */
  public static eyfsp.audit.PublishedTables internal(eyfsp.audit.PublishedTables published) {
    List<eyfsp.audit.PublishedTables.Table> tables = new ArrayList<>();
    for (eyfsp.audit.PublishedTables.Table t : published.all()) {
      tables.add(new eyfsp.audit.PublishedTables.Table(t.name(), t.columns(), internal(t.columns(), t.rows()),
          t.decimals()));
    }
    return new eyfsp.audit.PublishedTables(tables);
  }

  /** A topic as published. */
  public static String topic(String topic) {
    return TOPICS.getOrDefault(topic, topic);
  }

  /** A breakdown (or gap group) of a topic as published. */
  public static String breakdown(String topic, String breakdown) {
    return BREAKDOWNS.getOrDefault(topic, Map.of()).getOrDefault(breakdown, breakdown);
  }

  private static List<List<String>> translate(List<String> columns, List<List<String>> rows, boolean outwards) {
    int topic = columns.indexOf(Breakdowns.TOPIC);
    if (topic < 0) {
      return rows;
    }
    List<Integer> breakdowns = BREAKDOWN_COLUMNS.stream().map(columns::indexOf).filter(i -> i >= 0).toList();
    Map<String, String> topics = outwards ? TOPICS : INTERNAL_TOPICS;
    List<List<String>> translated = new ArrayList<>(rows.size());
    Map<String, Map<String, String>> words = outwards ? BREAKDOWNS : INTERNAL_BREAKDOWNS;
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(row);
      String[] pair = PairNames.topics(row.get(topic));
      if (pair != null) {
        // A pair of topics ("Sex by FSM", "Boys / FSM eligible"): each topic and breakdown in its own words.
        String first = outwards ? pair[0] : topics.getOrDefault(pair[0], pair[0]);
        String second = outwards ? pair[1] : topics.getOrDefault(pair[1], pair[1]);
        cells.set(topic, topics.getOrDefault(pair[0], pair[0]) + PairNames.TOPIC + topics.getOrDefault(pair[1], pair[1]));
        for (int b : breakdowns) {
          cells.set(b, pairBreakdown(row.get(b), words.getOrDefault(first, Map.of()), words.getOrDefault(second, Map.of())));
        }
      } else {
        String internalTopic = outwards ? row.get(topic) : topics.getOrDefault(row.get(topic), row.get(topic));
        cells.set(topic, topics.getOrDefault(row.get(topic), row.get(topic)));
        Map<String, String> names = words.getOrDefault(internalTopic, Map.of());
        for (int b : breakdowns) {
          cells.set(b, names.getOrDefault(row.get(b), row.get(b)));
        }
      }
      translated.add(cells);
    }
    return translated;
  }

  /**
   * A pair's breakdown ("Boys / FSM eligible") with each side in the other words. The dictionary's
   * own words hold " / " too ("Asian / Asian British"), so the breakdown is split where most of its
   * two sides are words of their topics, the first such place on a tie.
   */
  static String pairBreakdown(String breakdown, Map<String, String> first, Map<String, String> second) {
    String[] best = null;
    int bestScore = -1;
    for (String[] sides : PairNames.splits(breakdown)) {
      int score = (first.containsKey(sides[0]) ? 1 : 0) + (second.containsKey(sides[1]) ? 1 : 0);
      if (score > bestScore) {
        best = sides;
        bestScore = score;
      }
    }
    return best == null ? breakdown
        : first.getOrDefault(best[0], best[0]) + PairNames.GROUP + second.getOrDefault(best[1], best[1]);
  }


  private static Map<String, String> inverse(Map<String, String> map) {
    Map<String, String> inverse = new HashMap<>();
    map.forEach((k, v) -> inverse.put(v, k));
    return inverse;
  }
}
