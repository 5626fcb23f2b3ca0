package eyfsp.measures;

import static eyfsp.measures.TestChildren.child;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.School;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which children are near the GLD threshold, on hand-made profiles. */
class NearThresholdTest {

  @Test
  void listsChildrenAFewPointsOrOneScaleShortBySchool() {
    int[] oneScaleShort = TestChildren.filled(7);
    oneScaleShort[6] = 5;                       // W 5, the rest 7: total 89, GLD missed on one scale
    int[] twoScalesShort = TestChildren.filled(7);
    twoScalesShort[5] = 5;
    twoScalesShort[6] = 5;                      // R and W below 6: too far
    int[] bothShort = TestChildren.filled(6);
    bothShort[6] = 5;                           // total 77 and W 5: one point and one scale short
    TestChildren children = new TestChildren()
        .add(child().pseudonym("a").total(77))  // 1 point short, secure: in
        .add(child().pseudonym("b").total(75))  // 3 points short: in
        .add(child().pseudonym("c").total(74))  // 4 points short: out
        .add(child().pseudonym("d").scores(oneScaleShort))
        .add(child().pseudonym("e").scores(twoScalesShort))
        .add(child().pseudonym("f").scores(bothShort))
        .add(child().pseudonym("g").total(78))  // GLD: out
        .add(child().pseudonym("h").notAssessed());
    Table t = NearThreshold.table(children.cohorts(),
        Map.of("8732001", new School("8732001", "Fen Ditton Primary", "Community school", "110645")));
    assertThat(t.published()).isFalse();
    // Closest first within the school: 0 points short (d), 1 (a, f), 3 (b); f has a scale short too.
    assertThat(t.rows()).extracting(r -> value(t, r, "pupil_pseudonym") + " " + value(t, r, "points_short") + " "
            + value(t, r, "scales_below_secure_number") + " " + value(t, r, "scales_below_secure"))
        .containsExactly("d 0 1 W", "a 1 0 ", "f 1 1 W", "b 3 0 ");
    assertThat(value(t, t.rows().get(0), "school_name")).isEqualTo("Fen Ditton Primary");
    assertThat(value(t, t.rows().get(0), "total_points")).isEqualTo(89);
    assertThat(t.columns()).doesNotContain("upn");
  }
}
