package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What an outsider finds on a published {@code school_context} (docs/disclosure.md), read from the
 * published tables and conf alone, apart from the pipeline's own sums: an LA's settings add up to
 * its {@code context} row, and group by group to its breakdowns' children and GLD; a setting's row
 * counts the children of its {@code schools} and {@code data_quality} rows (census matched = FSM
 * known = first language known, LSOA queried = matched - deprivation known, and the children of
 * unknown sex are at most those whose sex is queried: identities, dropped where refuted); its groups
 * are within its children and GLD, assessed children within the accepted ones its context counts,
 * a group's GLD within its children; a gap shown has at least 30 children a side. Percentages and
 * the rests of shares are {@link Bounds}' as in every table. Counts x everywhere they could be tied
 * (a group at every setting, a setting's data-quality counts) are left out.
 */
final class SettingSums {

  static final String TABLE = "school_context";

  /** A gap's group: its columns' prefix, the LA's breakdown it adds up to, and its gap. */
  private record Group(String prefix, String topic, String breakdown, String gap) {}

  private static final List<Group> GROUPS = List.of(
      new Group("fsm_eligible", "FSM", "FSM eligible", "fsm_gap_percentage_points"),
      new Group("not_fsm_eligible", "FSM", "Not FSM eligible", "fsm_gap_percentage_points"),
      new Group("boys", "Sex", "Boys", "sex_gap_percentage_points"),
      new Group("girls", "Sex", "Girls", "sex_gap_percentage_points"),
      new Group("eal", "First language", "Other than English", "eal_gap_percentage_points"),
      new Group("english", "First language", "English", "eal_gap_percentage_points"));

  /** The context's counts of children, each the sum of the LA's settings'. */
  private static final List<String> CONTEXT = List.of("fsm_known_number", "fsm_number", "first_language_known_number",
      "eal_number", "deprivation_known_number", "most_deprived_number");

  /**
   * Each pair of groups that are a setting's children of known status: their prefixes, and the
   * counts of accepted children (assessed or not) of the first and of both.
   */
  private static final List<String[]> PAIRS = List.of(
      new String[] {"fsm_eligible", "not_fsm_eligible", "fsm_number", "fsm_known_number"},
      new String[] {"eal", "english", "eal_number", "first_language_known_number"},
      new String[] {"boys", "girls", null, null});

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;
  private final int settings;
  /** The prefixes of the groups x at every setting. */
  private final List<String> withheld;

  private SettingSums(Model model, AuditRules rules) {
    this.model = model;
    this.tables = model.tables();
    this.rules = rules;
    this.settings = tables.index(TABLE);
    this.withheld = settings < 0 ? List.of()
        : GROUPS.stream().filter(this::withheldEverywhere).map(Group::prefix).toList();
  }

  static void add(Model model, AuditRules rules) {
    SettingSums s = new SettingSums(model, rules);
    if (s.settings < 0) {
      return;
    }
    s.toTheLa();
    s.eachSetting();
  }

  private Lin term(int t, int row, String column) {
    return t < 0 || row < 0 ? null : model.term(t, row, column);
  }

  /** A cell as a term, but null where it is x. */
  private Lin shown(int t, int row, String column) {
    return t < 0 || row < 0 || Model.NOT_AVAILABLE.equals(tables.get(t).cell(row, column)) ? null : term(t, row, column);
  }

  /**
   * Whether a group's counts are x at every setting (conf column_levels, by default): left out, as
   * they would tie only unknowns of their own (an x is not protected), and what they add up to, the
   * LA's breakdown, is bounded as tightly by the LA's own rows.
   */
  private boolean withheldEverywhere(Group g) {
    PublishedTables.Table s = tables.get(settings);
    for (String column : List.of(g.prefix() + "_children_number", g.prefix() + "_gld_number")) {
      for (int r = 0; r < s.rows().size(); r++) {
        if (!Model.NOT_AVAILABLE.equals(s.cell(r, column))) {
          return false;
        }
      }
    }
    return true;
  }

  private Lin sum(List<Integer> rows, String column) {
    List<Lin> parts = new ArrayList<>();
    rows.forEach(r -> parts.add(term(settings, r, column)));
    return Lin.sum(parts);
  }

  /** An LA's settings add up to its context row, and each group to the LA's breakdown (children and GLD). */
  private void toTheLa() {
    PublishedTables.Table s = tables.get(settings);
    Map<List<String>, List<Integer>> ofLa = Rows.groups(s, r -> Rows.parent(Rows.place(s, r)));
    int context = tables.index("context");
    int characteristic = tables.index("attainment_by_characteristic");
    Map<List<String>, Integer> contextRows = context < 0 ? Map.of()
        : Rows.index(tables.get(context), r -> Rows.place(tables.get(context), r));
    PublishedTables.Table b = characteristic < 0 ? null : tables.get(characteristic);
    Map<List<String>, Integer> breakdownRows = b == null ? Map.of()
        : Rows.index(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC), Rows.get(b, r, Rows.BREAKDOWN)));
    ofLa.forEach((la, rows) -> {
      Integer c = contextRows.get(la);
      if (c != null) {
        for (String column : CONTEXT) {
          model.equal(term(context, c, column), sum(rows, column), "settings context " + column);
        }
      }
      for (Group g : GROUPS) {
        Integer row = breakdownRows.get(Rows.with(la, g.topic(), g.breakdown()));
        if (row != null && !withheld.contains(g.prefix())) {
          model.equal(term(characteristic, row, "children_number"), sum(rows, g.prefix() + "_children_number"),
              "settings group children");
          model.equal(term(characteristic, row, "gld_number"), sum(rows, g.prefix() + "_gld_number"),
              "settings group gld");
        }
      }
    });
  }

  /** A setting's row against its own schools and data-quality rows, and within itself. */
  private void eachSetting() {
    PublishedTables.Table s = tables.get(settings);
    int schools = tables.index("schools");
    int quality = tables.index("data_quality");
    Map<List<String>, Integer> schoolRows = schools < 0 ? Map.of()
        : Rows.index(tables.get(schools), r -> Rows.place(tables.get(schools), r));
    Map<List<String>, Integer> qualityRows = quality < 0 ? Map.of()
        : Rows.index(tables.get(quality), r -> Rows.place(tables.get(quality), r));
    for (int r = 0; r < s.rows().size(); r++) {
      List<String> place = Rows.place(s, r);
      int w = schoolRows.getOrDefault(place, -1);
      int q = qualityRows.getOrDefault(place, -1);
      // Census matched = FSM known = first language known; LSOA queried = matched - deprivation
      // known, so deprivation known is within them. A data-quality count that is x (by default every
      // one of a setting's, as children accepted is) is left out: all it could tie is tied as well by
      // these and the context sums, and it would only link groups of unknowns.
      Lin matched = shown(quality, q, "census_matched_number");
      Lin fsmKnown = term(settings, r, "fsm_known_number");
      Lin known = term(settings, r, "deprivation_known_number");
      model.equal(fsmKnown, term(settings, r, "first_language_known_number"), "identity setting fsm known language known");
      model.atMost(known, fsmKnown, "identity setting deprivation known within matched");
      model.equal(matched, fsmKnown, "identity setting matched fsm known");
      model.equal(shown(quality, q, "lsoa_queried_number"), matched == null || known == null ? null : matched.minus(known),
          "identity setting lsoa queried");
      for (String[] pair : PAIRS) {
        if (withheld.contains(pair[0]) && withheld.contains(pair[1])) {
          continue;
        }
        for (String count : List.of("children_number", "gld_number")) {
          Lin both = Lin.sum(Arrays.asList(term(settings, r, pair[0] + "_" + count),
              term(settings, r, pair[1] + "_" + count)));
          Lin all = term(schools, w, count);
          model.atMost(both, all, "setting groups within its " + count);
          if (pair[2] == null && both != null && all != null) {
            // Boys and girls are every child but those of unknown sex, who are at most those whose sex is queried.
            model.atMost(all.minus(both), shown(quality, q, "sex_queried_number"), "identity setting sex queried");
          }
        }
        if (pair[2] != null) {
          // The valid cohort's groups are within the accepted children the context counts (assessed or not).
          Lin group = term(settings, r, pair[2]);
          Lin knownStatus = term(settings, r, pair[3]);
          model.atMost(term(settings, r, pair[0] + "_children_number"), group, "setting assessed within accepted");
          model.atMost(term(settings, r, pair[1] + "_children_number"),
              group == null || knownStatus == null ? null : knownStatus.minus(group), "setting assessed within accepted");
        }
      }
      for (Group g : GROUPS) {
        if (withheld.contains(g.prefix())) {
          continue;
        }
        Lin children = term(settings, r, g.prefix() + "_children_number");
        Lin gld = term(settings, r, g.prefix() + "_gld_number");
        model.atMost(gld, children, "setting group gld within children");
        model.complement(gld, children, TABLE + " row " + (r + 1) + " " + g.prefix() + " children - gld");
        double[] gap = model.shown(settings, r, g.gap());
        if (gap != null) {
          model.require(children, rules.lowReliabilityBelow(), Double.POSITIVE_INFINITY, "setting reliable gap");
        }
      }
    }
  }
}
