package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eyfsp.domain.HistorySettings.Better;
import eyfsp.domain.HistorySettings.Unit;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import eyfsp.trajectories.Trajectory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the target rule on many random histories and policies: a draft is never less
 * ambitious than its projection, stays in range, and no series spans a framework change; and an
 * override changes only the setting it names.
 */
class TargetPropertiesTest {

  private static History randomHistory(Random rnd) {
    List<Observation> o = new ArrayList<>();
    int las = 3 + rnd.nextInt(25);
    for (int i = 0; i < las; i++) {
      Place la = DraftingTest.la(Integer.toString(300 + i), "LA " + i);
      int first = 2013 + rnd.nextInt(6);
      int last = rnd.nextInt(5) == 0 ? 2018 : 2019;   // some retired numbers
      double gld = 30 + rnd.nextDouble() * 65;
      double gap = 20 + rnd.nextDouble() * 25;
      boolean hasGap = rnd.nextBoolean();
      double deprived = rnd.nextDouble() * 8 - 1;   // a GLD gap in points near zero, narrowing: it may cross
      for (int year = first; year <= last; year++) {
        gld = Math.max(0, Math.min(100, gld + rnd.nextGaussian() * 4 + 1));
        gap = Math.max(0, Math.min(100, gap + rnd.nextGaussian() * 3 - 0.5));
        deprived += rnd.nextGaussian() - 1;
        o.add(DraftingTest.value(la, year, "gld_percent", gld));
        if (hasGap) {
          o.add(DraftingTest.value(la, year, "inequality_gap_percent", gap));
          o.add(DraftingTest.value(la, year, "deprived_area_gap_percentage_points", deprived));
        }
      }
      for (int year = 2009; year <= 2012 && rnd.nextBoolean(); year++) {
        o.add(DraftingTest.value(la, year, "gld_percent", rnd.nextDouble() * 100));   // fsp13: never used
      }
      if (rnd.nextInt(10) > 0) {
        o.add(DraftingTest.value(la, last, "fsm_percent", 5 + rnd.nextDouble() * 40));
      }
      o.add(DraftingTest.value(la, last, "children_number", 50 + rnd.nextInt(15000)));
    }
    for (int year = 2013; year <= 2019; year++) {
      o.add(DraftingTest.value(Place.national(), year, "gld_percent", 50 + 3 * (year - 2013)));
    }
    return new History(o);
  }

  private static Map<String, Object> randomPolicy(Random rnd) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("targets.ambition.share", rnd.nextDouble());
    p.put("targets.ambition.benchmark", List.of("NEIGHBOURS", "NATIONAL", "MORE_AMBITIOUS").get(rnd.nextInt(3)));
    p.put("targets.at_least_baseline", rnd.nextBoolean());
    p.put("targets.max_yearly_change.gld_percent", 0.2 + rnd.nextDouble() * 5);
    p.put("targets.max_yearly_change.inequality_gap_percent", 0.2 + rnd.nextDouble() * 5);
    p.put("targets.max_yearly_change.deprived_area_gap_percentage_points", 0.2 + rnd.nextDouble() * 5);
    p.put("trajectories.window_years", 3 + rnd.nextInt(4));
    if (rnd.nextBoolean()) {
      // An ambition is for a year after the baseline (2018/19 at the latest here).
      p.put("targets.national_ambition.gld_percent", Map.of("value", rnd.nextDouble() * 100, "by_year",
          2020 + rnd.nextInt(5)));
    }
    return p;
  }

  @Test
  void draftsAreNeverLessAmbitiousThanTheirProjectionsAndNoSeriesSpansAFramework() {
    int drafted = 0;
    int reversing = 0;
    for (int seed = 1; seed <= 150; seed++) {
      Random rnd = new Random(seed);
      History history = randomHistory(rnd);
      Settings settings = SettingsFile.load(null, randomPolicy(rnd));
      Drafting.Result r = Drafting.draft(history, settings, Drafting.Request.defaults());
      for (DraftTarget t : r.targets()) {
        if (!t.drafted()) {
          assertThat(t.rule()).isEqualTo(DraftTarget.NOT_POSSIBLE);
          continue;
        }
        drafted++;
        Better better = settings.history().measure(t.measure()).better();
        String what = "seed " + seed + ", " + t.place().label() + " " + t.measure() + ": " + t.reasoning();
        if (better == Better.HIGHER) {
          assertThat(t.draft()).as(what).isGreaterThanOrEqualTo(t.projection());
        } else {
          assertThat(t.draft()).as(what).isLessThanOrEqualTo(t.projection());
          if (t.baseline() >= 0) {
            // A gap target narrows a gap, never reverses it; nor does the projection it may not fall short of.
            assertThat(t.draft()).as(what).isGreaterThanOrEqualTo(0.0);
            assertThat(t.projection()).as(what).isGreaterThanOrEqualTo(0.0);
            reversing += t.rule().equals("GAP_CLOSED") ? 1 : 0;
          }
        }
        if (settings.history().measure(t.measure()).unit() == Unit.PERCENT) {
          assertThat(t.draft()).as(what).isBetween(0.0, 100.0);
        } else {
          assertThat(t.draft()).as(what).isBetween(-100.0, 100.0);
        }
      }
      for (Trajectory t : r.trajectories()) {
        assertThat(t.observed()).allSatisfy(o -> assertThat(o.framework()).isEqualTo("elg17"));
        assertThat(t.projections()).allSatisfy(p -> assertThat(p.year()).isBetween(2013, 2021));
      }
    }
    assertThat(drafted).as("drafts checked").isGreaterThan(1500);
    assertThat(reversing).as("gap drafts held at 0 rather than reversing the gap").isGreaterThan(20);
  }

  @Test
  void anOverrideChangesOnlyTheSettingItNames() {
    JsonNode defaults = SettingsFile.tree(SettingsFile.defaults());
    Map<String, Object> overrides = Map.of(
        "targets.ambition.share", 0.6,
        "targets.ambition.benchmark", "NATIONAL",
        "targets.max_yearly_change.gld_percent", 4.5,
        "trajectories.window_years", 4,
        "targets.national_ambition.gld_percent", Map.of("value", 80, "by_year", 2025));
    overrides.forEach((name, value) -> {
      JsonNode changed = SettingsFile.tree(SettingsFile.load(null, Map.of(name, value)));
      List<String> differences = new ArrayList<>();
      differences("", defaults, changed, differences);
      assertThat(differences).as(name).containsExactly(name);
    });
  }

  @Test
  void anOverrideOfOneMeasureLeavesTheOthersDraftsAlone() {
    Drafting.Result before = DraftingTest.draft(Map.of(), null);
    Drafting.Result after = DraftingTest.draft(Map.of("targets.max_yearly_change.gld_percent", 0.5), null);
    List<DraftTarget> gapsBefore = before.targets().stream().filter(t -> !t.measure().equals("gld_percent")).toList();
    List<DraftTarget> gapsAfter = after.targets().stream().filter(t -> !t.measure().equals("gld_percent")).toList();
    assertThat(gapsAfter).isEqualTo(gapsBefore);
    // A's GLD: the cap of 0.5 a year allows 67 + 1 = 68, below the projection 70.8: the projection stands.
    assertThat(DraftingTest.target(after, DraftingTest.A, "gld_percent")).extracting("draft", "rule")
        .containsExactly(70.8, "PROJECTION_BEYOND_CAP");
    assertThat(after.trajectories()).isEqualTo(before.trajectories());
  }

  /** Leaf paths (dotted) where two settings trees differ. */
  private static void differences(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a != null && b != null && a.isObject() && b.isObject()) {
      List<String> names = new ArrayList<>();
      a.fieldNames().forEachRemaining(names::add);
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String n = it.next();
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      for (String n : names) {
        differences(path.isEmpty() ? n : path + "." + n, a.get(n), b.get(n), out);
      }
    } else if (a == null || !a.equals(b)) {
      out.add(path);
    }
  }
}
