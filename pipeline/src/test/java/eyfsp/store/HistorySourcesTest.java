package eyfsp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import eyfsp.measures.GeographicLevel;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filling the history: published tables read as published, a pipeline run's tables, and the store itself. */
class HistorySourcesTest {

  @TempDir
  Path dir;

  static final Settings SETTINGS = SettingsFile.defaults();

  static final String GLD_HEADER = "time_identifier,time_period,geographic_level,country_code,country_name,region_code,"
      + "region_name,old_la_code,new_la_code,la_name,gender,number_of_children,point_score,gld_percent";

  private Path file(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void readsAPublishedTableWithItsQuirks() throws Exception {
    // As DfE published it: "Academic year" and "Academic Year", blank cells holding one space, "Local Authority",
    // gender rows beside the Total, a suppressed cell, a level the history does not keep.
    Path gld = file("gld.csv", GLD_HEADER,
        "Academic year,201819,National,E92000001,England, , , , , ,Total,638995,22090148,71.8",
        "Academic year,201819,National,E92000001,England, , , , , ,Girls,311553,11138225,78.4",
        "Academic year,201819,Regional,E92000001,England,E12000001,North East, , , ,Total,29024,1016018,71.8",
        "Academic Year,201718,Local Authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Total,1198,40876,71.7",
        "Academic Year,201718,Local Authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Boys,627,20540,65.2",
        "Academic year,201819,Local Authority,E92000001,England,E12000009,South West,420,E06000053,Isles of Scilly,Total,28,1022,c",
        "Academic year,201819,Parliamentary constituency,E92000001,England, , , , , ,Total,70000,1,70");
    HistorySources.Read read = HistorySources.published(gld, SETTINGS);
    assertThat(read.observations()).extracting(o -> o.place().level(), o -> o.place().label(), Observation::year,
        Observation::measure, Observation::value, Observation::framework).containsExactlyInAnyOrder(
        tuple(GeographicLevel.NATIONAL, "England", 2019, "children_number", 638995.0, "elg17"),
        tuple(GeographicLevel.NATIONAL, "England", 2019, "gld_percent", 71.8, "elg17"),
        tuple(GeographicLevel.REGIONAL, "North East", 2019, "children_number", 29024.0, "elg17"),
        tuple(GeographicLevel.REGIONAL, "North East", 2019, "gld_percent", 71.8, "elg17"),
        tuple(GeographicLevel.LOCAL_AUTHORITY, "841 Darlington", 2018, "children_number", 1198.0, "elg17"),
        tuple(GeographicLevel.LOCAL_AUTHORITY, "841 Darlington", 2018, "gld_percent", 71.7, "elg17"),
        tuple(GeographicLevel.LOCAL_AUTHORITY, "420 Isles of Scilly", 2019, "children_number", 28.0, "elg17"));
    Observation darlington = read.observations().stream().filter(o -> o.place().isLocalAuthority()).findFirst()
        .orElseThrow();
    assertThat(darlington.place()).extracting("laCode", "onsCode", "name", "regionCode")
        .containsExactly("841", "E06000005", "Darlington", "E12000001");
    assertThat(darlington).extracting("sourceKind", "source").containsExactly("published", "gld.csv");
    assertThat(darlington.sourceSha256()).hasSize(64);
    assertThat(read.notes()).containsExactly("read [gld_percent, number_of_children as children_number]",
        "2 rows of other breakdowns than Total (gender) skipped",
        "1 cells blank or a DfE symbol (c, x, z, low ...): no value",
        "1 rows at level 'Parliamentary constituency' skipped");
  }

  @Test
  void drawsAShareFromABreakdown() throws Exception {
    // Darlington 2018/19: 238 FSM of 1198 pupils, repeated for each area of learning: 100 x 238 / 1198 = 19.866...
    // Scilly: no FSM row at all: no value (not 0).
    String header = "time_identifier,time_period,geographic_level,country_code,country_name,region_code,region_name,"
        + "old_la_code,new_la_code,la_name,fsm,area_of_learning,number_of_pupils,at_least_expected_number";
    String darlington = "Academic year,201819,Local Authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,";
    Path fsm = file("fsm.csv", header,
        darlington + "Total,Communication and Language,1198,936",
        darlington + "FSM,Communication and Language,238,159",
        darlington + "All other pupils,Communication and Language,960,777",
        darlington + "Total,Literacy,1198,900",
        darlington + "FSM,Literacy,238,140",
        "Academic year,201617,Local Authority,E92000001,England,E12000009,South West,420,E06000053,Isles of Scilly,Total,Literacy,17,14");
    HistorySources.Read read = HistorySources.published(fsm, SETTINGS);
    assertThat(read.observations()).hasSize(1);
    assertThat(read.observations().get(0).measure()).isEqualTo("fsm_percent");
    assertThat(read.observations().get(0).value()).isCloseTo(100.0 * 238 / 1198, within(1e-12));

    Path disagreeing = file("fsm2.csv", header, darlington + "FSM,Communication and Language,238,159",
        darlington + "FSM,Literacy,239,140", darlington + "Total,Literacy,1198,900");
    assertThatThrownBy(() -> HistorySources.published(disagreeing, SETTINGS)).isInstanceOf(InputRefusedException.class)
        .hasMessage("fsm2.csv, line 3: fsm FSM has 239 where line 2 had 238 for 841 Darlington 2018/19.");
  }

  @Test
  void refusesWhatItCannotPlace() throws Exception {
    Path twice = file("twice.csv", GLD_HEADER,
        "Academic year,201819,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Total,1198,1,71.7",
        "Academic year,201819,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Total,1198,1,71.9");
    assertThatThrownBy(() -> HistorySources.published(twice, SETTINGS)).hasMessage("twice.csv, line 3: gld_percent for "
        + "841 Darlington in 2018/19 is 71.9 here but 71.7 on line 2 (if the file has a breakdown column, name it in "
        + "history.published.total_columns).");
    Path old = file("old.csv", GLD_HEADER, "Academic year,200102,National,E92000001,England, , , , , ,Total,1,1,50");
    assertThatThrownBy(() -> HistorySources.published(old, SETTINGS))
        .hasMessage("old.csv, line 2: no framework in frameworks covers 2001/02.");
    Path calendar = file("cal.csv", GLD_HEADER, "Calendar year,2019,National,E92000001,England, , , , , ,Total,1,1,50");
    assertThatThrownBy(() -> HistorySources.published(calendar, SETTINGS))
        .hasMessage("cal.csv, line 2: time_identifier 'Calendar year' is not an academic year.");
    Path nothing = file("nothing.csv", "time_period,geographic_level,pupils", "201819,National,5");
    assertThatThrownBy(() -> HistorySources.published(nothing, SETTINGS)).hasMessageStartingWith(
        "nothing.csv has no column the history reads");
  }

  private static final String ATTAINMENT = "time_period,time_identifier,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,new_la_code,la_name,children_number,gld_percent,inequality_gap_percent";

  @Test
  void readsAPipelineRunWithItsGapsTable() throws Exception {
    Path run = dir.resolve("out");
    file("out/manifest.json", "{\"run_id\": \"20240101T000000Z-abc\", \"settings\": {\"framework\": {\"code\": \"fsp13\"}}}");
    file("out/internal/csv/attainment.csv", ATTAINMENT,
        "200809,Academic year,National,E92000001,England,,,,,,3787,24.900977026670187,47.556142668428",
        "200809,Academic year,Local authority,E92000001,England,E12000006,East of England,873,E10000003,Cambridgeshire,433,44.34180138568129,38.1");
    file("out/internal/csv/gaps.csv",
        "time_period,geographic_level,old_la_code,la_name,breakdown_topic,group,comparison_group,gld_gap_percentage_points",
        "200809,Local authority,873,Cambridgeshire,FSM,FSM eligible,Not FSM eligible,21.5",
        "200809,Local authority,873,Cambridgeshire,Area deprivation,30% most deprived LSOAs,Rest,12.25",
        "200809,Local authority,873,Cambridgeshire,Sex,Boys,Girls,15");
    HistorySources.Read read = HistorySources.pipelineRun(run, SETTINGS);
    assertThat(read.observations()).extracting(o -> o.place().label(), Observation::measure, Observation::value)
        .containsExactlyInAnyOrder(
            tuple("England", "children_number", 3787.0),
            tuple("England", "gld_percent", 24.900977026670187),
            tuple("England", "inequality_gap_percent", 47.556142668428),
            tuple("873 Cambridgeshire", "children_number", 433.0),
            tuple("873 Cambridgeshire", "gld_percent", 44.34180138568129),
            tuple("873 Cambridgeshire", "inequality_gap_percent", 38.1),
            tuple("873 Cambridgeshire", "fsm_gap_percentage_points", 21.5),
            tuple("873 Cambridgeshire", "deprived_area_gap_percentage_points", 12.25));
    assertThat(read.observations()).allSatisfy(o -> {
      assertThat(o.framework()).isEqualTo("fsp13");
      assertThat(o.sourceKind()).isEqualTo("pipeline");
    });
    assertThat(read.observations().get(0).source()).isEqualTo("20240101T000000Z-abc/attainment.csv");
    assertThat(read.notes()).containsExactly("attainment.csv: 6 values", "no context.csv in the run", "gaps.csv: 2 values");
  }

  @Test
  void takesARunOfAnyFrameworkEachRowUnderTheOneItsYearBelongsTo() throws Exception {
    // A run across the change of profile: 2011/12 under the 13 scales, 2012/13 under the 17 goals.
    Path run = dir.resolve("across");
    String header = ATTAINMENT.replace("la_name,", "la_name,framework,");
    file("across/manifest.json", "{\"run_id\": \"r2\"}");
    file("across/internal/csv/attainment.csv", header,
        "201112,Academic year,National,E92000001,England,,,,,,fsp13,3787,64.1,31.2",
        "201213,Academic year,National,E92000001,England,,,,,,elg17,3801,52.0,28.7");
    HistorySources.Read read = HistorySources.pipelineRun(run, SETTINGS);
    assertThat(read.observations()).extracting(Observation::year, Observation::measure, Observation::framework)
        .contains(tuple(2012, "gld_percent", "fsp13"), tuple(2013, "gld_percent", "elg17"));
    // A row that says another framework than conf puts its year under is refused, naming the line.
    file("across/internal/csv/attainment.csv", header,
        "201213,Academic year,National,E92000001,England,,,,,,fsp13,3801,52.0,28.7");
    assertThatThrownBy(() -> HistorySources.pipelineRun(run, SETTINGS)).hasMessage("attainment.csv, line 2: " + run
        + " was computed under framework fsp13, but frameworks puts 2012/13 under elg17.");
  }

  @Test
  void refusesARunComputedUnderAnotherFramework() throws Exception {
    Path run = dir.resolve("out");
    file("out/manifest.json", "{\"run_id\": \"r\", \"settings\": {\"framework\": {\"code\": \"elg17\"}}}");
    file("out/internal/csv/attainment.csv", ATTAINMENT, "200809,Academic year,National,E92000001,England,,,,,,1,2,3");
    assertThatThrownBy(() -> HistorySources.pipelineRun(run, SETTINGS)).hasMessage(run + " was computed under "
        + "framework elg17, but frameworks puts 2008/09 under fsp13.");
    assertThatThrownBy(() -> HistorySources.pipelineRun(dir, SETTINGS))
        .hasMessage(dir + " is not the output of ./eyfsp run: it has no internal/csv/attainment.csv.");
  }

  @Test
  void theStoreRoundTripsAndChecksFrameworks() throws Exception {
    Path gld = file("gld.csv", GLD_HEADER,
        "Academic year,201819,Local Authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,Total,1198,1,71.7");
    History.Addition first = HistoryStore.update(dir.resolve("h"), SETTINGS,
        h -> h.add(HistorySources.published(gld, SETTINGS).observations()));
    assertThat(first.added()).isEqualTo(2);
    History read = HistoryStore.read(dir.resolve("h"), SETTINGS);
    assertThat(read.observations()).isEqualTo(first.history().observations());
    List<String> lines = Files.readAllLines(dir.resolve("h/history.csv"));
    assertThat(lines.get(0)).isEqualTo("time_period,time_identifier,geographic_level,country_code,country_name,"
        + "region_code,region_name,old_la_code,new_la_code,la_name,framework,measure,value,source_kind,source,source_sha256");
    assertThat(lines.get(1)).startsWith("201819,Academic year,Local authority,E92000001,England,E12000001,North East,"
        + "841,E06000005,Darlington,elg17,children_number,1198,published,gld.csv,");
    assertThat(Files.list(dir.resolve("h")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("history.csv", ".history.lock");

    Files.writeString(dir.resolve("h/history.csv"), Files.readString(dir.resolve("h/history.csv"))
        .replace(",elg17,children_number", ",fsp13,children_number"));
    assertThatThrownBy(() -> HistoryStore.read(dir.resolve("h"), SETTINGS)).hasMessage("history.csv, line 2: 2018/19 is "
        + "stored under framework 'fsp13' but frameworks puts it under elg17.");
  }
}
