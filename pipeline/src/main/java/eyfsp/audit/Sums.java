package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The equalities between published counts that docs/disclosure.md documents, found from the tables'
 * structure: places add up (schools to their LA, LAs to their region, regions to the nation), a
 * topic's breakdowns add up to the total, scores add up to the children, counts published twice
 * are equal, a gap's groups are the breakdowns they name, and the data-quality and context counts
 * are those of the breakdowns and places they describe; and the identities between topics (the
 * most deprived areas are IDACI deciles 1-3, the census Unknowns are the same children, ...:
 * {@link Identities}); a pair of topics' groups are its topics' ({@link PairSums}); and a published
 * school_context's ({@link SettingSums}).
 */
final class Sums {

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;

  private Sums(Model model, AuditRules rules) {
    this.model = model;
    this.tables = model.tables();
    this.rules = rules;
  }

  static void add(Model model, AuditRules rules) {
    Sums s = new Sums(model, rules);
    for (int t = 0; t < s.tables.size(); t++) {
      s.places(t);
      s.scores(t);
      s.topics(t);
    }
    s.copies();
    s.gapGroups();
    s.accepted();
    s.context();
    PairSums.add(model);
    Identities.add(model, rules, s);
    SettingSums.add(model, rules);
  }

  private Lin term(int t, int row, String column) {
    return model.term(t, row, column);
  }

  private Lin sum(int t, List<Integer> rows, String column) {
    List<Lin> parts = new ArrayList<>();
    rows.forEach(r -> parts.add(term(t, r, column)));
    return Lin.sum(parts);
  }

  /** The table of place totals: filters are only places, and it holds every count of the given table. */
  private int totalsFor(int t) {
    PublishedTables.Table table = tables.get(t);
    for (int o = 0; o < tables.size(); o++) {
      PublishedTables.Table other = tables.get(o);
      if (o != t && Rows.otherFilters(other).isEmpty() && !other.columns().contains(Rows.SCHOOL)
          && other.columns().contains("children_number")
          && table.columns().stream().filter(Rows::additive).allMatch(c -> !table.isIndicator(c)
              || other.columns().contains(c))) {
        return o;
      }
    }
    return -1;
  }

  /** Rows of each place add up to their parent place's row, other filters equal, in every additive count. */
  private void places(int t) {
    PublishedTables.Table table = tables.get(t);
    if (table.column(Rows.LEVEL) < 0) {
      return;
    }
    List<String> others = Rows.otherFilters(table);
    Map<List<String>, Integer> own = Rows.index(table, r -> key(table, r, Rows.place(table, r), others));
    Map<List<String>, List<Integer>> children = Rows.groups(table, r -> {
      List<String> parent = Rows.parent(Rows.place(table, r));
      return parent == null ? null : key(table, r, parent, others);
    });
    int totals = totalsFor(t);
    PublishedTables.Table totalTable = totals < 0 ? null : tables.get(totals);
    Map<List<String>, Integer> totalRows = totals < 0 ? Map.of() : Rows.index(totalTable, r -> Rows.place(totalTable, r));
    children.forEach((parentKey, rows) -> {
      Integer parent = own.get(parentKey);
      int parentTable = t;
      if (parent == null && others.isEmpty() && totals >= 0) {
        parent = totalRows.get(parentKey);
        parentTable = totals;
      }
      if (parent == null) {
        return;
      }
      for (String column : table.columns()) {
        // A profile's lowest 20% is each place's own: a region's is not its LAs' together.
        boolean ownLowest = column.equals("in_lowest20_number") && table.column("cohort_number") >= 0;
        if (table.isIndicator(column) && Rows.additive(column) && !ownLowest) {
          model.equal(term(parentTable, parent, column), sum(t, rows, column), "places " + table.name() + " " + column);
        }
      }
    });
  }

  private static List<String> key(PublishedTables.Table table, int row, List<String> place, List<String> others) {
    List<String> key = new ArrayList<>(place);
    others.forEach(c -> key.add(Rows.get(table, row, c)));
    return key;
  }

  /** A result's children are those at each value; its secure children those at the secure score or more. */
  private void scores(int t) {
    PublishedTables.Table table = tables.get(t);
    for (int r = 0; r < table.rows().size(); r++) {
      eyfsp.domain.Framework f = rules.framework(Rows.get(table, r, Rows.TIME));
      if (f == null || table.column(f.valueColumn(f.minScore())) < 0) {
        continue;
      }
      List<Lin> all = new ArrayList<>();
      List<Lin> secure = new ArrayList<>();
      for (int value = f.minScore(); value <= f.maxScore(); value++) {
        Lin n = term(t, r, f.valueColumn(value));
        all.add(n);
        if (value >= f.secureScore()) {
          secure.add(n);
        }
      }
      model.equal(term(t, r, "children_number"), Lin.sum(all), "scores " + table.name());
      model.equal(term(t, r, "secure_number"), Lin.sum(secure), "secure scores " + table.name());
    }
  }


  /**
   * A topic's breakdowns (an area type's areas) add up to the place's total: in the totals table,
   * or where the table carries its LA's cohort (the lowest-20% profile), to that cohort and the LA's
   * lowest 20%.
   */
  private void topics(int t) {
    PublishedTables.Table table = tables.get(t);
    for (List<String> partition : Rows.PARTITIONS) {
      if (table.column(partition.get(0)) >= 0 && table.column(partition.get(1)) >= 0) {
        topics(t, Rows.groups(table, r -> Rows.with(Rows.place(table, r), Rows.get(table, r, partition.get(0)))));
      }
    }
  }

  private void topics(int t, Map<List<String>, List<Integer>> topics) {
    PublishedTables.Table table = tables.get(t);
    if (table.column("cohort_number") >= 0) {
      topics.values().forEach(rows -> {
        model.equal(term(t, rows.get(0), "cohort_number"), sum(t, rows, "children_number"), "topic " + table.name());
        model.equal(term(t, rows.get(0), "lowest20_number"), sum(t, rows, "in_lowest20_number"),
            "topic lowest 20% " + table.name());
      });
      return;
    }
    int totals = totalsFor(t);
    if (totals < 0) {
      return;
    }
    PublishedTables.Table totalTable = tables.get(totals);
    Map<List<String>, Integer> totalRows = Rows.index(totalTable, r -> Rows.place(totalTable, r));
    topics.forEach((key, rows) -> {
      Integer total = totalRows.get(key.subList(0, key.size() - 1));
      if (total == null) {
        return;
      }
      for (String column : table.columns()) {
        if (table.isIndicator(column) && Rows.additive(column) && totalTable.isIndicator(column)) {
          model.equal(term(totals, total, column), sum(t, rows, column), "topic " + table.name() + " " + column);
        }
      }
    });
  }

  /** Counts published twice: the scales' and the profile's cohort, the profile's groups and lowest 20%. */
  private void copies() {
    int attainment = tables.index("attainment");
    int characteristic = tables.index("attainment_by_characteristic");
    int scales = tables.index("scales");
    int profile = tables.index("lowest20_profile");
    copy(scales, "children_number", attainment, "children_number", false);
    copy(profile, "cohort_number", attainment, "children_number", false);
    copy(profile, "lowest20_number", attainment, "lowest20_number", false);
    copy(profile, "children_number", characteristic, "children_number", true);
    copy(profile, "not_assessed_number", characteristic, "not_assessed_number", true);
    int pairs = tables.index("attainment_by_pair");
    int pairProfile = tables.index("lowest20_profile_by_pair");
    copy(pairProfile, "cohort_number", attainment, "children_number", false);
    copy(pairProfile, "lowest20_number", attainment, "lowest20_number", false);
    copy(pairProfile, "children_number", pairs, "children_number", true);
    int change = tables.index("inequality_gap_change");
    copy(change, "children_number", attainment, "children_number", false);
    if (change >= 0 && attainment >= 0) {
      // The previous cohort is the attainment row of the same place in its year before of the same framework.
      PublishedTables.Table c = tables.get(change);
      PublishedTables.Table a = tables.get(attainment);
      Map<List<String>, java.util.TreeMap<String, Integer>> years = new java.util.HashMap<>();
      for (int r = 0; r < a.rows().size(); r++) {
        List<String> place = Rows.place(a, r);
        years.computeIfAbsent(place.subList(1, place.size()), k -> new java.util.TreeMap<>()).put(place.get(0), r);
      }
      for (int r = 0; r < c.rows().size(); r++) {
        List<String> place = Rows.place(c, r);
        java.util.TreeMap<String, Integer> series = years.get(place.subList(1, place.size()));
        Map.Entry<String, Integer> before = series == null ? null : series.lowerEntry(place.get(0));
        if (before != null && rules.framework(before.getKey()) == rules.framework(place.get(0))) {
          model.equal(term(change, r, "previous_children_number"), term(attainment, before.getValue(), "children_number"),
              "copy previous cohort");
        }
      }
    }
  }

  private void copy(int copy, String column, int original, String originalColumn, boolean byBreakdown) {
    if (copy < 0 || original < 0) {
      return;
    }
    PublishedTables.Table c = tables.get(copy);
    PublishedTables.Table o = tables.get(original);
    Map<List<String>, Integer> originals = Rows.index(o, r -> byBreakdown ? Rows.with(Rows.place(o, r),
        Rows.get(o, r, Rows.TOPIC), Rows.get(o, r, Rows.BREAKDOWN)) : Rows.place(o, r));
    for (int r = 0; r < c.rows().size(); r++) {
      List<String> key = byBreakdown ? Rows.with(Rows.place(c, r), Rows.get(c, r, Rows.TOPIC),
          Rows.get(c, r, Rows.BREAKDOWN)) : Rows.place(c, r);
      Integer row = originals.get(key);
      if (row != null) {
        model.equal(term(copy, r, column), term(original, row, originalColumn),
            "copy " + c.name() + " " + column + " of " + o.name());
      }
    }
  }

  /**
   * A gap's group is the breakdowns it names: one of the same name, or for SEN every SEN provision
   * but none and unknown. Its children and GLD are theirs.
   */
  private void gapGroups() {
    int gaps = tables.index("gaps");
    int characteristic = tables.index("attainment_by_characteristic");
    if (gaps < 0 || characteristic < 0) {
      return;
    }
    PublishedTables.Table g = tables.get(gaps);
    PublishedTables.Table b = tables.get(characteristic);
    Map<List<String>, List<Integer>> byTopic = Rows.groups(b,
        r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC)));
    for (int r = 0; r < g.rows().size(); r++) {
      List<Integer> breakdowns = byTopic.getOrDefault(Rows.with(Rows.place(g, r), Rows.get(g, r, Rows.TOPIC)), List.of());
      for (String side : List.of("group", "comparison_group")) {
        String name = Rows.get(g, r, side);
        List<Integer> members = breakdowns.stream().filter(m -> inGroup(Rows.get(b, m, Rows.BREAKDOWN), name)).toList();
        if (members.isEmpty()) {
          continue;
        }
        for (String count : List.of("children_number", "gld_number")) {
          model.equal(term(gaps, r, side + "_" + count), sum(characteristic, members, count), "gap group " + count);
        }
      }
    }
  }

  private static boolean inGroup(String breakdown, String group) {
    return breakdown.equals(group) || (group.equals("SEN") && !breakdown.equals("No SEN") && !breakdown.equals("Unknown"));
  }

  /** Every accepted child is assessed (the valid cohort) or not: at each place, and at each school. */
  private void accepted() {
    int quality = tables.index("data_quality");
    int attainment = tables.index("attainment");
    int schools = tables.index("schools");
    if (quality < 0 || attainment < 0) {
      return;
    }
    PublishedTables.Table q = tables.get(quality);
    PublishedTables.Table a = tables.get(attainment);
    Map<List<String>, Integer> places = Rows.index(a, r -> Rows.place(a, r));
    PublishedTables.Table s = schools < 0 ? null : tables.get(schools);
    Map<List<String>, Integer> schoolRows = s == null ? Map.of() : Rows.index(s, r -> Rows.place(s, r));
    for (int r = 0; r < q.rows().size(); r++) {
      List<String> place = Rows.place(q, r);
      boolean school = place.get(1).equals(Rows.SCHOOL_LEVEL);
      Integer part = school ? schoolRows.get(place) : places.get(place);
      int table = school ? schools : attainment;
      if (part != null) {
        model.equal(term(quality, r, "children_accepted_number"), Lin.sum(List.of(
            term(table, part, "children_number"), term(table, part, "not_assessed_number"))),
            "accepted " + (school ? "school" : "place"));
      }
    }
  }

  /** The children (assessed or not) of some breakdowns of a topic at a place; null if none has a row. */
  Lin children(Map<List<String>, Integer> breakdownRows, List<String> place, String topic, List<String> names) {
    int characteristic = tables.index("attainment_by_characteristic");
    List<Lin> parts = new ArrayList<>();
    for (String name : names) {
      Integer row = breakdownRows.get(Rows.with(place, topic, name));
      if (row != null) {
        parts.add(term(characteristic, row, "children_number"));
        parts.add(term(characteristic, row, "not_assessed_number"));
      }
    }
    return parts.isEmpty() ? null : Lin.sum(parts);
  }

  /** The context's counts are the children of the breakdowns they name. */
  private void context() {
    int context = tables.index("context");
    int characteristic = tables.index("attainment_by_characteristic");
    if (context < 0 || characteristic < 0) {
      return;
    }
    PublishedTables.Table x = tables.get(context);
    PublishedTables.Table b = tables.get(characteristic);
    Map<List<String>, Integer> rows = Rows.index(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC),
        Rows.get(b, r, Rows.BREAKDOWN)));
    String deprived = mostDeprived();
    for (int r = 0; r < x.rows().size(); r++) {
      List<String> place = Rows.place(x, r);
      model.equal(term(context, r, "fsm_number"), children(rows, place, "FSM", List.of("FSM eligible")), "context fsm");
      model.equal(term(context, r, "fsm_known_number"), children(rows, place, "FSM",
          List.of("FSM eligible", "Not FSM eligible")), "context fsm known");
      model.equal(term(context, r, "eal_number"), children(rows, place, "First language",
          List.of("Other than English")), "context eal");
      model.equal(term(context, r, "first_language_known_number"), children(rows, place, "First language",
          List.of("English", "Other than English")), "context language known");
      model.equal(term(context, r, "most_deprived_number"), children(rows, place, "Area deprivation",
          List.of(deprived)), "context most deprived");
      model.equal(term(context, r, "deprivation_known_number"), children(rows, place, "Area deprivation",
          List.of(deprived, "Rest")), "context deprivation known");
    }
  }

  String mostDeprived() {
    return rules.mostDeprivedDeciles() * 10 + "% most deprived LSOAs";
  }
}
