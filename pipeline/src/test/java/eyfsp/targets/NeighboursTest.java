package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.NeighbourSettings;
import eyfsp.domain.NeighbourSettings.ContextVariable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statistical neighbours on four LAs, distances worked by hand. */
class NeighboursTest {

  private static Map<String, Map<String, Double>> context(double[] fsm, double[] children) {
    Map<String, Map<String, Double>> context = new LinkedHashMap<>();
    String[] las = {"101", "102", "103", "104"};
    for (int i = 0; i < las.length; i++) {
      Map<String, Double> values = new LinkedHashMap<>();
      if (!Double.isNaN(fsm[i])) {
        values.put("fsm_percent", fsm[i]);
      }
      values.put("children_number", children[i]);
      context.put(las[i], values);
    }
    return context;
  }

  private static NeighbourSettings settings(int count, double childrenWeight) {
    Map<String, ContextVariable> variables = new LinkedHashMap<>();
    variables.put("fsm_percent", new ContextVariable(1.0, false));
    variables.put("eal_percent", new ContextVariable(1.0, false));
    variables.put("children_number", new ContextVariable(childrenWeight, true));
    return new NeighbourSettings(count, variables);
  }

  @Test
  void oneMeasureStandardisedWithTiesToTheLowerNumber() {
    // FSM 10, 20, 30, 40: mean 25, population sd sqrt(500 / 4) = 11.1803; z = -1.3416, -0.4472, 0.4472, 1.3416.
    // d(101, 102) = 10 / 11.1803 = 0.894427; d(101, 103) = 1.788854. 102 is 0.894427 from both 101 and 103.
    Neighbours n = Neighbours.byContext(context(new double[] {10, 20, 30, 40}, new double[] {1, 1, 1, 1}),
        settings(2, 0));
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::laCode).containsExactly("102", "103");
    assertThat(n.of("101").get(0).distance()).isCloseTo(0.894427, within(1e-6));
    assertThat(n.of("101").get(1).distance()).isCloseTo(1.788854, within(1e-6));
    assertThat(n.of("102")).extracting(Neighbours.Neighbour::laCode).containsExactly("101", "103");
    assertThat(n.of("102")).extracting(Neighbours.Neighbour::rank).containsExactly(1, 2);
    // EAL is in the settings but no LA has it: left out, and said.
    assertThat(n.used()).containsExactly("fsm_percent");
    assertThat(n.unavailable()).containsExactly("eal_percent");
    assertThat(n.method()).isEqualTo("the 2 nearest by fsm_percent weight 1; not available: eal_percent");
  }

  @Test
  void weightsAndLogScales() {
    // FSM as above; children 100, 1000, 10000, 1000 on a log scale: log10 2, 3, 4, 3 (the base does not matter
    // once standardised): mean 3, sd sqrt(2 / 4) = 0.7071, z = -1.4142, 0, 1.4142, 0.
    // Squared z differences from 101: FSM 0.8 (102), 3.2 (103), 7.2 (104); children 2, 8, 2, weighted 0.5: 1, 4, 1.
    // d(101, 102) = sqrt(1.8) = 1.341641; d(101, 103) = sqrt(7.2) = 2.683282; d(101, 104) = sqrt(8.2) = 2.863564.
    Neighbours n = Neighbours.byContext(context(new double[] {10, 20, 30, 40}, new double[] {100, 1000, 10000, 1000}),
        settings(10, 0.5));
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::laCode).containsExactly("102", "103", "104");
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::distance)
        .satisfiesExactly(d -> assertThat(d).isCloseTo(Math.sqrt(1.8), within(1e-9)),
            d -> assertThat(d).isCloseTo(Math.sqrt(7.2), within(1e-9)),
            d -> assertThat(d).isCloseTo(Math.sqrt(8.2), within(1e-9)));
    assertThat(n.method()).isEqualTo(
        "the 10 nearest by fsm_percent weight 1, children_number (log) weight 0.5; not available: eal_percent");
  }

  @Test
  void anLaMissingAMeasureGetsNoNeighboursAndTheRestAreComparedAmongThemselves() {
    // 103 has no FSM share: 101, 102 and 104 (FSM 10, 20, 40) are standardised among themselves. Mean 70 / 3
    // = 23.3333; squared deviations 177.78, 11.11, 277.78, sum 466.67; population sd sqrt(466.67 / 3) = 12.472191.
    // d(101, 102) = 10 / 12.472191 = 0.801784, d(101, 104) = 30 / 12.472191 = 2.405351, d(102, 104) = 1.603567.
    // (Over four LAs, with 103 counted, the sd and every distance would differ.)
    Neighbours n = Neighbours.byContext(context(new double[] {10, 20, Double.NaN, 40}, new double[] {1, 1, 1, 1}),
        settings(10, 0));
    assertThat(n.without()).containsEntry("103", "no fsm_percent for it in the history");
    assertThat(n.of("103")).isEmpty();
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::laCode).containsExactly("102", "104");
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::distance)
        .satisfiesExactly(d -> assertThat(d).isCloseTo(0.801784, within(1e-6)),
            d -> assertThat(d).isCloseTo(2.405351, within(1e-6)));
    assertThat(n.of("104")).extracting(Neighbours.Neighbour::laCode).containsExactly("102", "101");
    assertThat(n.of("104").get(0).distance()).isCloseTo(1.603567, within(1e-6));
  }

  @Test
  void aSuppliedListKeepsItsOrderAndDropsLasNotCompared() {
    Map<String, List<String>> list = Map.of("101", List.of("104", "999", "101", "102"), "102", List.of("101"));
    Neighbours n = Neighbours.fromList(list, List.of("101", "102", "104"), "sn.csv");
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::laCode).containsExactly("104", "102");
    assertThat(n.of("101")).extracting(Neighbours.Neighbour::distance).containsOnlyNulls();
    assertThat(n.without()).containsEntry("104", "not in sn.csv");
    assertThat(n.method()).isEqualTo("as listed in sn.csv");
  }
}
