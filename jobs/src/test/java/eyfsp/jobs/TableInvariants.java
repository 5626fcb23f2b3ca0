package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What must hold between the tables of any run, checked on its output folder: the internal tables
 * add up (breakdowns to totals, schools to their LA, a topic's relative risks to 1), and nothing
 * suppressed in published/ can be worked out from the rest of published/.
 */
final class TableInvariants {

  static final List<String> COUNTS = List.of("children_number", "not_assessed_number", "gld_number",
      "points78_number", "psed_cll_secure_number");

  private TableInvariants() {}

  static List<Map<String, String>> internal(Path out, String table) throws IOException {
    return PublishedAttack.read(out.resolve("internal/csv/" + table + ".csv"));
  }

  private static String place(Map<String, String> r) {
    return String.join("|", r.get("time_period"), r.get("geographic_level"), r.get("region_code"),
        r.get("old_la_code"));
  }

  private static long number(Map<String, String> r, String column) {
    return Long.parseLong(r.get(column));
  }

  /** Every topic's breakdowns add up to the attainment table's total of their geography, count by count. */
  static void breakdownsAddUpToTheTotals(Path out) throws IOException {
    Map<String, Map<String, String>> totals = new HashMap<>();
    internal(out, "attainment").forEach(r -> totals.put(place(r), r));
    Map<String, long[]> sums = new TreeMap<>();
    for (Map<String, String> r : internal(out, "attainment_by_characteristic")) {
      long[] sum = sums.computeIfAbsent(place(r) + "|" + r.get("breakdown_topic"), k -> new long[COUNTS.size()]);
      for (int i = 0; i < COUNTS.size(); i++) {
        sum[i] += number(r, COUNTS.get(i));
      }
    }
    assertThat(sums).isNotEmpty();
    sums.forEach((key, sum) -> {
      Map<String, String> total = totals.get(key.substring(0, key.lastIndexOf('|')));
      for (int i = 0; i < COUNTS.size(); i++) {
        assertThat(sum[i]).as(key + " " + COUNTS.get(i)).isEqualTo(number(total, COUNTS.get(i)));
      }
    });
  }

  /** An LA's schools add up to the LA, count by count. */
  static void schoolsAddUpToTheirLa(Path out) throws IOException {
    Map<String, long[]> sums = new TreeMap<>();
    for (Map<String, String> r : internal(out, "schools")) {
      long[] sum = sums.computeIfAbsent(r.get("time_period") + "|" + r.get("old_la_code"), k -> new long[COUNTS.size()]);
      for (int i = 0; i < COUNTS.size(); i++) {
        sum[i] += number(r, COUNTS.get(i));
      }
    }
    int las = 0;
    for (Map<String, String> la : internal(out, "attainment")) {
      if (la.get("geographic_level").equals("Local authority")) {
        las++;
        long[] sum = sums.get(la.get("time_period") + "|" + la.get("old_la_code"));
        for (int i = 0; i < COUNTS.size(); i++) {
          assertThat(sum[i]).as(la.get("la_name") + " " + COUNTS.get(i)).isEqualTo(number(la, COUNTS.get(i)));
        }
      }
    }
    assertThat(las).isPositive();
  }

  /**
   * In each LA and topic, the groups share out the lowest 20% exactly, and the relative risks
   * weighted by cohort share average to 1: sum (n_g / N)(L_g / k)/(n_g / N) = sum L_g / k = 1.
   */
  static void relativeRisksAverageToOne(Path out) throws IOException {
    Map<String, double[]> byTopic = new TreeMap<>();
    for (Map<String, String> r : internal(out, "lowest20_profile")) {
      double[] s = byTopic.computeIfAbsent(place(r) + "|" + r.get("breakdown_topic"),
          k -> new double[] {0, 0, Double.parseDouble(r.get("lowest20_number"))});
      if (!r.get("relative_risk").isEmpty()) {
        s[0] += Double.parseDouble(r.get("cohort_share_percent")) / 100 * Double.parseDouble(r.get("relative_risk"));
      }
      s[1] += Double.parseDouble(r.get("in_lowest20_number"));
    }
    assertThat(byTopic).isNotEmpty();
    byTopic.forEach((key, s) -> {
      if (s[2] > 0) {
        assertThat(s[0]).as(key + ": weighted relative risks").isCloseTo(1.0, within(1e-9));
      }
      assertThat(s[1]).as(key + ": the groups' share of the lowest 20%").isCloseTo(s[2], within(1e-9));
    });
  }

  /**
   * Nothing suppressed in published/ can be worked out from published/ by subtraction or by the sums
   * together, and no small count shows but those that say nothing about a child.
   */
  static void nothingSuppressedCanBeRecovered(Path out) throws IOException {
    PublishedAttack attack = noSuppressedCellWorkedOut(out);
    Settings settings = SettingsFile.defaults();
    assertThat(attack.smallCounts(6, settings.disclosure())).as("small counts or complements shown").isEmpty();
  }

  /** Nothing suppressed in published/ can be worked out by subtraction or by the sums together; the attack made. */
  static PublishedAttack noSuppressedCellWorkedOut(Path out) throws IOException {
    PublishedAttack attack = new PublishedAttack(out.resolve("published"));
    assertThat(attack.sums).as("sums the attacker found").hasSizeGreaterThan(100);
    // x (not published at the row's level by rule) is unknown to the attacker, as c is, but is not a
    // suppressed cell: docs/disclosure.md.
    assertThat(attack.bySubtraction().keySet().stream().filter(c -> PublishedAttack.C.equals(attack.cell(c))))
        .as("suppressed cells worked out by subtraction").isEmpty();
    assertThat(attack.bySolvingTogether().stream().filter(c -> PublishedAttack.C.equals(attack.cell(c))))
        .as("suppressed cells fixed by all the sums together").isEmpty();
    return attack;
  }

  /** Every published table has its metadata, and the internal-only table stays internal. */
  static void publishedTablesHaveMetadata(Path out) {
    for (String table : List.of("attainment", "attainment_by_characteristic", "gaps", "schools", "scales",
        "lowest20_profile", "school_context")) {
      assertThat(out.resolve("published/" + table + ".csv")).as(table).exists();
      assertThat(out.resolve("published/" + table + ".meta.csv")).as(table).exists();
      assertThat(out.resolve("internal/csv/" + table + ".csv")).as(table).exists();
      assertThat(out.resolve("internal/parquet/" + table)).as(table).isDirectory();
    }
    assertThat(out.resolve("internal/csv/near_threshold.csv")).exists();
    assertThat(out.resolve("published/near_threshold.csv")).doesNotExist();
    assertThat(Files.exists(out.resolve("published/near_threshold.meta.csv"))).isFalse();
  }
}
