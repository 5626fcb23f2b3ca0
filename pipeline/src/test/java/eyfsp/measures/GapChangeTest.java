package eyfsp.measures;

import static eyfsp.measures.TestChildren.row;
import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The twin aims, worked by hand: a year where the gap narrowed because the median fell. */
class GapChangeTest {

  /** An attainment row of Cambridgeshire: year, cohort, median, lowest-20% mean and gap. */
  private static Row attainment(Table shape, int period, long children, double median, double lowest) {
    List<Object> values = new ArrayList<>();
    for (String column : shape.columns()) {
      values.add(switch (column) {
        case "time_period" -> period;
        case "time_identifier" -> "Academic year";
        case "geographic_level" -> "Local authority";
        case "old_la_code" -> "873";
        case "la_name" -> "Cambridgeshire";
        case "framework" -> "fsp13";
        case "children_number" -> children;
        case "median_point_score" -> median;
        case "lowest20_average_point_score" -> lowest;
        case "inequality_gap_percent" -> 100 * (median - lowest) / median;
        default -> null;
      });
    }
    return RowFactory.create(values.toArray());
  }

  @Test
  void theChangeSplitsIntoTheMediansPartAndTheLowestTwentyPercentsPart() {
    Table shape = Attainment.table(List.of(), List.of(GeographicLevel.LOCAL_AUTHORITY), TestChildren.SETTINGS);
    // 2009: median 80, lowest 20% 40: gap 50. 2010: median 70 (fell), lowest 20% 42: gap 40. Change -10.
    // g(70, 40) = 42.857143, g(80, 42) = 47.5. Median's part: ((42.857143 - 50) + (40 - 47.5)) / 2 = -7.321429.
    // Lowest 20%'s part: ((47.5 - 50) + (40 - 42.857143)) / 2 = -2.678571. They add up to -10.
    Table attainment = new Table("attainment", "", shape.schema(),
        List.of(attainment(shape, 200809, 400, 80, 40), attainment(shape, 200910, 410, 70, 42)),
        shape.indicators());
    Table change = GapChange.table(attainment);
    assertThat(change.rows()).hasSize(1);
    Row r = row(change, "time_period", "200910");
    assertThat(value(change, r, "previous_time_period")).isEqualTo(200809);
    assertThat(value(change, r, "previous_children_number")).isEqualTo(400L);
    assertThat((Double) value(change, r, "gap_change_percentage_points")).isCloseTo(-10.0, within(1e-12));
    assertThat((Double) value(change, r, "change_due_to_median_percentage_points")).isCloseTo(-7.321429, within(1e-6));
    assertThat((Double) value(change, r, "change_due_to_lowest20_percentage_points"))
        .isCloseTo(-2.678571, within(1e-6));
    assertThat(value(change, r, "narrowed_while_median_fell")).isEqualTo(1);
  }
}
