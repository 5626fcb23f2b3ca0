package eyfsp.audit;

import eyfsp.audit.Model.Lin;
import eyfsp.domain.PairNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published pair of topics against its two topics: each group of "Sex by FSM" ("Boys / FSM
 * eligible") is in one breakdown of each ("Boys", "FSM eligible"), so at every place a breakdown's
 * groups in the pair add up to it, in every count (and, {@link PointTotals}, every total of points).
 */
final class PairSums {

  /** The pair tables, each with the table of single topics it breaks down further. */
  static final List<List<String>> TABLES = List.of(List.of("attainment_by_pair", "attainment_by_characteristic"),
      List.of("lowest20_profile_by_pair", "lowest20_profile"));

  private PairSums() {}

  static void add(Model model) {
    PublishedTables tables = model.tables();
    for (List<String> names : TABLES) {
      int pairs = tables.index(names.get(0));
      int singles = tables.index(names.get(1));
      if (pairs < 0 || singles < 0) {
        continue;
      }
      PublishedTables.Table p = tables.get(pairs);
      PublishedTables.Table s = tables.get(singles);
      marginals(tables, pairs, singles).forEach((single, rows) -> {
        int row = (Integer) single.get(0);
        for (String column : p.columns()) {
          if (p.isIndicator(column) && Rows.additive(column) && s.isIndicator(column)) {
            List<Lin> parts = new ArrayList<>();
            rows.forEach(r -> parts.add(model.term(pairs, r, column)));
            model.equal(model.term(singles, row, column), Lin.sum(parts), "topic pair " + p.name() + " " + column);
          }
        }
      });
    }
  }

  /**
   * Each row of the single topics' table with a pair it is in (row, pair topic), and the rows of the
   * pair table that add up to it there (a topic is in several pairs): a
   * pair's breakdown is split at the " / " where both sides are breakdowns of its topics at the
   * same place (the data dictionary's words hold " / " too), and left out where no split, or more
   * than one, is.
   */
  static Map<List<Object>, List<Integer>> marginals(PublishedTables tables, int pairs, int singles) {
    PublishedTables.Table p = tables.get(pairs);
    PublishedTables.Table s = tables.get(singles);
    Map<List<String>, Integer> single = Rows.index(s, r -> Rows.with(Rows.place(s, r), Rows.get(s, r, Rows.TOPIC),
        Rows.get(s, r, Rows.BREAKDOWN)));
    Map<List<Object>, List<Integer>> marginals = new LinkedHashMap<>();
    for (int r = 0; r < p.rows().size(); r++) {
      String[] topics = PairNames.topics(Rows.get(p, r, Rows.TOPIC));
      if (topics == null) {
        continue;
      }
      List<String> place = Rows.place(p, r);
      Integer[] found = null;
      int splits = 0;
      for (String[] sides : PairNames.splits(Rows.get(p, r, Rows.BREAKDOWN))) {
        Integer first = single.get(Rows.with(place, topics[0], sides[0]));
        Integer second = single.get(Rows.with(place, topics[1], sides[1]));
        if (first != null && second != null) {
          found = new Integer[] {first, second};
          splits++;
        }
      }
      if (splits == 1) {
        String pair = Rows.get(p, r, Rows.TOPIC);
        marginals.computeIfAbsent(List.of(found[0], pair), k -> new ArrayList<>()).add(r);
        marginals.computeIfAbsent(List.of(found[1], pair), k -> new ArrayList<>()).add(r);
      }
    }
    return marginals;
  }
}
