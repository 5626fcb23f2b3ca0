package eyfsp.publish;

import eyfsp.domain.CensusCodes;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.DataQuality;
import eyfsp.measures.GeographicLevel;
import eyfsp.measures.Geography;
import eyfsp.measures.SchoolAttainment;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The sums that tie the data-quality and context tables to the attainment tables, and the area
 * topic to its IDACI deciles ({@link Relations}'s, kept apart): a school's data-quality counts add
 * up to its LA's; the others count every child accepted, assessed or not, and are declared only
 * where they hold on every row.
 */
final class ContextRelations {

  private ContextRelations() {}

  /** The data-quality table's school rows add up to their LA's row, in every count. */
  static void schoolsToLa(Relations r, int quality) {
    if (quality < 0) {
      return;
    }
    Table table = r.tables.get(quality);
    Map<List<Object>, Integer> laRow = new LinkedHashMap<>();
    Map<List<Object>, List<Integer>> schoolsOf = new LinkedHashMap<>();
    for (int i = 0; i < table.rows().size(); i++) {
      Row row = table.rows().get(i);
      if (GeographicLevel.SCHOOL.label().equals(r.value(quality, row, Geography.LEVEL))) {
        schoolsOf.computeIfAbsent(Relations.laOf(row), k -> new ArrayList<>()).add(i);
      } else {
        laRow.put(r.place(quality, row), i);
      }
    }
    schoolsOf.forEach((la, rows) -> {
      Integer total = laRow.get(la);
      if (total != null) {
        r.counts(quality).forEach(column -> r.add(quality, rows, column, r.cell(quality, total, column)));
      }
    });
  }

  /**
   * Every accepted child is in the valid cohort or not assessed: a data-quality row's children
   * accepted = its place's (or school's) children + not assessed. With all-zero profiles left out of
   * the cohort the sum does not hold, and an unpublished count (the all-zero profiles) stands between
   * them: it is declared only when it holds on every row.
   */
  static void accepted(Relations r, int quality, int attainment, int schools) {
    if (quality < 0) {
      return;
    }
    Map<List<Object>, Integer> placeRow = r.rowsBy(attainment, r::place);
    Map<List<Object>, Integer> schoolRow = schools < 0 ? Map.of()
        : r.rowsBy(schools, (t, row) -> Arrays.asList(row.get(0), r.value(t, row, SchoolAttainment.LAESTAB)));
    List<Sum> found = new ArrayList<>();
    for (int i = 0; i < r.tables.get(quality).rows().size(); i++) {
      Row row = r.tables.get(quality).rows().get(i);
      boolean school = GeographicLevel.SCHOOL.label().equals(r.value(quality, row, Geography.LEVEL));
      int parts = school ? schools : attainment;
      Integer part = school ? schoolRow.get(Arrays.asList(row.get(0), r.value(quality, row, DataQuality.SCHOOL)))
          : placeRow.get(r.place(quality, row));
      if (part != null) {
        found.add(new Sum(r.cell(quality, i, "children_accepted_number"),
            List.of(r.cell(parts, part, "children_number"), r.cell(parts, part, "not_assessed_number"))));
      }
    }
    r.addIfEveryOneHolds(found);
  }

  /**
   * The context's counts of children are those of the breakdowns they name, children + not
   * assessed (declared only when they hold, as {@link #accepted}).
   */
  static void contextCounts(Relations r, int context, int characteristic) {
    if (context < 0 || characteristic < 0) {
      return;
    }
    Map<List<Object>, Integer> breakdownRow = r.rowsBy(characteristic, r::breakdown);
    // The area topic's breakdowns are the most deprived areas (named by the settings), Rest and
    // Unknown; a breakdown with no child has no row, and without a deprivation file all are Unknown.
    String mostDeprived = r.tables.get(characteristic).rows().stream()
        .filter(row -> Breakdowns.AREA_DEPRIVATION.equals(r.value(characteristic, row, Breakdowns.TOPIC)))
        .map(row -> (String) r.value(characteristic, row, Breakdowns.BREAKDOWN))
        .filter(b -> !b.equals(Breakdowns.REST) && !b.equals(CensusCodes.UNKNOWN))
        .findFirst().orElse(null);
    Map<String, List<String>> named = new LinkedHashMap<>();
    named.put("fsm_number", List.of(Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE));
    named.put("fsm_known_number", List.of(Breakdowns.FSM, CensusCodes.FSM_ELIGIBLE, CensusCodes.NOT_FSM_ELIGIBLE));
    named.put("eal_number", List.of(Breakdowns.FIRST_LANGUAGE, CensusCodes.OTHER_THAN_ENGLISH));
    named.put("first_language_known_number", List.of(Breakdowns.FIRST_LANGUAGE, CensusCodes.ENGLISH,
        CensusCodes.OTHER_THAN_ENGLISH));
    List<String> known = new ArrayList<>(List.of(Breakdowns.AREA_DEPRIVATION));
    if (mostDeprived != null) {
      named.put("most_deprived_number", List.of(Breakdowns.AREA_DEPRIVATION, mostDeprived));
      known.add(mostDeprived);
    }
    known.add(Breakdowns.REST);
    named.put("deprivation_known_number", known);
    List<Sum> found = new ArrayList<>();
    for (int i = 0; i < r.tables.get(context).rows().size(); i++) {
      Row row = r.tables.get(context).rows().get(i);
      for (Map.Entry<String, List<String>> count : named.entrySet()) {
        List<Cell> parts = new ArrayList<>();
        for (String b : count.getValue().subList(1, count.getValue().size())) {
          Integer part = breakdownRow.get(r.breakdownKey(context, row, count.getValue().get(0), b));
          if (part != null) {
            parts.add(r.cell(characteristic, part, "children_number"));
            parts.add(r.cell(characteristic, part, "not_assessed_number"));
          }
        }
        if (!parts.isEmpty()) {
          found.add(new Sum(r.cell(context, i, count.getKey()), parts));
        }
      }
    }
    r.addIfEveryOneHolds(found);
  }

  /**
   * The area topic is made of the IDACI deciles (the most deprived areas are deciles 1 to the
   * setting's, the rest the others, Unknown the same Unknown): at each place where both topics are
   * published, each area breakdown is the sum of its deciles, in every count. Declared only when
   * it holds on every row, as {@link #accepted}.
   */
  static void areasAreDeciles(Relations r, int characteristic) {
    if (characteristic < 0) {
      return;
    }
    Map<List<Object>, Integer> breakdownRow = r.rowsBy(characteristic, r::breakdown);
    Map<List<Object>, Boolean> places = new LinkedHashMap<>();
    String mostDeprived = null;
    int deciles = 0;
    for (Row row : r.tables.get(characteristic).rows()) {
      if (Breakdowns.IDACI_DECILE.equals(r.value(characteristic, row, Breakdowns.TOPIC))) {
        places.put(r.place(characteristic, row), true);
      }
      if (Breakdowns.AREA_DEPRIVATION.equals(r.value(characteristic, row, Breakdowns.TOPIC))) {
        String b = (String) r.value(characteristic, row, Breakdowns.BREAKDOWN);
        if (b.endsWith("% most deprived LSOAs")) {
          mostDeprived = b;
          deciles = Integer.parseInt(b.substring(0, b.indexOf('%'))) / 10;
        }
      }
    }
    if (mostDeprived == null) {
      return;
    }
    List<String> low = new ArrayList<>();
    List<String> high = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      (d <= deciles ? low : high).add(Integer.toString(d));
    }
    Map<String, List<String>> areas = new LinkedHashMap<>();
    areas.put(mostDeprived, low);
    areas.put(Breakdowns.REST, high);
    areas.put(CensusCodes.UNKNOWN, List.of(CensusCodes.UNKNOWN));
    List<Sum> found = new ArrayList<>();
    for (List<Object> place : places.keySet()) {
      areas.forEach((area, parts) -> {
        Integer total = breakdownRow.get(Relations.key(place, Breakdowns.AREA_DEPRIVATION, area));
        List<Integer> rows = parts.stream().map(d -> breakdownRow.get(Relations.key(place, Breakdowns.IDACI_DECILE, d)))
            .filter(java.util.Objects::nonNull).toList();
        if (total != null && !rows.isEmpty()) {
          for (String column : r.counts(characteristic)) {
            found.add(new Sum(r.cell(characteristic, total, column),
                rows.stream().map(i -> r.cell(characteristic, i, column)).toList()));
          }
        }
      });
    }
    r.addIfEveryOneHolds(found);
  }
}
