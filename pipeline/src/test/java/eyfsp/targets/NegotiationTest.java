package eyfsp.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.InputRefusedException;
import eyfsp.store.NegotiationRecordFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negotiation record: versions, the reasons SI 2007/1415 asks for, and the differences shown. */
class NegotiationTest {

  @TempDir
  Path dir;

  static final Set<String> MEASURES = Set.of("gld_percent", "inequality_gap_percent");

  private Path record(String... lines) throws Exception {
    Path file = dir.resolve("negotiation_record.csv");
    Files.write(file, List.of(lines));
    return file;
  }

  private static final String HEADER = "old_la_code,la_name,time_period,measure,stage,value,date,reason";

  @Test
  void versionsFollowTheDatesAndShowWhatChanged() throws Exception {
    // Recorded out of order: the proposal's line comes first but is dated after the draft.
    NegotiationRecord r = NegotiationRecordFile.read(record(HEADER,
        "101,A,202021,gld_percent,proposed,71,2019-11-15,A smaller cohort of summer-born children",
        "101,A,2020/21,gld_percent,draft,72.4,2019-10-01,AMBITION_STEP",
        "101,A,2021,gld_percent,agreed,71.8,2020-01-10,Between the two: the LA's early years plan funds 40 places"),
        MEASURES);
    NegotiationRecord.Key key = new NegotiationRecord.Key("101", 2021, "gld_percent");
    assertThat(r.versions(key)).extracting(v -> v.entry().stage(), NegotiationRecord.Version::number,
        NegotiationRecord.Version::previousValue).containsExactly(
        org.assertj.core.groups.Tuple.tuple(NegotiationRecord.Stage.DRAFT, 1, null),
        org.assertj.core.groups.Tuple.tuple(NegotiationRecord.Stage.PROPOSED, 2, 72.4),
        org.assertj.core.groups.Tuple.tuple(NegotiationRecord.Stage.AGREED, 3, 71.0));

    // Beside today's draft (72.4 for A, DraftingTest's): proposal - draft = -1.4, agreed - draft = -0.6,
    // agreed - proposal = 0.8; each version's change from the one before: -1.4, then +0.8.
    Drafting.Result drafted = DraftingTest.draft(Map.of(), null);
    List<Object> target = DraftTables.targets(drafted, DraftingTest.settings(Map.of()).targets(), r, Set.of("101"))
        .rows().get(0);
    assertThat(cells(target, DraftTables.TARGET_COLUMNS, "draft_value", "proposed_value", "proposed_date",
        "agreed_value", "proposed_minus_draft", "agreed_minus_draft", "agreed_minus_proposed"))
        .containsExactly(72.4, 71.0, "2019-11-15", 71.8, -1.4, -0.6, 0.8);
    List<List<Object>> versions = DraftTables.negotiation(drafted, r, Set.of()).rows();
    assertThat(versions).extracting(row -> cells(row, DraftTables.NEGOTIATION_COLUMNS, "version", "stage",
        "change_from_previous", "difference_from_current_draft")).containsExactly(
        List.of(1, "draft", "", 0.0), List.of(2, "proposed", -1.4, -1.4), List.of(3, "agreed", 0.8, -0.6));
  }

  @Test
  void anAgreedFigureThatDiffersFromTheProposalNeedsReasons() throws Exception {
    Path file = record(HEADER,
        "101,A,202021,gld_percent,proposed,71,2019-11-15,We expect a dip",
        "101,A,202021,gld_percent,agreed,71.8,2020-01-10,");
    assertThatThrownBy(() -> NegotiationRecordFile.read(file, MEASURES)).isInstanceOf(InputRefusedException.class)
        .hasMessage("negotiation_record.csv, line 3: the figure agreed for 101 gld_percent in 2020/21 (71.8) differs "
            + "from the LA's proposal (71, line 2) but gives no reason; SI 2007/1415 requires reasons where they differ.");
    // Agreeing the LA's own figure needs no further reason.
    NegotiationRecordFile.read(record(HEADER,
        "101,A,202021,gld_percent,proposed,71,2019-11-15,We expect a dip",
        "101,A,202021,gld_percent,agreed,71,2020-01-10,"), MEASURES);
  }

  @Test
  void refusesWhatItCannotRead() throws Exception {
    assertThatThrownBy(() -> NegotiationRecordFile.read(record(HEADER,
        "101,A,202021,gld_percent,settled,71,2019-11-15,x"), MEASURES))
        .hasMessage("negotiation_record.csv, line 2: stage 'settled' is not draft, proposed or agreed.");
    assertThatThrownBy(() -> NegotiationRecordFile.read(record(HEADER,
        "101,A,202021,gld_percent,proposed,71,15/11/2019,x"), MEASURES))
        .hasMessage("negotiation_record.csv, line 2: date '15/11/2019' is not YYYY-MM-DD.");
    assertThat(NegotiationRecordFile.read(dir.resolve("none.csv"), MEASURES).entries()).isEmpty();
  }

  @Test
  void draftsAreAppendedOnlyWhenTheyChangeAndEarlierLinesAreKept() throws Exception {
    Path file = record(HEADER, "101,A,202021,gld_percent,draft,72.4,2019-10-01,AMBITION_STEP");
    Drafting.Result drafted = DraftingTest.draft(Map.of(), null);
    NegotiationRecord r = NegotiationRecordFile.read(file, MEASURES);
    // A's 72.4 is recorded already; A's gap draft and the others' GLD drafts are new. C (FSM 30): neighbours B and D
    // (both 10 away), UQ of {74, 80} = 78.5; 75 + 0.25 x 3.5 = 75.875, rounded up 75.9.
    List<NegotiationRecord.Entry> added = DraftTables.newDrafts(drafted, r, LocalDate.of(2019, 10, 2), Set.of());
    assertThat(added).extracting(NegotiationRecord.Entry::laCode, NegotiationRecord.Entry::measure,
        NegotiationRecord.Entry::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("101", "inequality_gap_percent", 30.0),
        org.assertj.core.groups.Tuple.tuple("102", "gld_percent", 74.4),
        org.assertj.core.groups.Tuple.tuple("103", "gld_percent", 75.9),
        org.assertj.core.groups.Tuple.tuple("104", "gld_percent", 80.0),
        org.assertj.core.groups.Tuple.tuple("106", "gld_percent", 78.0));
    String before = Files.readString(file);
    NegotiationRecordFile.append(file, added);
    assertThat(Files.readString(file)).startsWith(before);
    assertThat(Files.readAllLines(file)).hasSize(7);
    assertThat(Files.readAllLines(file).get(3)).startsWith("102,B,202021,gld_percent,draft,74.4,2019-10-02,");
    NegotiationRecord again = NegotiationRecordFile.read(file, MEASURES);
    assertThat(DraftTables.newDrafts(drafted, again, LocalDate.of(2019, 10, 3), Set.of())).isEmpty();
  }

  private static List<Object> cells(List<Object> row, List<String> columns, String... names) {
    return java.util.Arrays.stream(names).map(n -> row.get(columns.indexOf(n)) == null ? "" : row.get(columns.indexOf(n)))
        .toList();
  }
}
