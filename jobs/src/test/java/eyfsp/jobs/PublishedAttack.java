package eyfsp.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An attacker with nothing but the published CSV files: every sum they can find between published
 * counts (a topic's breakdowns and the total, schools and their LA, LAs and their region, regions and
 * the nation, a gap's groups and the breakdowns they are made of, a pair of topics' groups and its
 * topics' breakdowns, an LA's areas and the LA, counts published twice (the gap's change its cohorts), a scale's
 * scores and its children, the data-quality and context tables' counts of all accepted children),
 * used to work out suppressed cells by subtraction, over and over with
 * what each round recovers, and then by solving all the sums together. Written apart from the
 * pipeline's own list of sums, so that a sum the pipeline forgot is found here.
 */
final class PublishedAttack {

  static final String C = "c";

  /** One published table: its rows, each a map from column to cell, and its indicators (from its metadata). */
  record Published(String name, List<Map<String, String>> rows, java.util.Set<String> indicators) {}

  /** A cell of a published table. */
  record Cell(String table, int row, String column) {}

  /** total = sum of parts. */
  record Sum(Cell total, List<Cell> parts, String why) {}

  private final Map<String, Published> tables = new LinkedHashMap<>();
  final List<Sum> sums = new ArrayList<>();

  PublishedAttack(Path published) throws IOException {
    try (var files = Files.list(published)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".meta.csv")).toList()) {
        String name = f.getFileName().toString().replace(".csv", "");
        java.util.Set<String> indicators = new java.util.HashSet<>();
        for (Map<String, String> column : read(published.resolve(name + ".meta.csv"))) {
          if (column.get("col_type").equals("Indicator")) {
            indicators.add(column.get("col_name"));
          }
        }
        tables.put(name, new Published(name, inPipelineWords(read(f)), indicators));
      }
    }
    findSums();
  }

  static List<Map<String, String>> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(new LinkedHashMap<>(r.toMap()));
      }
      return rows;
    }
  }

  /** Rows read back in conf's words (published/ names the breakdowns as the data dictionary does). */
  private static List<Map<String, String>> inPipelineWords(List<Map<String, String>> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    List<List<String>> cells = rows.stream().map(r -> (List<String>) new ArrayList<>(r.values())).toList();
    List<Map<String, String>> translated = new ArrayList<>();
    for (List<String> row : eyfsp.publish.OpenDataNames.internal(columns, cells)) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        map.put(columns.get(c), row.get(c));
      }
      translated.add(map);
    }
    return translated;
  }

  Published table(String name) {
    return tables.get(name);
  }

  String cell(Cell c) {
    return tables.get(c.table()).rows().get(c.row()).get(c.column());
  }

  /** A cell's number, null for c and x (not available: unknown as c is); z and blanks are not numbers and take no part. */
  Double number(Cell c) {
    String v = cell(c);
    return v == null || v.equals(C) || v.equals("x") || v.equals("z") || v.isEmpty() ? null : Double.valueOf(v);
  }

  private static List<Object> place(Map<String, String> row) {
    return List.of(row.get("time_period"), row.get("geographic_level"), row.get("region_code"),
        row.get("old_la_code"));
  }

  /** Counts of children that add up across geographies: *_number but not a lowest-20% size. */
  private static boolean additive(String column) {
    return column.endsWith("_number") && !column.endsWith("lowest20_number") && !column.equals("cohort_number");
  }

  private void findSums() {
    for (Published t : tables.values()) {
      levels(t);
    }
    Published attainment = tables.get("attainment");
    Published characteristic = tables.get("attainment_by_characteristic");
    Map<List<Object>, Integer> attainmentRow = index(attainment, r -> place(r));
    // A topic's breakdowns add up to the total of their geography.
    groupSums(characteristic, r -> key(place(r), r.get("breakdown_topic")), attainment, attainmentRow,
        k -> k.subList(0, 4), "topic");
    // An LA's schools add up to the LA.
    Published schools = tables.get("schools");
    groupSums(schools, r -> List.of(r.get("time_period"), "Local authority", r.get("region_code"),
        r.get("old_la_code")), attainment, attainmentRow, k -> k, "schools");
    // A gap's group is the breakdowns it names (SEN: every SEN provision but none and unknown).
    Published gaps = tables.get("gaps");
    Map<List<Object>, Integer> breakdownRow =
        index(characteristic, r -> key(place(r), r.get("breakdown_topic"), r.get("breakdown")));
    settingContext(breakdownRow);
    for (int g = 0; g < gaps.rows().size(); g++) {
      Map<String, String> row = gaps.rows().get(g);
      for (String side : List.of("group", "comparison_group")) {
        List<Cell> children = new ArrayList<>();
        List<Cell> gld = new ArrayList<>();
        for (int b = 0; b < characteristic.rows().size(); b++) {
          Map<String, String> br = characteristic.rows().get(b);
          if (place(br).equals(place(row)) && br.get("breakdown_topic").equals(row.get("breakdown_topic"))
              && inGroup(br.get("breakdown"), row.get(side))) {
            children.add(new Cell(characteristic.name(), b, "children_number"));
            gld.add(new Cell(characteristic.name(), b, "gld_number"));
          }
        }
        sums.add(new Sum(new Cell(gaps.name(), g, side + "_children_number"), children, "gap group"));
        sums.add(new Sum(new Cell(gaps.name(), g, side + "_gld_number"), gld, "gap group"));
      }
    }
    // The lowest-20% profile repeats the cohort and the groups, and shares out the lowest 20%.
    Published profile = tables.get("lowest20_profile");
    Map<List<Object>, List<Integer>> topics = new LinkedHashMap<>();
    for (int p = 0; p < profile.rows().size(); p++) {
      Map<String, String> row = profile.rows().get(p);
      Integer la = attainmentRow.get(place(row));
      same(new Cell(attainment.name(), la, "children_number"), new Cell(profile.name(), p, "cohort_number"));
      same(new Cell(attainment.name(), la, "lowest20_number"), new Cell(profile.name(), p, "lowest20_number"));
      Integer b = breakdownRow.get(key(place(row), row.get("breakdown_topic"), row.get("breakdown")));
      same(new Cell(characteristic.name(), b, "children_number"), new Cell(profile.name(), p, "children_number"));
      topics.computeIfAbsent(key(place(row), row.get("breakdown_topic")), k -> new ArrayList<>()).add(p);
    }
    topics.values().forEach(rows -> sums.add(new Sum(new Cell(profile.name(), rows.get(0), "lowest20_number"),
        rows.stream().map(p -> new Cell(profile.name(), p, "in_lowest20_number")).toList(), "lowest 20% shares")));
    pairs(attainment, attainmentRow, characteristic, breakdownRow);
    // An LA's areas of a type (with its children outside every area) add up to the LA.
    Published areas = tables.get("attainment_by_area");
    if (areas != null && !areas.rows().isEmpty()) {
      groupSums(areas, r -> key(place(r), r.get("area_type")), attainment, attainmentRow, k -> k.subList(0, 4),
          "areas");
    }
    // The gap's change repeats the cohort of its year and of the year before.
    Published change = tables.get("inequality_gap_change");
    for (int c = 0; change != null && c < change.rows().size(); c++) {
      Map<String, String> row = change.rows().get(c);
      same(new Cell(attainment.name(), attainmentRow.get(place(row)), "children_number"),
          new Cell(change.name(), c, "children_number"));
      List<Object> before = List.of(row.get("previous_time_period"), row.get("geographic_level"), row.get("region_code"),
          row.get("old_la_code"));
      if (attainmentRow.containsKey(before)) {
        same(new Cell(attainment.name(), attainmentRow.get(before), "children_number"),
            new Cell(change.name(), c, "previous_children_number"));
      }
    }
    // The scales repeat the cohort; a scale's scores add up to its children, 6 and over to the secure.
    Published scales = tables.get("scales");
    for (int s = 0; s < scales.rows().size(); s++) {
      Map<String, String> row = scales.rows().get(s);
      same(new Cell(attainment.name(), attainmentRow.get(place(row)), "children_number"),
          new Cell(scales.name(), s, "children_number"));
      if (!row.get("score_0_number").equals("z")) {
        List<Cell> all = new ArrayList<>();
        List<Cell> secure = new ArrayList<>();
        for (int score = 0; score <= 9; score++) {
          Cell c = new Cell(scales.name(), s, "score_" + score + "_number");
          all.add(c);
          if (score >= 6) {
            secure.add(c);
          }
        }
        sums.add(new Sum(new Cell(scales.name(), s, "children_number"), all, "scores"));
        sums.add(new Sum(new Cell(scales.name(), s, "secure_number"), secure, "secure scores"));
      }
    }
    // Data quality counts every accepted child: the valid cohort and those not assessed, at each place
    // and school; and a school's counts add up to its LA's.
    Published quality = tables.get("data_quality");
    Map<List<Object>, Integer> schoolRow = index(schools, r -> List.of(r.get("time_period"), r.get("school_laestab")));
    List<Integer> qualitySchools = new ArrayList<>();
    for (int q = 0; q < quality.rows().size(); q++) {
      Map<String, String> row = quality.rows().get(q);
      boolean school = row.get("geographic_level").equals("School");
      if (school) {
        qualitySchools.add(q);
      }
      Published parts = school ? schools : attainment;
      Integer part = school ? schoolRow.get(List.of(row.get("time_period"), row.get("school_laestab")))
          : attainmentRow.get(place(row));
      if (part != null) {
        sums.add(new Sum(new Cell(quality.name(), q, "children_accepted_number"), List.of(
            new Cell(parts.name(), part, "children_number"), new Cell(parts.name(), part, "not_assessed_number")),
            "accepted = cohort + not assessed"));
      }
    }
    Map<List<Object>, List<Integer>> schoolsOfLa = new LinkedHashMap<>();
    for (int q : qualitySchools) {
      Map<String, String> row = quality.rows().get(q);
      schoolsOfLa.computeIfAbsent(List.of(row.get("time_period"), "Local authority", row.get("region_code"),
          row.get("old_la_code")), k -> new ArrayList<>()).add(q);
    }
    Map<List<Object>, Integer> qualityLa = index(quality, r -> place(r));
    schoolsOfLa.forEach((la, rows) -> {
      for (String column : quality.rows().get(0).keySet()) {
        if (additive(column)) {
          sums.add(new Sum(new Cell(quality.name(), qualityLa.get(la), column),
              rows.stream().map(q -> new Cell(quality.name(), q, column)).toList(), "data quality schools"));
        }
      }
    });
    // The context's counts are breakdowns' children, assessed or not (a breakdown without a row has none).
    Published context = tables.get("context");
    Map<String, List<String>> named = new LinkedHashMap<>();
    named.put("fsm_number", List.of("FSM", "FSM eligible"));
    named.put("fsm_known_number", List.of("FSM", "FSM eligible", "Not FSM eligible"));
    named.put("eal_number", List.of("First language", "Other than English"));
    named.put("first_language_known_number", List.of("First language", "English", "Other than English"));
    named.put("most_deprived_number", List.of("Area deprivation", "30% most deprived LSOAs"));
    named.put("deprivation_known_number", List.of("Area deprivation", "30% most deprived LSOAs", "Rest"));
    for (int x = 0; x < context.rows().size(); x++) {
      Map<String, String> row = context.rows().get(x);
      for (Map.Entry<String, List<String>> count : named.entrySet()) {
        List<Cell> parts = new ArrayList<>();
        for (String b : count.getValue().subList(1, count.getValue().size())) {
          Integer part = breakdownRow.get(key(place(row), count.getValue().get(0), b));
          if (part != null) {
            parts.add(new Cell(characteristic.name(), part, "children_number"));
            parts.add(new Cell(characteristic.name(), part, "not_assessed_number"));
          }
        }
        if (!parts.isEmpty()) {
          sums.add(new Sum(new Cell(context.name(), x, count.getKey()), parts, "context = breakdowns"));
        }
      }
    }
  }

  /**
   * Pairs of topics ("Sex by FSM"): a pair's groups add up to the total and, those of one breakdown
   * ("Boys / ..."), to that breakdown; the pairs' lowest-20% profile repeats the cohort, its lowest
   * 20% and the groups, and shares out the lowest 20%.
   */
  private void pairs(Published attainment, Map<List<Object>, Integer> attainmentRow, Published characteristic,
      Map<List<Object>, Integer> breakdownRow) {
    Published pairs = tables.get("attainment_by_pair");
    if (pairs == null || pairs.rows().isEmpty()) {
      return;
    }
    groupSums(pairs, r -> key(place(r), r.get("breakdown_topic")), attainment, attainmentRow, k -> k.subList(0, 4),
        "pair topic");
    Map<List<Object>, List<Integer>> ofBreakdown = new LinkedHashMap<>();
    for (int p = 0; p < pairs.rows().size(); p++) {
      Map<String, String> row = pairs.rows().get(p);
      String[] topic = row.get("breakdown_topic").split(" by ", 2);
      String b = row.get("breakdown");
      for (int at = b.indexOf(" / "); at >= 0; at = b.indexOf(" / ", at + 1)) {
        List<Object> first = key(place(row), topic[0], b.substring(0, at));
        List<Object> second = key(place(row), topic[1], b.substring(at + 3));
        if (breakdownRow.containsKey(first) && breakdownRow.containsKey(second)) {
          // Pair by pair: a topic is in several.
          ofBreakdown.computeIfAbsent(List.of(first, row.get("breakdown_topic")), k -> new ArrayList<>()).add(p);
          ofBreakdown.computeIfAbsent(List.of(second, row.get("breakdown_topic")), k -> new ArrayList<>()).add(p);
        }
      }
    }
    ofBreakdown.forEach((breakdown, rows) -> {
      for (String column : pairs.rows().get(0).keySet()) {
        if (additive(column)) {
          sums.add(new Sum(new Cell(characteristic.name(), breakdownRow.get(breakdown.get(0)), column),
              rows.stream().map(p -> new Cell(pairs.name(), p, column)).toList(), "pair = breakdown"));
        }
      }
    });
    Published profile = tables.get("lowest20_profile_by_pair");
    Map<List<Object>, Integer> pairRow = index(pairs, r -> key(place(r), r.get("breakdown_topic"), r.get("breakdown")));
    Map<List<Object>, List<Integer>> topics = new LinkedHashMap<>();
    for (int p = 0; profile != null && p < profile.rows().size(); p++) {
      Map<String, String> row = profile.rows().get(p);
      Integer total = attainmentRow.get(place(row));
      same(new Cell(attainment.name(), total, "children_number"), new Cell(profile.name(), p, "cohort_number"));
      same(new Cell(attainment.name(), total, "lowest20_number"), new Cell(profile.name(), p, "lowest20_number"));
      same(new Cell(pairs.name(), pairRow.get(key(place(row), row.get("breakdown_topic"), row.get("breakdown"))),
          "children_number"), new Cell(profile.name(), p, "children_number"));
      topics.computeIfAbsent(key(place(row), row.get("breakdown_topic")), k -> new ArrayList<>()).add(p);
    }
    topics.values().forEach(rows -> sums.add(new Sum(new Cell(profile.name(), rows.get(0), "lowest20_number"),
        rows.stream().map(p -> new Cell(profile.name(), p, "in_lowest20_number")).toList(), "pair lowest 20% shares")));
  }

  /**
   * school_context: an LA's settings add up to its context row, and each gap group of theirs to the
   * LA's breakdown (children and GLD); a setting's children of known FSM status are, as documented,
   * its children matched to the census (data_quality's school row: the census gives FSM as Y or N,
   * while a first language may be "not obtained").
   */
  private void settingContext(Map<List<Object>, Integer> breakdownRow) {
    Published settings = tables.get("school_context");
    if (settings == null) {
      return;
    }
    java.util.function.Function<Map<String, String>, List<Object>> laOf = r -> List.of(r.get("time_period"),
        "Local authority", r.get("region_code"), r.get("old_la_code"));
    Published context = tables.get("context");
    groupSums(settings, laOf, context, index(context, r -> place(r)), k -> k, "settings' context");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("fsm_eligible", List.of("FSM", "FSM eligible"));
    groups.put("not_fsm_eligible", List.of("FSM", "Not FSM eligible"));
    groups.put("boys", List.of("Sex", "Boys"));
    groups.put("girls", List.of("Sex", "Girls"));
    groups.put("eal", List.of("First language", "Other than English"));
    groups.put("english", List.of("First language", "English"));
    Map<List<Object>, List<Integer>> ofLa = new LinkedHashMap<>();
    for (int r = 0; r < settings.rows().size(); r++) {
      ofLa.computeIfAbsent(laOf.apply(settings.rows().get(r)), k -> new ArrayList<>()).add(r);
    }
    String characteristic = "attainment_by_characteristic";
    ofLa.forEach((la, rows) -> groups.forEach((group, breakdown) -> {
      Integer b = breakdownRow.get(key(la, breakdown.get(0), breakdown.get(1)));
      if (b != null) {
        for (String count : List.of("children_number", "gld_number")) {
          sums.add(new Sum(new Cell(characteristic, b, count),
              rows.stream().map(r -> new Cell(settings.name(), r, group + "_" + count)).toList(), "settings' groups"));
        }
      }
    }));
    Published quality = tables.get("data_quality");
    Map<List<Object>, Integer> qualityRow = index(quality, r -> List.of(r.get("time_period"), r.get("geographic_level"),
        r.get("school_laestab") == null ? "" : r.get("school_laestab")));
    for (int r = 0; r < settings.rows().size(); r++) {
      Map<String, String> row = settings.rows().get(r);
      Integer q = qualityRow.get(List.of(row.get("time_period"), "School", row.get("school_laestab")));
      if (q != null) {
        same(new Cell(quality.name(), q, "census_matched_number"), new Cell(settings.name(), r, "fsm_known_number"));
      }
    }
  }

  private static boolean inGroup(String breakdown, String group) {
    return breakdown.equals(group) || (group.equals("SEN") && !breakdown.equals("No SEN")
        && !breakdown.equals("Unknown"));
  }

  private void same(Cell a, Cell b) {
    sums.add(new Sum(a, List.of(b), "published twice"));
  }

  private static List<Object> key(List<Object> place, Object... more) {
    List<Object> key = new ArrayList<>(place);
    key.addAll(List.of(more));
    return key;
  }

  private static Map<List<Object>, Integer> index(Published t, java.util.function.Function<Map<String, String>,
      List<Object>> key) {
    Map<List<Object>, Integer> index = new HashMap<>();
    for (int r = 0; r < t.rows().size(); r++) {
      index.put(key.apply(t.rows().get(r)), r);
    }
    return index;
  }

  /** Rows of parts grouped by a key add up to the totals row their key names, column by column. */
  private void groupSums(Published parts, java.util.function.Function<Map<String, String>, List<Object>> key,
      Published totals, Map<List<Object>, Integer> totalRow,
      java.util.function.Function<List<Object>, List<Object>> totalKey, String why) {
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < parts.rows().size(); r++) {
      groups.computeIfAbsent(key.apply(parts.rows().get(r)), k -> new ArrayList<>()).add(r);
    }
    groups.forEach((k, rows) -> {
      Integer total = totalRow.get(totalKey.apply(k));
      for (String column : parts.rows().get(0).keySet()) {
        if (additive(column) && totals.rows().get(0).containsKey(column)) {
          sums.add(new Sum(new Cell(totals.name(), Objects.requireNonNull(total, k.toString()), column),
              rows.stream().map(r -> new Cell(parts.name(), r, column)).toList(), why));
        }
      }
    });
  }

  /** In any table: LA rows add up to their region's row and regions to the nation's, other filters equal. */
  private void levels(Published t) {
    if (t.rows().isEmpty() || !t.rows().get(0).containsKey("geographic_level")) {
      return;
    }
    // The other filters of the table: the columns its metadata does not call indicators.
    List<String> others = t.rows().get(0).keySet().stream()
        .filter(c -> !t.indicators().contains(c) && !List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code",
            "la_name").contains(c))
        .toList();
    Map<List<Object>, Integer> rowOf = new HashMap<>();
    Map<List<Object>, List<Integer>> childrenOf = new LinkedHashMap<>();
    for (int r = 0; r < t.rows().size(); r++) {
      Map<String, String> row = t.rows().get(r);
      List<Object> self = new ArrayList<>(place(row));
      others.forEach(c -> self.add(row.get(c)));
      rowOf.put(self, r);
      List<Object> parent = switch (row.get("geographic_level")) {
        case "Local authority" -> new ArrayList<>(List.of(row.get("time_period"), "Regional", row.get("region_code"), ""));
        case "Regional" -> new ArrayList<>(List.of(row.get("time_period"), "National", "", ""));
        default -> null;
      };
      if (parent != null) {
        others.forEach(c -> parent.add(row.get(c)));
        childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
      }
    }
    childrenOf.forEach((parent, rows) -> {
      Integer total = rowOf.get(parent);
      if (total != null) {
        for (String column : t.rows().get(0).keySet()) {
          if (additive(column)) {
            sums.add(new Sum(new Cell(t.name(), total, column),
                rows.stream().map(r -> new Cell(t.name(), r, column)).toList(), "levels"));
          }
        }
      }
    });
  }

  /**
   * Suppressed cells worked out by subtraction, each with how; every recovered cell is taken as
   * known for the next round, as an attacker would.
   */
  Map<Cell, String> bySubtraction() {
    Map<Cell, Double> known = new HashMap<>();
    Map<Cell, String> recovered = new LinkedHashMap<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Sum s : sums) {
        List<Cell> cells = new ArrayList<>(s.parts());
        cells.add(0, s.total());
        if (cells.stream().anyMatch(c -> isNotApplicable(c))) {
          continue;
        }
        List<Cell> unknown = cells.stream().filter(c -> value(c, known) == null).toList();
        if (unknown.size() == 1) {
          Cell x = unknown.get(0);
          double total = x.equals(s.total()) ? 0 : value(s.total(), known);
          for (Cell p : s.parts()) {
            if (!p.equals(x)) {
              total += x.equals(s.total()) ? value(p, known) : -value(p, known);
            }
          }
          known.put(x, total);
          recovered.put(x, s.why() + " gives " + total);
          progress = true;
        }
      }
    }
    return recovered;
  }

  private boolean isNotApplicable(Cell c) {
    String v = cell(c);
    return v == null || v.equals("z") || v.isEmpty();
  }

  private Double value(Cell c, Map<Cell, Double> known) {
    Double v = number(c);
    return v != null ? v : known.get(c);
  }

  /**
   * Suppressed cells that all the sums fix together, whatever the order of subtraction: those that
   * are zero in every solution of the sums with the shown cells taken as zero (the null space).
   * The sums are put in echelon form modulo the prime 2^31 - 1 and a null vector drawn at random: a
   * fixed cell is zero in it for sure, a free cell only with probability 2^-31.
   */
  List<Cell> bySolvingTogether() {
    List<List<Cell>> open = new ArrayList<>();
    for (Sum s : sums) {
      List<Cell> cells = new ArrayList<>(s.parts());
      cells.add(0, s.total());
      if (cells.stream().noneMatch(this::isNotApplicable)) {
        open.add(cells);
      }
    }
    return fixed(open, c -> number(c) == null);
  }

  /** Of the unknown cells of some sums (each a total, then its parts), those the sums fix together. */
  static <T> List<T> fixed(List<List<T>> sums, java.util.function.Predicate<T> unknown) {
    long p = 2_147_483_647L;
    Map<T, Integer> column = new LinkedHashMap<>();
    List<java.util.TreeMap<Integer, Long>> rows = new ArrayList<>();
    for (List<T> s : sums) {
      java.util.TreeMap<Integer, Long> row = new java.util.TreeMap<>();
      for (int k = 0; k < s.size(); k++) {
        if (unknown.test(s.get(k))) {
          row.merge(column.computeIfAbsent(s.get(k), c -> column.size()), k == 0 ? 1L : p - 1, (a, b) -> (a + b) % p);
        }
      }
      row.values().removeIf(v -> v == 0);
      if (!row.isEmpty()) {
        rows.add(row);
      }
    }
    Map<Integer, java.util.TreeMap<Integer, Long>> pivots = new HashMap<>();
    for (java.util.TreeMap<Integer, Long> row : rows) {
      while (!row.isEmpty()) {
        int lead = row.firstKey();
        java.util.TreeMap<Integer, Long> pivot = pivots.get(lead);
        if (pivot == null) {
          long inverse = java.math.BigInteger.valueOf(row.get(lead)).modInverse(java.math.BigInteger.valueOf(p))
              .longValue();
          row.replaceAll((k, v) -> v * inverse % p);
          pivots.put(lead, row);
          break;
        }
        long f = row.get(lead);
        pivot.forEach((k, v) -> row.merge(k, (p - f * v % p) % p, (a, b) -> (a + b) % p));
        row.values().removeIf(v -> v == 0);
      }
    }
    long[] x = new long[column.size()];
    java.util.Random random = new java.util.Random(1);
    for (int c = column.size() - 1; c >= 0; c--) {
      java.util.TreeMap<Integer, Long> pivot = pivots.get(c);
      if (pivot == null) {
        x[c] = 1 + Math.floorMod(random.nextLong(), p - 1);
      } else {
        long sum = 0;
        for (var e : pivot.tailMap(c, false).entrySet()) {
          sum = (sum + e.getValue() * x[e.getKey()]) % p;
        }
        x[c] = (p - sum) % p;
      }
    }
    List<T> cells = new ArrayList<>(column.keySet());
    List<T> fixed = new ArrayList<>();
    for (int c = 0; c < x.length; c++) {
      if (x[c] == 0) {
        fixed.add(cells.get(c));
      }
    }
    return fixed;
  }

  /**
   * Published counts from 1 to 5, and complements that small (37 of 40 with GLD shows 3 without),
   * but in the breakdowns and counts the settings call not sensitive (published as they are).
   */
  List<String> smallCounts(int threshold, eyfsp.domain.Settings.Disclosure settings) {
    List<String> found = new ArrayList<>();
    Map<String, String> bases = Map.of("gld_number", "children_number", "points78_number", "children_number",
        "psed_cll_secure_number", "children_number", "in_lowest20_number", "children_number", "secure_number",
        "children_number", "group_gld_number", "group_children_number", "comparison_group_gld_number",
        "comparison_group_children_number");
    for (Published t : tables.values()) {
      for (int r = 0; r < t.rows().size(); r++) {
        Map<String, String> row = t.rows().get(r);
        if (row.containsKey("breakdown") && settings.isNotSensitive(row.get("breakdown_topic"), row.get("breakdown"))) {
          continue;
        }
        for (String column : t.rows().get(r).keySet()) {
          if (!additive(column) || settings.notSensitiveCounts().contains(column)) {
            continue;
          }
          Double v = number(new Cell(t.name(), r, column));
          if (v != null && v > 0 && v < threshold) {
            found.add(t.name() + " row " + r + " " + column + " = " + v);
          }
          String base = column.startsWith("score_") ? "children_number" : bases.get(column);
          Double b = base == null ? null : number(new Cell(t.name(), r, base));
          if (v != null && b != null && b - v > 0 && b - v < threshold && !settings.notSensitiveRests().contains(column)) {
            found.add(t.name() + " row " + r + " " + base + " - " + column + " = " + (b - v));
          }
        }
      }
    }
    return found;
  }
}
