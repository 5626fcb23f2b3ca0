package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.GapConventions;
import eyfsp.domain.InvalidSettingsException;
import eyfsp.domain.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

  @TempDir
  Path dir;

  /** The default settings file as text, for a file that changes one thing in its frameworks (a list is replaced whole). */
  private static String defaults() throws Exception {
    try (var in = SettingsFile.class.getClassLoader().getResourceAsStream(SettingsFile.DEFAULTS)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Settings load(String yaml) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, yaml);
    return SettingsFile.load(file);
  }

  @Test
  void theDefaultsAreTheDomainPages() {
    Settings s = SettingsFile.defaults();
    assertThat(s.framework("fsp13").scaleCodes())
        .containsExactly("DA", "SD", "ED", "LCT", "LSL", "R", "W", "NLC", "C", "SSM", "KUW", "PD", "CD");
    assertThat(s.framework("fsp13").maxTotal()).isEqualTo(117);
    assertThat(s.framework("fsp13").goodLevelOfDevelopment().totalAtLeast()).isEqualTo(78);
    // The 17-goal profiles: totals 17-51 (a sum of 1-3) and 0-17 (goals at expected).
    assertThat(s.framework("elg17").maxTotal()).isEqualTo(51);
    assertThat(s.framework("elg21").maxTotal()).isEqualTo(17);
    assertThat(s.framework("elg17").goodLevelOfDevelopment().secureInAllOf())
        .containsExactly("COM", "PHY", "PSE", "LIT", "MAT");
    assertThat(s.framework("elg21").positionsOf(s.framework("elg21").goodLevelOfDevelopment().secureInAllOf()))
        .as("the 12 goals of GLD").hasSize(12);
    assertThat(s.inequalityGap()).isEqualTo(GapConventions.defaults());
    assertThat(s.disclosure().suppressBelow()).isEqualTo(6);
    assertThat(s.framework("fsp13").notAssessedCodes()).containsExactly("A");
    assertThat(s.disclosure().ratioDecimals()).isEqualTo(2);
    assertThat(s.gaps().lowReliabilityBelow()).isEqualTo(30);
    assertThat(s.nearThreshold()).isEqualTo(new Settings.NearThreshold(3, 1));
  }

  @Test
  void aFileNeedNameOnlyWhatItChanges() throws Exception {
    Settings s = load("inequality_gap:\n  boundary_ties: ALL_AT_OR_BELOW\n  median: LOWER\n");
    assertThat(s.inequalityGap().boundaryTies()).isEqualTo(GapConventions.BoundaryTies.ALL_AT_OR_BELOW);
    assertThat(s.inequalityGap().median()).isEqualTo(GapConventions.MedianRule.LOWER);
    assertThat(s.inequalityGap().lowestShare()).isEqualTo(0.2);
    assertThat(s.framework("fsp13").scaleCount()).isEqualTo(13);
  }

  @Test
  void refusesUnknownSettingsWrongValuesAndImpossibleRules() {
    assertThatThrownBy(() -> load("inequality_gap:\n  boundary_tie: EXACTLY_K\n"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageEndingWith("unknown setting 'inequality_gap.boundary_tie'.");
    assertThatThrownBy(() -> load("inequality_gap:\n  median: MIDDLE\n"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("setting 'inequality_gap.median' cannot be 'MIDDLE' (allowed: [USUAL, LOWER])");
    assertThatThrownBy(() -> load("inequality_gap:\n  lowest_share: 1.5\n"))
        .hasMessageEndingWith("inequality_gap.lowest_share must be between 0 and 1 (0.2 for the lowest 20%).");
    assertThatThrownBy(() -> load(defaults().replace("good_level_of_development: {total_at_least: 78, "
        + "secure_in_all_of: [PSED, CLL]}", "good_level_of_development: {total_at_least: 78, secure_in_all_of: [PSED, MATHS]}")))
        .hasMessageEndingWith("frameworks[fsp13].good_level_of_development.secure_in_all_of names MATHS, which is not an"
            + " area of fsp13.");
    assertThatThrownBy(() -> load(defaults().replace("max_score: 3\n    value_names: [emerging, expected, exceeding]",
        "max_score: 3\n    value_names: [emerging, expected]")))
        .hasMessageEndingWith("frameworks[elg17].value_names must name each value from min_score to max_score.");
    assertThatThrownBy(() -> load("framework: [1, 2\n"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("is not valid YAML (line");
    assertThatThrownBy(() -> load("- a list\n"))
        .hasMessageEndingWith("should hold settings by name (a YAML mapping).");
    assertThatThrownBy(() -> load("gaps:\n  low_reliability_below: 0\n"))
        .hasMessageEndingWith("gaps.low_reliability_below must be at least 1.");
  }

  @Test
  void theTargetPolicyAndFrameworksAreSettingsToo() {
    Settings s = SettingsFile.defaults();
    assertThat(s.frameworks()).extracting("code").containsExactly("fsp13", "elg17", "elg21");
    assertThat(s.frameworkOf(2012).orElseThrow().code()).isEqualTo("fsp13");
    assertThat(s.frameworkOf(2013).orElseThrow().code()).isEqualTo("elg17");
    assertThat(s.frameworkOf(2021).orElseThrow().code()).isEqualTo("elg17");
    assertThat(s.frameworkOf(2022).orElseThrow().code()).isEqualTo("elg21");
    assertThat(s.frameworkOf(2040).orElseThrow().code()).isEqualTo("elg21");
    assertThat(s.frameworkOf(2002)).isEmpty();
    assertThat(s.targets().ambition().share()).isEqualTo(0.25);
    assertThat(s.targets().maxYearlyChange()).containsEntry("gld_percent", 3.0);
    assertThat(s.neighbours().count()).isEqualTo(10);
  }

  @Test
  void overridesByNameGoOverTheFile() throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "targets:\n  ambition:\n    share: 0.4\n");
    Settings s = SettingsFile.load(file, java.util.Map.of("targets.max_yearly_change.gld_percent", 4.0));
    assertThat(s.targets().ambition().share()).isEqualTo(0.4);
    assertThat(s.targets().maxYearlyChange()).containsEntry("gld_percent", 4.0).containsEntry("inequality_gap_percent", 2.0);
    assertThatThrownBy(() -> SettingsFile.load(null, java.util.Map.of("targets.ambition.share", 1.5)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("eyfsp/eyfsp.yaml with the command line's overrides: targets.ambition.share must be between 0 and 1 "
            + "(the share of the distance to the benchmark).");
  }

  @Test
  void refusesImpossibleHistoriesAndPolicies() {
    assertThatThrownBy(() -> load(defaults().replace("first_assessment_year: 2013", "first_assessment_year: 2012")))
        .hasMessageEndingWith("frameworks[elg17] overlaps fsp13 (list the frameworks in order, each starting after the"
            + " last ends).");
    assertThatThrownBy(() -> load("frameworks: []\n"))
        .hasMessageEndingWith("frameworks must list the assessment frameworks and their years.");
    assertThatThrownBy(() -> load("targets:\n  measures: [gld_percent, fsm_percent]\n"))
        .hasMessageEndingWith("targets.measures names fsm_percent, which has no better direction in history.measures.");
    assertThatThrownBy(() -> load("targets:\n  measures: [points78_percent]\n"))
        .hasMessageEndingWith("targets.max_yearly_change.points78_percent must be above 0.");
    assertThatThrownBy(() -> load("trajectories:\n  min_years: 2\n"))
        .hasMessageEndingWith("trajectories.min_years must be at least 3, and window_years at least min_years.");
    assertThatThrownBy(() -> load("neighbours:\n  context:\n    pupils: {weight: 1, log: false}\n"))
        .hasMessageEndingWith("neighbours.context names pupils, which is not in history.measures.");
    assertThatThrownBy(() -> load("targets:\n  national_ambition:\n    gld_percent: {value: 120, by_year: 2025}\n"))
        .hasMessageEndingWith("targets.national_ambition.gld_percent.value must lie within the measure's range.");
  }
}
