package eyfsp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.SettingsFile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each framework's rules on one child's results, worked by hand. */
class ProfileRulesTest {

  private static final Settings SETTINGS = SettingsFile.defaults();
  private static final ProfileRules ELG17 = new ProfileRules(SETTINGS.framework("elg17"));
  private static final ProfileRules ELG21 = new ProfileRules(SETTINGS.framework("elg21"));

  private static int[] filled(int goals, int value) {
    int[] scores = new int[goals];
    Arrays.fill(scores, value);
    return scores;
  }

  @Test
  void seventeenGoalsScoredOneToThree() {
    // Expected (2) on all 17: total 34, GLD, all goals expected, every COM and LIT goal expected.
    ProfileRules.Outcome expected = ELG17.evaluate(filled(17, 2));
    assertThat(expected.total()).isEqualTo(34);
    assertThat(expected.goodLevel()).isTrue();
    assertThat(expected.outcomes()).as("all_goals_expected, com_lit_expected").containsExactly(true, true);
    assertThat(expected.secureCount()).isEqualTo(17);
    // Exceeding (3) on all but goal 16 (EXP, emerging): total 16 x 3 + 1 = 49; GLD (EXP is not among its
    // 12 goals) but not all goals expected; 16 goals at expected or above.
    int[] exceeding = filled(17, 3);
    exceeding[15] = 1;
    ProfileRules.Outcome most = ELG17.evaluate(exceeding);
    assertThat(most.total()).isEqualTo(49);
    assertThat(most.goodLevel()).isTrue();
    assertThat(most.outcomes()).containsExactly(false, true);
    assertThat(most.secureCount()).isEqualTo(16);
    // Emerging on writing (LIT_G10, the 10th goal) alone: 33 points, no GLD, not COM and LIT.
    int[] writing = filled(17, 2);
    writing[9] = 1;
    ProfileRules.Outcome one = ELG17.evaluate(writing);
    assertThat(one.total()).isEqualTo(33);
    assertThat(one.goodLevel()).isFalse();
    assertThat(one.outcomes()).containsExactly(false, false);
    // 4 is not a value of the 17 goals, 0 neither; A is not assessed.
    assertThat(ELG17.score("4")).isEqualTo(ProfileRules.INVALID);
    assertThat(ELG17.score("0")).isEqualTo(ProfileRules.INVALID);
    assertThat(ELG17.score("3")).isEqualTo(3);
    assertThat(ELG17.score("a")).isEqualTo(ProfileRules.NOT_ASSESSED);
  }

  @Test
  void seventeenGoalsScoredEmergingOrExpectedTotalTheGoalsAtExpected() {
    // The 2021 goals: the total is the number of goals at expected, 0-17.
    assertThat(ELG21.evaluate(filled(17, 2)).total()).isEqualTo(17);
    ProfileRules.Outcome none = ELG21.evaluate(filled(17, 1));
    assertThat(none.total()).isZero();
    assertThat(none.goodLevel()).isFalse();
    // Expected on the 12 goals of GLD (COM, PSE, PHY, LIT, MAT: goals 1-12), emerging on the 5 others
    // (UTW, EXP): 12 goals at expected, GLD, not all goals.
    int[] gldOnly = filled(17, 2);
    Arrays.fill(gldOnly, 12, 17, 1);
    ProfileRules.Outcome gld = ELG21.evaluate(gldOnly);
    assertThat(gld.total()).isEqualTo(12);
    assertThat(gld.goodLevel()).isTrue();
    assertThat(gld.outcomes()).containsExactly(false, true);
    // Emerging on speaking (COM_G02) alone: 16, no GLD, not COM and LIT.
    int[] speaking = filled(17, 2);
    speaking[1] = 1;
    ProfileRules.Outcome one = ELG21.evaluate(speaking);
    assertThat(one.total()).isEqualTo(16);
    assertThat(one.goodLevel()).isFalse();
    assertThat(one.outcomes()).containsExactly(false, false);
    // 3 (exceeding) was dropped in 2021.
    assertThat(ELG21.score("3")).isEqualTo(ProfileRules.INVALID);
  }
}
