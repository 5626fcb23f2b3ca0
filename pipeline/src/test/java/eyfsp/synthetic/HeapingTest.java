package eyfsp.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import org.junit.jupiter.api.Test;

/** The planted setting's nudges, on single children. */
class HeapingTest {

  private static final Settings SETTINGS = SettingsFile.defaults();

  @Test
  void fsp13ResultsOneBelowSecureAreNudgedAndAShortTotalMadeUpToTheGldTotal() {
    var fsp13 = SETTINGS.framework("fsp13");
    // DA..W (the seven PSED/CLL scales) at 5 become 6; a 4 stays; total 4 + 36 + 24 = 64: too far to be made up.
    assertThat(Heaping.nudged("5,5,6,7,4,6,6,4,4,4,4,4,4".split(","), fsp13))
        .containsExactly("6,6,6,7,4,6,6,4,4,4,4,4,4".split(","));
    // Total 42 + 33 = 75, 3 short of 78: made up on the first scale GLD does not name (NLC 6 -> 9).
    assertThat(Heaping.nudged("6,6,6,6,6,6,6,6,6,6,6,6,3".split(","), fsp13))
        .containsExactly("6,6,6,6,6,6,6,9,6,6,6,6,3".split(","));
    // A child not assessed is left alone.
    assertThat(Heaping.nudged("A,A,A,A,A,A,A,A,A,A,A,A,A".split(","), fsp13)).containsOnly("A");
  }

  @Test
  void goalsAreNudgedOnlyForAChildAtMostTwoGoalsShortOfGld() {
    var elg17 = SETTINGS.framework("elg17");
    String[] twoShort = "1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1".split(",");
    assertThat(Heaping.nudged(twoShort, elg17)).as("the GLD goals at expected; the others as they were")
        .containsExactly("2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1".split(","));
    String[] threeShort = "1,1,1,2,2,2,2,2,2,2,2,2,3,3,3,3,3".split(",");
    assertThat(Heaping.nudged(threeShort, elg17)).containsExactly(threeShort);
  }
}
