package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Settings;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** What goes into published/: ranked order that hides suppressed values, internal tables left out, metadata. */
class PublicationTest {

  private static final Settings.Disclosure DISCLOSURE = new Settings.Disclosure(6, 1, 2);
  private static final List<Indicator> INDICATORS = List.of(
      Indicator.count("children_number", "Children of the group"),
      Indicator.count("in_lowest20_number", "Of them in the lowest 20%", "children_number"),
      Indicator.ratio("relative_risk", "Relative risk", "in_lowest20_number", "children_number"));

  private static Table profile(boolean published) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField("breakdown", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("children_number", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("in_lowest20_number", DataTypes.DoubleType, false));
    fields.add(DataTypes.createStructField("relative_risk", DataTypes.DoubleType, true));
    List<Row> rows = new ArrayList<>();
    for (Object[] group : new Object[][] {{"A", 50L, 20.5, 1.6}, {"B", 40L, 10.0, 1.0}, {"C", 8L, 6.0, 2.9},
        {"D", 0L, 0.0, null}}) {
      List<Object> values = new ArrayList<>(List.of(200809, "Academic year", "Local authority", "E92000001",
          "England", "E12000006", "East of England", "873", "E10000003", "Cambridgeshire"));
      values.addAll(java.util.Arrays.asList(group));
      rows.add(RowFactory.create(values.toArray()));
    }
    return new Table("p", "p", DataTypes.createStructType(fields), rows, INDICATORS, published, "relative_risk");
  }

  @Test
  void aRankedTableHidesWhereASuppressedValueWouldRank() {
    Table internal = profile(true);
    // Internally C (2.9) is the strongest factor, then A (1.6), B (1.0), and D (undefined) last.
    assertThat(internal.rows()).extracting(r -> r.getString(10)).containsExactly("C", "A", "B", "D");
    // Published, C's count in the lowest 20% is c (8 - 6 = 2 children of C are not in it), so its relative
    // risk is c, and C goes after the values shown, with D, in the order of their filters.
    Publication.PublishedTable published = Publication.of(List.of(internal), DISCLOSURE).get(0);
    assertThat(published.cells()).extracting(r -> r.get(10) + " " + r.get(12) + " " + r.get(13))
        .containsExactly("A 20.5 1.60", "B 10 1.00", "C c c", "D 0 z");
  }

  @Test
  void internalTablesAreNotPublished() {
    assertThat(Publication.of(List.of(profile(false)), DISCLOSURE)).isEmpty();
  }

  @Test
  void metadataGivesEachIndicatorItsUnitAndDecimals() {
    Publication.PublishedTable published = Publication.of(List.of(profile(true)), DISCLOSURE).get(0);
    assertThat(published.metadata()).extracting(m -> m.get(0) + " " + m.get(1) + " " + m.get(5))
        .containsExactly("breakdown Filter ", "children_number Indicator 0",
            // A count that may hold a share of tied children is shown to 1 dp; ratios to 2.
            "in_lowest20_number Indicator 1", "relative_risk Indicator 2");
  }

  @Test
  void aFilterThatDoesNotApplyIsZAndAPlaceColumnStaysBlank() {
    // An Outside every area row has no area code; a National row has no LA.
    List<String> national = new ArrayList<>(List.of("200809", "Academic year", "National", "E92000001", "England",
        "", "", "", "", "", "", "8", "2.0", "1.00"));
    List<List<String>> filled = Publication.noBlankFilters(profile(true), List.of(national));
    assertThat(filled.get(0).subList(5, 11)).as("region and LA columns blank, the breakdown z")
        .containsExactly("", "", "", "", "", "z");
  }
}
