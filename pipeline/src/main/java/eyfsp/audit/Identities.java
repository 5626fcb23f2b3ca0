package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identities between topics and tables that {@link Sums} adds to the sums: the same children
 * counted under two topics or in two tables. Each family is dropped where the output refutes it
 * ({@link Model#refuteIdentities}).
 */
final class Identities {

  private final Model model;
  private final PublishedTables tables;
  private final AuditRules rules;
  private final Sums sums;

  private Identities(Model model, AuditRules rules, Sums sums) {
    this.model = model;
    this.tables = model.tables();
    this.rules = rules;
    this.sums = sums;
  }

  static void add(Model model, AuditRules rules, Sums sums) {
    new Identities(model, rules, sums).add();
  }

  private Lin term(int t, int row, String column) {
    return model.term(t, row, column);
  }

  /**
   * Identities between topics and tables (each dropped where the output refutes it): the most
   * deprived areas are IDACI deciles 1-3, the rest 4-10, Unknown the same Unknown; the FSM, first
   * language and SEN Unknowns are the same children (those not matched to the census), within the
   * area Unknown and the ethnicity Unclassified; census matched = FSM known = language known; LSOA
   * queried = matched - deprivation known; sex queried = Sex Unknown.
   */
  private void add() {
    int characteristic = tables.index("attainment_by_characteristic");
    if (characteristic < 0) {
      return;
    }
    PublishedTables.Table b = tables.get(characteristic);
    Map<List<String>, Integer> rows = Rows.index(b, r -> Rows.with(Rows.place(b, r), Rows.get(b, r, Rows.TOPIC),
        Rows.get(b, r, Rows.BREAKDOWN)));
    List<String> deciles = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      (d <= rules.mostDeprivedDeciles() ? deciles : rest).add(Integer.toString(d));
    }
    List<List<String>> places = Rows.groups(b, r -> Rows.place(b, r)).keySet().stream().toList();
    for (List<String> place : places) {
      for (String column : b.columns()) {
        if (!b.isIndicator(column) || !Rows.additive(column)) {
          continue;
        }
        model.equal(cells(rows, place, "Area deprivation", List.of(sums.mostDeprived()), column),
            cells(rows, place, "IDACI decile", deciles, column), "identity deciles " + column);
        model.equal(cells(rows, place, "Area deprivation", List.of("Rest"), column),
            cells(rows, place, "IDACI decile", rest, column), "identity deciles " + column);
        model.equal(cells(rows, place, "Area deprivation", List.of("Unknown"), column),
            cells(rows, place, "IDACI decile", List.of("Unknown"), column), "identity deciles " + column);
        Lin fsm = cells(rows, place, "FSM", List.of("Unknown"), column);
        model.equal(fsm, cells(rows, place, "First language", List.of("Unknown"), column), "identity unknowns " + column);
        model.equal(fsm, cells(rows, place, "SEN provision", List.of("Unknown"), column), "identity unknowns " + column);
        model.atMost(fsm, cells(rows, place, "Area deprivation", List.of("Unknown"), column), "identity area unknown " + column);
        model.atMost(fsm, cells(rows, place, "Ethnicity", List.of("Unclassified"), column),
            "identity unclassified " + column);
      }
    }
    int quality = tables.index("data_quality");
    int context = tables.index("context");
    if (quality < 0) {
      return;
    }
    PublishedTables.Table q = tables.get(quality);
    // Sex queried needs no context table: it is the Sex Unknown breakdown's children.
    Map<List<String>, Integer> contextRows = context < 0 ? Map.of()
        : Rows.index(tables.get(context), r -> Rows.place(tables.get(context), r));
    for (int r = 0; r < q.rows().size(); r++) {
      List<String> place = Rows.place(q, r);
      Integer c = contextRows.get(place);
      Lin matched = term(quality, r, "census_matched_number");
      if (c != null) {
        model.equal(matched, term(context, c, "fsm_known_number"), "identity matched fsm known");
        model.equal(matched, term(context, c, "first_language_known_number"), "identity matched language known");
        Lin known = term(context, c, "deprivation_known_number");
        model.equal(term(quality, r, "lsoa_queried_number"), matched == null || known == null ? null : matched.minus(known),
            "identity lsoa queried");
      }
      model.equal(term(quality, r, "sex_queried_number"), sums.children(rows, place, "Sex", List.of("Unknown")),
          "identity sex queried");
    }
  }

  private Lin cells(Map<List<String>, Integer> rows, List<String> place, String topic, List<String> names, String column) {
    int characteristic = tables.index("attainment_by_characteristic");
    List<Lin> parts = new ArrayList<>();
    for (String name : names) {
      Integer row = rows.get(Rows.with(place, topic, name));
      if (row == null) {
        return null;
      }
      parts.add(term(characteristic, row, column));
    }
    return Lin.sum(parts);
  }
}
