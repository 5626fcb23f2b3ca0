package eyfsp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTest {

  @Test
  void acceptsTheDomainPagesValidExamples() {
    assertThat(Upn.isValid("B801200005001")).isTrue();
    // Weighted sum 2x2 + 0x3 + 7x4 + 0 + 0 + 0 + 0 + 1x9 + 6x10 + 0x11 + 4x12 + 9x13 = 266; 266 mod 23 = 13 = P.
    assertThat(Upn.isValid("P207000016049")).isTrue();
  }

  @Test
  void refusesTheCheckLetterTwoVendorsGetWrong() {
    assertThat(Upn.isValid("Q207000016049")).as("Q is not the check letter of 207000016049").isFalse();
  }

  @Test
  void checksATemporaryUpnEndingInALetter() {
    // 20700001604 then A (index 0): 266 - 9x13 + 0x13 = 149; 149 mod 23 = 11 = M.
    assertThat(Upn.checkLetter("20700001604A")).isEqualTo('M');
    assertThat(Upn.isValid("M20700001604A")).isTrue();
    assertThat(Upn.isTemporary("M20700001604A")).isTrue();
    assertThat(Upn.isValid("N20700001604A")).isFalse();
    assertThat(Upn.isTemporary("P207000016049")).isFalse();
  }

  @Test
  void refusesWhatIsNotOfTheUpnForm() {
    assertThat(Upn.isValid("")).isFalse();
    assertThat(Upn.isValid(null)).isFalse();
    assertThat(Upn.isValid("P20700001604")).as("12 characters").isFalse();
    assertThat(Upn.isValid("P2070000160491")).as("14 characters").isFalse();
    assertThat(Upn.isValid("p207000016049")).as("lower-case check letter").isFalse();
    assertThat(Upn.isValid("I207000016049")).as("I is not in the alphabet").isFalse();
    assertThat(Upn.isValid("P20700001604I")).as("a temporary UPN's letter must be in the alphabet").isFalse();
    assertThat(Upn.isValid("P2070 0016049")).as("a space inside").isFalse();
  }
}
