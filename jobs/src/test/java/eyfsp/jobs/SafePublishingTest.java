package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The who-is-behind tables end to end on a small synthetic universe (eight LAs, 1,500 children,
 * 60 schools: many small groups, so much is suppressed): their consistency, and that nothing
 * suppressed in published/ can be worked out from the rest of it.
 */
class SafePublishingTest {

  @TempDir
  static Path dir;

  static Path out;

  /** With the default settings: what an LA would publish. */
  static int run(Path input, Path output) {
    return run(input, output, List.of());
  }

  /** The same, with more arguments (--conf FILE, say). */
  static int run(Path input, Path output, List<String> more) {
    StringWriter err = new StringWriter();
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--output",
        output.toString()));
    args.addAll(more);
    int status = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    assertThat(status).as(err.toString()).isZero();
    return status;
  }

  @BeforeAll
  static void runOnceOnASmallUniverse() {
    Path input = dir.resolve("input");
    new SyntheticInput(new SyntheticInput.Spec(7, 2009, 1, 1500, 60, false, false), Universe.sample(7, 1500, 60))
        .write(input);
    out = dir.resolve("out");
    run(input, out);
  }

  @Test
  void writesEveryTableInternallyAndPublishesAllButTheChildLevelOne() {
    TableInvariants.publishedTablesHaveMetadata(out);
  }

  @Test
  void breakdownsAddUpToTheTotalsAndSchoolsToTheirLa() throws Exception {
    TableInvariants.breakdownsAddUpToTheTotals(out);
    TableInvariants.schoolsAddUpToTheirLa(out);
  }

  @Test
  void relativeRisksOverATopicAverageToOneWeightedByCohortShare() throws Exception {
    TableInvariants.relativeRisksAverageToOne(out);
  }

  @Test
  void noSuppressedCellCanBeWorkedOutFromThePublishedTables() throws Exception {
    // The test bites only if there is something to protect: suppressed cells in every table.
    // (The context table's counts, all shown here, are what would give cells of the others away.)
    // (data_quality's counts are of children nothing is known of, published as they are, or x.)
    for (String table : List.of("attainment_by_characteristic", "gaps", "schools", "scales", "lowest20_profile",
        "school_context")) {
      long suppressed = PublishedAttack.read(out.resolve("published/" + table + ".csv")).stream()
          .flatMap(r -> r.values().stream()).filter(PublishedAttack.C::equals).count();
      assertThat(suppressed).as(table + ": suppressed cells").isGreaterThan(10);
    }
    TableInvariants.nothingSuppressedCanBeRecovered(out);
  }

  /**
   * The outside attacker's audit (./eyfsp audit: every relation docs/disclosure.md gives away, counts whole
   * and never negative, bounds by linear programming) finds no suppressed count it can narrow below
   * the protection width or pin between 1 and 5, on a universe where much is suppressed.
   */
  @Test
  void theOutsideAttackersAuditFindsNothing() {
    TestRuns.Outcome audit = TestRuns.run("audit", out.toString());
    assertThat(audit.status()).as(audit.out()).isEqualTo(ExitStatus.OK);
    assertThat(audit.out()).contains("no suppressed count can be narrowed");
  }

  @Test
  void theSameInputPublishesTheSameBytes() throws Exception {
    Path again = dir.resolve("again");
    run(dir.resolve("input"), again);
    try (var files = Files.list(out.resolve("published"))) {
      for (Path f : files.toList()) {
        assertThat(Files.readAllBytes(again.resolve("published").resolve(f.getFileName())))
            .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void theNearThresholdChildrenCarryThePseudonymOnly() throws Exception {
    List<Map<String, String>> near = TableInvariants.internal(out, "near_threshold");
    assertThat(near).isNotEmpty();
    assertThat(near.get(0).keySet()).contains("pupil_pseudonym", "school_laestab").doesNotContain("upn",
        "date_of_birth");
    assertThat(near).allSatisfy(r -> {
      assertThat(r.get("pupil_pseudonym")).hasSize(32);
      assertThat(Integer.parseInt(r.get("points_short"))).isBetween(0, 3);
      assertThat(Integer.parseInt(r.get("scales_below_secure_number"))).isBetween(0, 1);
      assertThat(Integer.parseInt(r.get("points_short")) + Integer.parseInt(r.get("scales_below_secure_number")))
          .as("a child near the threshold has not reached it").isPositive();
    });
  }
}
