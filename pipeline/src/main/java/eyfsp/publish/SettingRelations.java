package eyfsp.publish;

import eyfsp.measures.DataQuality;
import eyfsp.measures.Geography;
import eyfsp.measures.SchoolAttainment;
import eyfsp.measures.SettingContext;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** The sums that tie a published school_context to the LA's tables ({@link Relations}'s, kept apart). */
final class SettingRelations {

  private SettingRelations() {}

  /**
   * An LA's settings add up to its context row and, group by
   * group, to its breakdown's children and GLD; a setting's children of known FSM status (and,
   * separately, of known first language) are its children matched to the census, declared only where
   * that holds on every row.
   */
  static void add(Relations r, int settings, int context, int characteristic, int quality) {
    if (settings < 0) {
      return;
    }
    if (context >= 0) {
      r.totals(settings, context, Relations::laOf);
    }
    Map<List<Object>, List<Integer>> ofLa = new LinkedHashMap<>();
    for (int i = 0; i < r.tables.get(settings).rows().size(); i++) {
      ofLa.computeIfAbsent(Relations.laOf(r.tables.get(settings).rows().get(i)), k -> new ArrayList<>()).add(i);
    }
    Map<List<Object>, Integer> breakdownRow = characteristic < 0 ? Map.of() : r.rowsBy(characteristic, r::breakdown);
    ofLa.forEach((la, rows) -> SettingContext.GAPS.stream().flatMap(g -> java.util.stream.Stream.of(g.group(),
        g.comparison())).forEach(g -> {
          Integer total = breakdownRow.get(Relations.key(la, g.topic(), g.breakdown()));
          if (total != null) {
            r.add(settings, rows, g.prefix() + "_children_number", r.cell(characteristic, total, "children_number"));
            r.add(settings, rows, g.prefix() + "_gld_number", r.cell(characteristic, total, "gld_number"));
          }
        }));
    if (quality >= 0) {
      Map<List<Object>, Integer> qualityRow = r.rowsBy(quality, (t, row) -> Arrays.asList(row.get(0),
          r.value(t, row, Geography.LEVEL), r.value(t, row, DataQuality.SCHOOL)));
      for (String known : List.of("fsm_known_number", "first_language_known_number")) {
        List<Sum> found = new ArrayList<>();
        for (int i = 0; i < r.tables.get(settings).rows().size(); i++) {
          Row row = r.tables.get(settings).rows().get(i);
          Integer q = qualityRow.get(Arrays.asList(row.get(0), r.value(settings, row, Geography.LEVEL),
              r.value(settings, row, SchoolAttainment.LAESTAB)));
          if (q != null) {
            found.add(new Sum(r.cell(quality, q, "census_matched_number"), List.of(r.cell(settings, i, known))));
          }
        }
        r.addIfEveryOneHolds(found);
      }
    }
  }

}
