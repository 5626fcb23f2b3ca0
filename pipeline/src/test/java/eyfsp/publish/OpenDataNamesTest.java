package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pair of topics in the data dictionary's words and back, where those words hold " / " too. */
class OpenDataNamesTest {

  private static final List<String> COLUMNS = List.of("breakdown_topic", "breakdown");

  private static List<String> published(String topic, String breakdown) {
    return OpenDataNames.published(COLUMNS, List.of(List.of(topic, breakdown))).get(0);
  }

  @Test
  void eachSideOfAPairInItsTopicsWords() {
    assertThat(published("FSM by Ethnicity", "FSM eligible / Asian"))
        .containsExactly("Free school meal eligibility by Ethnicity major", "Eligible for free school meals / Asian / Asian British");
    assertThat(published("Sex by Ethnicity (minor)", "Girls / White British"))
        .containsExactly("Sex by Ethnicity minor", "Girls / English / Welsh / Scottish / Northern Irish / British");
    assertThat(published("SEN provision by FSM", "SEN without a statement / Unknown"))
        .containsExactly("SEN provision by Free school meal eligibility", "SEN support / SEN without an EHC plan / Unknown");
    assertThat(published("Term of birth by Sex", "Summer / Boys")).containsExactly("Term of birth by Sex", "Summer-born / Boys");
  }

  @Test
  void aPairReadBackIsConfsOwn() {
    for (List<String> pair : List.of(List.of("FSM by Ethnicity", "FSM eligible / Asian"),
        List.of("FSM by Ethnicity", "Unknown / Mixed"), List.of("Sex by Ethnicity (minor)", "Boys / Any other Mixed background"),
        List.of("SEN provision by FSM", "SEN without a statement / Not FSM eligible"),
        List.of("FSM by Area deprivation", "FSM eligible / Rest"))) {
      List<List<String>> out = OpenDataNames.published(COLUMNS, List.of(pair));
      assertThat(OpenDataNames.internal(COLUMNS, out).get(0)).as(out.get(0).toString()).isEqualTo(pair);
    }
  }
}
