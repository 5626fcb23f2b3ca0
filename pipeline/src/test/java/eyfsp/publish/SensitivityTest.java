package eyfsp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Settings;
import eyfsp.measures.Attainment;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.publish.Suppression.Cell;
import eyfsp.publish.Suppression.Sum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * Counts that say nothing about a child are published and never protected; topics are published at
 * the levels the settings allow (threshold 6, worked by hand).
 */
class SensitivityTest {

  private static final List<Indicator> COUNTS = List.of(Indicator.count("children_number", "children"));

  private static List<Object> place(String level) {
    return new ArrayList<>(List.of(200809, "Academic year", level, Geography.ENGLAND_CODE, Geography.ENGLAND_NAME,
        "E12000006", "East of England", level.equals("National") ? "" : "873", "E10000003", "Cambridgeshire"));
  }

  private static Table breakdowns(String level, Object[]... rows) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField(Breakdowns.TOPIC, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(Breakdowns.BREAKDOWN, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("children_number", DataTypes.LongType, false));
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      List<Object> values = place(level);
      values.addAll(List.of(r));
      list.add(RowFactory.create(values.toArray()));
    }
    return new Table("attainment_by_characteristic", "t", DataTypes.createStructType(fields), list, COUNTS);
  }

  private static Table total(long children) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    fields.add(DataTypes.createStructField("children_number", DataTypes.LongType, false));
    List<Object> values = place("National");
    values.add(children);
    return new Table(Attainment.NAME, "a", DataTypes.createStructType(fields), List.of(RowFactory.create(
        values.toArray())), COUNTS);
  }

  /**
   * England's 2,003 children are 1,000 boys, 1,000 girls and 3 of unknown sex. Protecting the 3 (as
   * every small count was) takes a second cell of the sum, a count of thousands: the girls, and with
   * them the sex gap. Sex Unknown says nothing about a child: it is published, and nothing is suppressed.
   */
  @Test
  void childrenOfUnknownSexArePublishedAndCostNothing() {
    Table sex = breakdowns("National", new Object[] {Breakdowns.SEX, "Boys", 1000L},
        new Object[] {Breakdowns.SEX, "Girls", 1000L}, new Object[] {Breakdowns.SEX, "Unknown", 3L});
    Table total = total(2003);
    int all = total.columns().indexOf("children_number");
    int children = sex.columns().indexOf("children_number");
    List<Sum> sums = List.of(new Sum(new Cell(0, 0, all), List.of(new Cell(1, 0, children),
        new Cell(1, 1, children), new Cell(1, 2, children))));

    Suppression everything = Suppression.decide(List.of(total, sex), sums, 6, Sensitivity.ALL);
    assertThat(everything.isSuppressed(1, 2, children)).as("3 of unknown sex, protected").isTrue();
    assertThat(everything.isSuppressed(1, 0, children) || everything.isSuppressed(1, 1, children))
        .as("boys or girls suppressed to protect them").isTrue();

    Sensitivity sensitivity = new Sensitivity(Map.of(Breakdowns.SEX, List.of("Unknown")), List.of(), List.of(),
        new eyfsp.domain.Settings.Disclosure(6, 1, 2));
    Suppression published = Suppression.decide(List.of(total, sex), sums, 6, sensitivity);
    for (int r = 0; r < 3; r++) {
      assertThat(published.isSuppressed(1, r, children)).as(sex.rows().get(r).getString(11)).isFalse();
    }
  }

  /** IDACI deciles are published for the nation and regions only: an LA's decile rows are left out, its areas kept. */
  @Test
  void idaciDecilesAreNotPublishedForAnLa() {
    Table la = breakdowns("Local authority", new Object[] {Breakdowns.IDACI_DECILE, "1", 3L},
        new Object[] {Breakdowns.IDACI_DECILE, "2", 9L}, new Object[] {Breakdowns.AREA_DEPRIVATION, "Rest", 12L});
    Settings.Disclosure settings = new Settings.Disclosure(6, 1, 2, 2, Map.of(), List.of(), List.of(),
        Map.of(Breakdowns.IDACI_DECILE, List.of("National", "Regional")), Map.of(), Map.of(), Map.of(), 0);
    assertThat(Publication.atPublishedLevels(la, settings, Map.of()).rows()).extracting(r -> r.getString(11))
        .containsExactly(Breakdowns.REST);
    Table national = breakdowns("National", new Object[] {Breakdowns.IDACI_DECILE, "1", 3L});
    assertThat(Publication.atPublishedLevels(national, settings, Map.of()).rows()).hasSize(1);
  }

  /** A pair's group is not sensitive when either side is not: its children are a not-sensitive breakdown's. */
  @Test
  void aPairWithASideThatSaysNothingAboutAChildIsNotSensitive() {
    Map<String, List<String>> rules = Map.of("Sex", List.of("Unknown"), "FSM", List.of("Unknown"));
    assertThat(Settings.Disclosure.isNotSensitive(rules, "Sex by Ethnicity (minor)", "Unknown / Pakistani")).isTrue();
    assertThat(Settings.Disclosure.isNotSensitive(rules, "Sex by FSM", "Girls / Unknown")).isTrue();
    assertThat(Settings.Disclosure.isNotSensitive(rules, "Sex by FSM", "Girls / FSM eligible")).isFalse();
    assertThat(Settings.Disclosure.isNotSensitive(rules, "Ethnicity (minor) by Sex", "Pakistani / Boys")).isFalse();
    assertThat(Settings.Disclosure.isNotSensitive(rules, "Sex", "Unknown")).isTrue();
  }
}
