package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.SparkTestSession;
import eyfsp.io.InputFiles.InputFile;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rows read = accepted + rejected, each counted on its own, so that a stage losing or inventing a row is caught. */
class RowAccountingTest {

  private static final StructType CHECKED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("source_file", DataTypes.StringType, false),
      DataTypes.createStructField("line_number", DataTypes.LongType, false),
      DataTypes.createStructField("raw", DataTypes.StringType, true),
      DataTypes.createStructField("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("detail", DataTypes.StringType, false),
      DataTypes.createStructField("academic_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("la_code", DataTypes.StringType, true),
      DataTypes.createStructField("estab", DataTypes.StringType, true)));

  private static final InputFile A = new InputFile("eyfsp/a.csv", "eyfsp/a.csv", 100);
  private static final InputFile B = new InputFile("eyfsp/b.csv", "eyfsp/b.csv", 100);

  private static Row accepted(String file, long line) {
    return RowFactory.create(file, line, null, new String[0], "", 2009, "873", "2001");
  }

  private static Dataset<Row> frame(Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), CHECKED);
  }

  @Test
  void eachFileBalancesWhenEveryRowIsAcceptedOrQuarantined() {
    // a.csv: lines 2 and 3 accepted, 4 rejected for two reasons; b.csv: line 2 rejected. Read 3 and 1.
    Dataset<Row> rows = frame(accepted("eyfsp/a.csv", 2), accepted("eyfsp/a.csv", 3),
        RowFactory.create("eyfsp/a.csv", 4L, "raw 4", new String[] {"BAD_UPN", "BAD_SCALE"}, "why", 2009, "873", ""),
        RowFactory.create("eyfsp/b.csv", 2L, "raw 2", new String[] {"UNKNOWN_LA"}, "why", null, "999", "2001"));
    RowAccounting.Judged judged = RowAccounting.judged(rows);
    List<FileAccount> accounts = RowAccounting.accounts("eyfsp", List.of(A, B), RowAccounting.read(rows), judged);
    assertThat(accounts).extracting(a -> a.file() + " " + a.read() + " " + a.accepted() + " " + a.rejected())
        .containsExactly("eyfsp/a.csv 3 2 1", "eyfsp/b.csv 1 0 1");
    assertThat(accounts.get(0).rejectedByReason()).isEqualTo(Map.of("BAD_UPN", 1L, "BAD_SCALE", 1L));
    // The reject keeps its line and text; a blank school is no school.
    assertThat(judged.rejects()).extracting(r -> r.sourceFile() + ":" + r.lineNumber() + " " + r.raw() + " "
        + r.estab()).containsExactly("eyfsp/a.csv:4 raw 4 null", "eyfsp/b.csv:2 raw 2 2001");
    RowAccounting.requireBalanced(accounts);
  }

  @Test
  void aRowLostOrInventedAfterParsingStopsTheRun() {
    Dataset<Row> parsed = frame(accepted("eyfsp/a.csv", 2), accepted("eyfsp/a.csv", 3));
    // A later stage that repeated line 3 (a join gone wrong): 2 read, 3 accepted.
    Dataset<Row> judged = frame(accepted("eyfsp/a.csv", 2), accepted("eyfsp/a.csv", 3), accepted("eyfsp/a.csv", 3));
    List<FileAccount> accounts = RowAccounting.accounts("eyfsp", List.of(A), RowAccounting.read(parsed),
        RowAccounting.judged(judged));
    assertThatThrownBy(() -> RowAccounting.requireBalanced(accounts))
        .hasMessage("Row accounting does not hold for eyfsp/a.csv: 2 rows read, 3 accepted and 0 rejected.");
    // And one that dropped line 3: 2 read, 1 accepted.
    List<FileAccount> lost = RowAccounting.accounts("eyfsp", List.of(A), RowAccounting.read(parsed),
        RowAccounting.judged(frame(accepted("eyfsp/a.csv", 2))));
    assertThatThrownBy(() -> RowAccounting.requireBalanced(lost)).hasMessageContaining("2 rows read, 1 accepted");
  }

  @Test
  void aRefusalNamesTheFileLineAndReasonButNeverTheRowsValues() {
    // The detail quotes the UPN, as the rejects file should; the refusal's sentence goes to the log.
    Reject badUpn = new Reject("eyfsp/a.csv", 3, List.of("BAD_UPN"), "2009,873,2001,A87320010800X,...",
        "upn 'A87320010800X' is not a valid UPN");
    List<FileAccount> accounts = List.of(new FileAccount("eyfsp", "eyfsp/a.csv", 4, 3, 1, Map.of("BAD_UPN", 1L)));
    assertThatThrownBy(() -> RowAccounting.requireAcceptableShare(accounts, Map.of("eyfsp", List.of(badUpn)), 0.05))
        .isInstanceOf(TooManyRejectsException.class)
        .hasMessage("eyfsp/a.csv: 1 of 4 rows rejected (25.0%), more than the 5% allowed (quality.max_rejected_share);"
            + " the first is line 3, BAD_UPN (not 13 characters of the UPN form, or wrong check letter).")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("A87320010800X"));
  }
}
