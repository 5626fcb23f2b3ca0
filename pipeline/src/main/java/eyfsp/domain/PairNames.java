package eyfsp.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pair of topics and its groups are named (conf breakdowns.pairs): "Sex by FSM", "Boys / FSM
 * eligible". A side's own name may hold " / " ("Asian / Asian British" in the data dictionary's
 * words), so a group can split more than one way; whoever reads one tells the ways apart by its
 * topics' breakdowns.
 */
public final class PairNames {

  public static final String TOPIC = " by ";
  public static final String GROUP = " / ";

  private PairNames() {}

  /** The two topics of a pair's topic, null for a topic of its own. */
  public static String[] topics(String topic) {
    String[] topics = topic.split(TOPIC, 2);
    return topics.length == 2 ? topics : null;
  }

  /** Each way a pair's group splits into its two sides, first split first. */
  public static List<String[]> splits(String group) {
    List<String[]> splits = new ArrayList<>();
    for (int at = group.indexOf(GROUP); at >= 0; at = group.indexOf(GROUP, at + 1)) {
      splits.add(new String[] {group.substring(0, at), group.substring(at + GROUP.length())});
    }
    return splits;
  }
}
