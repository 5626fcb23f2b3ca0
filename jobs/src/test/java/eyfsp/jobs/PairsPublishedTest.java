package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairs of topics (issue 16: "boys eligible for FSM", "Pakistani girls") end to end on a year of
 * 24,000 children in two regions of 12,000: internal/ has every level and each pair's groups add up
 * to either topic's breakdowns; published/ has England's and the regions' (conf: table_levels,
 * table_min_children 10,000), with nothing suppressed that the published tables give away.
 */
class PairsPublishedTest {

  @TempDir
  static Path dir;

  static Path out;

  @BeforeAll
  static void runOnTwoRegionsOfTwelveThousand() {
    Path input = dir.resolve("input");
    new SyntheticInput(new SyntheticInput.Spec(11, 2009, 1, 24_000, 200, false, false), Universe.sample(11, 24_000, 200))
        .write(input);
    out = dir.resolve("out");
    SafePublishingTest.run(input, out);
  }

  @Test
  void eachPairsGroupsAddUpToEitherTopicsBreakdownsAtEveryLevel() throws Exception {
    Map<String, Map<String, String>> breakdowns = new HashMap<>();
    for (Map<String, String> r : TableInvariants.internal(out, "attainment_by_characteristic")) {
      breakdowns.put(place(r) + "|" + r.get("breakdown_topic") + "|" + r.get("breakdown"), r);
    }
    Map<String, long[]> sums = new TreeMap<>();
    List<Map<String, String>> pairs = TableInvariants.internal(out, "attainment_by_pair");
    for (Map<String, String> r : pairs) {
      String[] topics = r.get("breakdown_topic").split(" by ");
      String[] groups = r.get("breakdown").split(" / ");
      for (int side = 0; side < 2; side++) {
        long[] sum = sums.computeIfAbsent(r.get("breakdown_topic") + " into " + place(r) + "|" + topics[side] + "|"
            + groups[side], k -> new long[TableInvariants.COUNTS.size()]);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += Long.parseLong(r.get(TableInvariants.COUNTS.get(i)));
        }
      }
    }
    assertThat(pairs.stream().map(r -> r.get("geographic_level")).distinct())
        .containsExactlyInAnyOrder("National", "Regional", "Local authority");
    assertThat(sums).hasSizeGreaterThan(100);
    sums.forEach((key, sum) -> {
      Map<String, String> breakdown = breakdowns.get(key.substring(key.indexOf(" into ") + 6));
      for (int i = 0; i < sum.length; i++) {
        assertThat(sum[i]).as(key + " " + TableInvariants.COUNTS.get(i))
            .isEqualTo(Long.parseLong(breakdown.get(TableInvariants.COUNTS.get(i))));
      }
    });
  }

  @Test
  void publishedForEnglandAndRegionsOfTenThousandChildrenWithGldAndRiskOnly() throws Exception {
    Map<String, Long> cohort = new HashMap<>();
    TableInvariants.internal(out, "attainment").forEach(r -> cohort.put(place(r), Long.parseLong(r.get("children_number"))));
    for (String table : List.of("attainment_by_pair", "lowest20_profile_by_pair")) {
      List<Map<String, String>> rows = PublishedAttack.read(out.resolve("published/" + table + ".csv"));
      assertThat(rows).as(table).extracting(r -> r.get("geographic_level")).contains("National", "Regional");
      assertThat(rows).as(table).allSatisfy(r -> {
        assertThat(r.get("geographic_level")).isIn("National", "Regional");
        assertThat(cohort.get(place(r))).isGreaterThanOrEqualTo(10_000);
      });
    }
    List<Map<String, String>> pairs = PublishedAttack.read(out.resolve("published/attainment_by_pair.csv"));
    assertThat(pairs).allSatisfy(r -> assertThat(List.of(r.get("not_assessed_number"), r.get("points78_number"),
        r.get("psed_cll_secure_number"))).containsOnly("x"));
    assertThat(pairs).extracting(r -> r.get("breakdown_topic")).contains("Sex by Ethnicity minor",
        "Free school meal eligibility by First language");
    assertThat(pairs).extracting(r -> r.get("breakdown")).contains("Girls / Pakistani",
        "Boys / Eligible for free school meals");
  }

  @Test
  void nothingSuppressedInThePairsCanBeWorkedOut() throws Exception {
    long suppressed = PublishedAttack.read(out.resolve("published/attainment_by_pair.csv")).stream()
        .flatMap(r -> r.values().stream()).filter(PublishedAttack.C::equals).count();
    assertThat(suppressed).as("suppressed cells of attainment_by_pair").isGreaterThan(10);
    TableInvariants.nothingSuppressedCanBeRecovered(out);
    TestRuns.Outcome audit = TestRuns.run("audit", out.toString());
    assertThat(audit.status()).as(audit.out()).isEqualTo(ExitStatus.OK);
  }

  private static String place(Map<String, String> r) {
    return String.join("|", r.get("time_period"), r.get("geographic_level"), r.get("region_code"),
        r.get("old_la_code"));
  }

  /** What DfE's screener checks without R passes on the pairs as on every published table (docs/ees.md). */
  @Test
  void thePairsPassTheOpenDataScreener() throws Exception {
    for (String table : List.of("attainment_by_pair", "lowest20_profile_by_pair")) {
      assertThat(OpenDataScreener.problems(out.resolve("published/" + table + ".csv"),
          out.resolve("published/" + table + ".meta.csv"))).as(table).isEmpty();
    }
  }
}
