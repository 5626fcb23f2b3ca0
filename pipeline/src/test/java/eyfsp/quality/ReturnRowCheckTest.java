package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.Settings;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import eyfsp.io.SettingsFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnRowCheckTest {

  private static final Settings SETTINGS = SettingsFile.defaults();
  private static final ReturnRowCheck CHECK = new ReturnRowCheck(SETTINGS, Set.of("873", "207"));
  private static final List<String> HEADER = new java.util.ArrayList<>(ReturnRowCheck.FIELDS);

  static {
    HEADER.addAll(SETTINGS.framework("fsp13").scaleCodes());
  }
  private static final HeaderMap MAP = HeaderMap.resolve("eyfsp/t.csv", HEADER, HEADER, List.of(), SETTINGS::aliasesOf);
  private static final String GOOD = "2009,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6";

  private static ReturnRowCheck.Result check(String line) {
    List<String> fields = new java.util.ArrayList<>();
    String problem = null;
    CsvRecordReader reader = new CsvRecordReader(new java.io.ByteArrayInputStream(line.getBytes()), "returns.csv",
        CsvRecordReader.Limits.INPUT);
    CsvRecordReader.Record record = reader.next();
    return CHECK.check(MAP, record);
  }

  private static List<String> reasons(String line) {
    return check(line).check().reasonCodes();
  }

  @Test
  void acceptsAGoodRowAndScoresIt() {
    ReturnRowCheck.Result r = check(GOOD);
    assertThat(r.check().accepted()).isTrue();
    assertThat(r.year()).isEqualTo(2009);
    // 13 x 6 = 78 and 6 on every PSED and CLL scale: a good level of development.
    assertThat(r.outcome().total()).isEqualTo(78);
    assertThat(r.outcome().goodLevel()).isTrue();
    assertThat(r.sexQueried()).isFalse();
    assertThat(r.birthDateQueried()).isFalse();
  }

  @Test
  void oneScaleBelowSixInPsedOrCllMeansNoGoodLevel() {
    // W = 5, CD = 9: total still 78, but writing is not secure.
    ReturnRowCheck.Result r = check("2009,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,5,6,6,6,6,6,7");
    assertThat(r.outcome().total()).isEqualTo(78);
    // The outcomes in conf order: 78+ points, then 6+ in every PSED and CLL scale.
    assertThat(r.outcome().outcomes()).containsExactly(true, false);
    assertThat(r.outcome().goodLevel()).isFalse();
  }

  @Test
  void aNotAssessedCodeLeavesTheChildOutOfTheValidCohort() {
    ReturnRowCheck.Result r = check("2009,207,0000,P207000016049,2004-01-15,F,A,6,6,6,6,6,6,6,6,6,6,6,6");
    assertThat(r.check().accepted()).isTrue();
    assertThat(r.assessed()).isFalse();
    // The code counts in any case, as census codes do; and a row saying "a" is the same as one saying "A".
    ReturnRowCheck.Result lower = check("2009,207,0000,P207000016049,2004-01-15,F,a,6,6,6,6,6,6,6,6,6,6,6,6");
    assertThat(lower.check().accepted()).isTrue();
    assertThat(lower.assessed()).isFalse();
    assertThat(lower.content()).isEqualTo(r.content());
  }

  @Test
  void rowsAreIdenticalWhenEveryFieldSaysTheSame() {
    // Padding, case, the date's form and a score's leading zero do not make two rows differ ...
    assertThat(check("2009,207,0000,P207000016049,15/01/2004,f,6,6,6,6,6,6,6,6,6,6,6,6,06").content())
        .isEqualTo(check(GOOD).content());
    // ... but two different sexes do, even when neither is M or F (both Unknown in the tables).
    assertThat(check("2009,207,0000,P207000016049,2004-01-15,X,6,6,6,6,6,6,6,6,6,6,6,6,6").content())
        .isNotEqualTo(check("2009,207,0000,P207000016049,2004-01-15,,6,6,6,6,6,6,6,6,6,6,6,6,6").content());
  }

  @Test
  void everyReasonIsFoundAndAllReasonsOfARowAreKept() {
    assertThat(reasons("2009,207,0000,P207000016049,2004-01-15,F,6,6,6")).containsExactly("MALFORMED_ROW");
    assertThat(reasons("2009,207,0000,,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6")).containsExactly("MISSING_FIELD");
    assertThat(reasons("2008/10,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6"))
        .containsExactly("BAD_YEAR");
    assertThat(reasons("2015,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6"))
        .as("a year outside the 13-scale framework").containsExactly("BAD_YEAR");
    assertThat(reasons("2009,207,0000,P207000016049,2004-02-30,F,6,6,6,6,6,6,6,6,6,6,6,6,6")).containsExactly("BAD_DATE");
    assertThat(reasons("2009,207,000,P207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6")).containsExactly("BAD_ESTAB");
    assertThat(reasons("2009,207,0000,Q207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6")).containsExactly("BAD_UPN");
    assertThat(reasons("2009,999,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,6,6,6,6,6,6,6")).containsExactly("UNKNOWN_LA");
    assertThat(reasons("2009,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,10,6,6,6,6,6,6")).containsExactly("BAD_SCALE");
    assertThat(reasons("2009,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,,6,6,6,6,6,6")).containsExactly("BAD_SCALE");
    assertThat(reasons("2009,207,0000,P207000016049,2004-01-15,F,6,6,6,6,6,6,-1,6,6,6,6,6,6")).containsExactly("BAD_SCALE");
    assertThat(reasons("20x9,999,12a4,Q207000016049,,F,6,6,6,6,6,6,x,6,6,6,6,6,6"))
        .containsExactly("BAD_YEAR", "BAD_DATE", "BAD_ESTAB", "BAD_UPN", "UNKNOWN_LA", "BAD_SCALE");
    assertThat(check("20x9,999,12a4,Q207000016049,,F,6,6,6,6,6,6,x,6,6,6,6,6,6").check().detail())
        .contains("W 'x' is not a score");
  }

  @Test
  void paddedValuesAreTrimmed() {
    assertThat(reasons("2009, 207 ,0000, P207000016049 ,2004-01-15, F , 6 ,6,6,6,6,6,6,6,6,6,6,6,6")).isEmpty();
  }

  @Test
  void queriesKeepTheRow() {
    ReturnRowCheck.Result sex = check("2009,207,0000,P207000016049,2004-01-15,X,6,6,6,6,6,6,6,6,6,6,6,6,6");
    assertThat(sex.check().accepted()).isTrue();
    assertThat(sex.sex()).isEqualTo("U");
    assertThat(sex.sexQueried()).isTrue();
    // Born 31 August 2003: six on 31 August 2009, outside the reception cohort of summer 2009.
    ReturnRowCheck.Result old = check("2009,207,0000,P207000016049,2003-08-31,M,6,6,6,6,6,6,6,6,6,6,6,6,6");
    assertThat(old.check().accepted()).isTrue();
    assertThat(old.birthDateQueried()).isTrue();
  }
}
