package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Settings;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

  private static final DisclosureControl CONTROL = new DisclosureControl(new Settings.Disclosure(6, 1, 2));

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("geographic_level", DataTypes.StringType, false),
      DataTypes.createStructField("children_number", DataTypes.LongType, false),
      DataTypes.createStructField("gld_number", DataTypes.LongType, false),
      DataTypes.createStructField("gld_percent", DataTypes.DoubleType, true),
      DataTypes.createStructField("lowest20_number", DataTypes.LongType, false),
      DataTypes.createStructField("lowest20_average_point_score", DataTypes.DoubleType, true)));
  private static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "children"),
      Indicator.count("gld_number", "gld", "children_number"),
      Indicator.percent("gld_percent", "gld %", "gld_number", "children_number"),
      Indicator.size("lowest20_number", "lowest", "children_number"),
      Indicator.average("lowest20_average_point_score", "lowest mean", "lowest20_number"));

  private static List<String> published(Object... values) {
    Row row = RowFactory.create(values);
    return CONTROL.cells(new Table("t", "t", SCHEMA, List.of(row), INDICATORS)).get(0);
  }

  @Test
  void roundsPercentagesAndAveragesHalfUp() {
    // 100 x 37 / 80 = 46.25 -> 46.3 (half up; half-even would give 46.2); 1105 / 30 = 36.8333 -> 36.8.
    assertThat(published("Local authority", 80L, 37L, 46.25, 30L, 36.833333333333336))
        .containsExactly("Local authority", "80", "37", "46.3", "30", "36.8");
  }

  @Test
  void suppressesSmallCountsAndWhatIsBuiltOnThem() {
    // 5 children: below 6, so every cell built on the cohort is c.
    assertThat(published("Local authority", 5L, 2L, 40.0, 1L, 20.0))
        .containsExactly("Local authority", "c", "c", "c", "c", "c");
    // 40 children, 3 with GLD: the count and its percentage are c; the lowest 20% (8) shown.
    assertThat(published("Local authority", 40L, 3L, 7.5, 8L, 31.5))
        .containsExactly("Local authority", "40", "c", "c", "8", "31.5");
    // 20 children: the lowest 20% is 4, a size that follows from the cohort (shown), but its mean is c.
    assertThat(published("Local authority", 20L, 10L, 50.0, 4L, 31.25))
        .containsExactly("Local authority", "20", "10", "50.0", "4", "c");
  }

  @Test
  void zeroIsShownAndUndefinedIsZ() {
    assertThat(published("Local authority", 0L, 0L, null, 0L, null))
        .containsExactly("Local authority", "0", "0", "z", "0", "z");
    assertThat(published("Local authority", 30L, 0L, 0.0, 6L, 10.0))
        .containsExactly("Local authority", "30", "0", "0.0", "6", "10.0");
  }

  @Test
  void aNonZeroValueThatRoundsToZeroIsLow() {
    assertThat(CONTROL.rounded(0.04)).isEqualTo("low");
    assertThat(CONTROL.rounded(0.05)).isEqualTo("0.1");
    assertThat(CONTROL.rounded(0.0)).isEqualTo("0.0");
  }
}
