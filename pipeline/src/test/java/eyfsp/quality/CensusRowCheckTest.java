package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.io.CsvRecordReader;
import eyfsp.io.HeaderMap;
import eyfsp.io.SettingsFile;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CensusRowCheckTest {

  private static final List<String> HEADER =
      List.of("academic_year", "upn", "fsm_eligible", "first_language", "ethnicity", "sen_provision", "home_lsoa");
  private static final HeaderMap MAP = HeaderMap.resolve("census/c.csv", HEADER, CensusRowCheck.REQUIRED,
      CensusRowCheck.OPTIONAL, c -> List.of());
  private static final CensusRowCheck CHECK = new CensusRowCheck(SettingsFile.defaults().census());

  private static CensusRowCheck.Result check(String line) {
    return CHECK.check(MAP, new CsvRecordReader(new ByteArrayInputStream(line.getBytes()), "census.csv",
        CsvRecordReader.Limits.INPUT).next());
  }

  @Test
  void groupsTheCodesAsTheTablesReportThem() {
    CensusRowCheck.Result r = check("2008/09,P207000016049,true,ENB,APKN,K,E01000001");
    assertThat(r.check().accepted()).isTrue();
    assertThat(r.year()).isEqualTo(2009);
    assertThat(r.fsm()).isEqualTo("FSM eligible");
    assertThat(r.firstLanguage()).isEqualTo("English");
    assertThat(r.ethnicityMajor()).isEqualTo("Asian");
    assertThat(r.senProvision()).isEqualTo("SEN without a statement");
    CensusRowCheck.Result blanks = check("2009,P207000016049,,,,,");
    assertThat(blanks.check().accepted()).isTrue();
    assertThat(blanks.fsm()).isEqualTo("Unknown");
    assertThat(blanks.firstLanguage()).isEqualTo("Unknown");
    assertThat(blanks.ethnicityMajor()).isEqualTo("Unclassified");
    assertThat(blanks.senProvision()).isEqualTo("Unknown");
    assertThat(check("2009,P207000016049,0,POL,WEUR,E,").firstLanguage()).isEqualTo("Other than English");
    assertThat(check("2009,P207000016049,0,POL,WXYZ,E,").ethnicityMajor())
        .as("an extended code by its prefix").isEqualTo("White");
  }

  @Test
  void everyCensusReason() {
    assertThat(check("2009,P207000016049,maybe,ENG,WBRI,N,").check().reasonCodes()).containsExactly("BAD_FSM");
    assertThat(check("2009,P207000016049,N,ENG,WBRI,Q,").check().reasonCodes()).containsExactly("BAD_SEN");
    assertThat(check("2009,P207000016049,N,ENG,ZZZZ,N,").check().reasonCodes()).containsExactly("BAD_ETHNICITY");
    assertThat(check("2009,P207000016049,N,ENG,WBRI,N,E0X12").check().reasonCodes()).containsExactly("BAD_LSOA");
    assertThat(check("2009,Q207000016049,N,ENG,WBRI,N,").check().reasonCodes()).containsExactly("BAD_UPN");
    assertThat(check(",P207000016049,N,ENG,WBRI,N,").check().reasonCodes()).containsExactly("MISSING_FIELD");
    assertThat(check("20xx,P207000016049,N,ENG,WBRI,N,").check().reasonCodes()).containsExactly("BAD_YEAR");
    assertThat(check("2009,P207000016049,N").check().reasonCodes()).containsExactly("MALFORMED_ROW");
  }
}
