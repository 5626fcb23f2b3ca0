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

  private Settings load(String yaml) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, yaml);
    return SettingsFile.load(file);
  }

  @Test
  void theDefaultsAreTheDomainPages() {
    Settings s = SettingsFile.defaults();
    assertThat(s.framework().scaleCodes())
        .containsExactly("DA", "SD", "ED", "LCT", "LSL", "R", "W", "NLC", "C", "SSM", "KUW", "PD", "CD");
    assertThat(s.framework().maxTotal()).isEqualTo(117);
    assertThat(s.goodLevelOfDevelopment().totalAtLeast()).isEqualTo(78);
    assertThat(s.inequalityGap()).isEqualTo(GapConventions.defaults());
    assertThat(s.disclosure().suppressBelow()).isEqualTo(6);
    assertThat(s.framework().notAssessedCodes()).containsExactly("A");
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
    assertThat(s.framework().scaleCount()).isEqualTo(13);
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
    assertThatThrownBy(() -> load("good_level_of_development:\n  secure_in_every_scale_of: [PSED, MATHS]\n"))
        .hasMessageContaining("names MATHS, which is not an area of the framework");
    assertThatThrownBy(() -> load("framework: [1, 2\n"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("is not valid YAML (line");
    assertThatThrownBy(() -> load("- a list\n"))
        .hasMessageEndingWith("should hold settings by name (a YAML mapping).");
    assertThatThrownBy(() -> load("gaps:\n  low_reliability_below: 0\n"))
        .hasMessageEndingWith("gaps.low_reliability_below must be at least 1.");
  }
}
