package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eyfsp.domain.Upn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./eyfsp run end to end, on an input where every reject reason occurs at a known line. */
class RunCommandTest {

  @TempDir
  Path dir;

  private Path input;
  private Path output;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  static String upn(String la, String estab, int serial) {
    String rest = la + estab + String.format("08%03d", serial);
    return Upn.checkLetter(rest) + rest;
  }

  static String wrongCheckLetter(String upn) {
    return (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1);
  }

  static final String SCORES_GLD = "7,7,7,7,7,7,7,6,6,6,6,6,6";

  private static String child(String year, String la, String estab, String upn, String dob, String scores) {
    return String.join(",", year, la, estab, upn, dob, "F", scores);
  }

  @BeforeEach
  void writeInput() throws Exception {
    input = dir.resolve("input");
    output = dir.resolve("out");
    Files.createDirectories(input.resolve("eyfsp"));
    Files.createDirectories(input.resolve("census"));
    Files.writeString(input.resolve("SYNTHETIC"), "test input\n");
    write("local_authorities.csv",
        "region_code,region_name,old_la_code,la_name,new_la_code",
        "E12000006,East of England,873,Cambridgeshire,E10000003",
        "E12000006,East of England,874,Peterborough,E06000031",
        "E12000003,Yorkshire and The Humber,373,Sheffield,E08000019",
        "E12000003,Yorkshire and The Humber,373,Sheffield,E08000039",
        "E12000003,Yorkshire and The Humber,x,Not an LA,E10000099",
        "E12000003,Yorkshire and The Humber,372,Rotherham,E0800");
    String a = upn("873", "2001", 1);
    String b = upn("873", "2001", 2);
    String c = upn("874", "3001", 3);
    write("eyfsp/returns.csv",
        "academic_year,la_code,estab,upn,date_of_birth,sex,DA,SD,ED,LCT,LSL,R,W,NLC,C,SSM,KUW,PD,CD",
        child("2009", "873", "2001", a, "2004-01-15", SCORES_GLD),                             // 2 accepted
        "2009,873,2001," + upn("873", "2001", 10) + ",2004-01-15,F,6,6",                      // 3 MALFORMED_ROW
        child("2009", "873", "2001", "", "2004-01-15", SCORES_GLD),                            // 4 MISSING_FIELD
        child("2008/10", "873", "2001", upn("873", "2001", 11), "2004-01-15", SCORES_GLD),     // 5 BAD_YEAR
        child("2009", "873", "2001", upn("873", "2001", 12), "2004-02-30", SCORES_GLD),        // 6 BAD_DATE
        child("2009", "873", "201", upn("873", "2001", 13), "2004-01-15", SCORES_GLD),         // 7 BAD_ESTAB
        child("2009", "873", "2001", wrongCheckLetter(upn("873", "2001", 14)), "2004-01-15", SCORES_GLD), // 8 BAD_UPN
        child("2009", "999", "2001", upn("999", "2001", 15), "2004-01-15", SCORES_GLD),        // 9 UNKNOWN_LA
        child("2009", "873", "2001", upn("873", "2001", 16), "2004-01-15", SCORES_GLD.replaceFirst("7", "10")), // 10
        child("2009", "873", "2001", b, "2004-03-01", "5,5,5,5,5,5,5,5,5,5,5,5,5"),           // 11 accepted
        child("2009", "873", "2001", b, "2004-03-01", "5,5,5,5,5,5,5,5,5,5,5,5,5"),           // 12 DUPLICATE
        child("2009", "874", "3001", c, "2004-05-01", SCORES_GLD),                             // 13 DUPLICATE_CONFLICT
        child("2009", "874", "3001", c, "2004-05-01", SCORES_GLD.replace("6,6,6,6,6,6", "6,6,6,6,6,5")));  // 14
    // The same child as line 2, in another file and another year form: an identical copy.
    write("eyfsp/returns_late.csv",
        "UPN,Sex,Academic_Year,LA_Code,Estab,Date_of_Birth,DA,SD,ED,LCT,LSL,R,W,NLC,C,SSM,KUW,PD,CD",
        String.join(",", a, "F", "2008/09", "873", "2001", "15/01/2004", SCORES_GLD));
    write("census/census.csv",
        "academic_year,upn,fsm_eligible,first_language,ethnicity,sen_provision,home_lsoa",
        "2009," + a + ",Y,ENG,WBRI,N,E01000001",
        "2009," + b + ",maybe,ENG,WBRI,N,E01000002",
        "2009," + c + ",N,ENG,WBRI,N,E01000002",
        "2009," + c + ",Y,ENG,WBRI,N,E01000002");
    write("idaci.csv",
        "lsoa_code,idaci_rank,idaci_decile",
        "E01000001,120,1",
        "E01000002,30000,10",
        "E01000003,30001,11");
  }

  private void write(String name, String... lines) throws Exception {
    Files.writeString(input.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** Runs on the hand-made input, which rejects most of its rows on purpose: the share limit is lifted. */
  private int run(String... extra) throws Exception {
    Path lenient = dir.resolve("lenient.yaml");
    if (!Files.exists(lenient)) {
      Files.writeString(lenient, "quality:\n  max_rejected_share: 1.0\n" + TestRuns.NO_AUDIT);
    }
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--output",
        output.toString()));
    if (!List.of(extra).contains("--conf")) {
      args.addAll(List.of("--conf", lenient.toString()));
    }
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void quarantinesEveryReasonWithItsLineAndProvesTheRowsAddUp() throws Exception {
    assertThat(run()).as(err.toString()).isZero();

    List<String> rejects = Files.readAllLines(output.resolve("rejects/eyfsp.csv"));
    assertThat(rejects.get(0)).isEqualTo("source_file,line_number,reasons,raw,detail");
    assertThat(rejects).as("a header and 12 quarantined rows").hasSize(13);
    Map<Integer, String> reasonByLine = new java.util.TreeMap<>();
    for (String line : rejects.subList(1, rejects.size())) {
      String[] cells = line.split(",", 4);
      if (cells[0].equals("eyfsp/returns.csv")) {
        reasonByLine.put(Integer.parseInt(cells[1]), cells[2]);
      } else {
        assertThat(cells[0] + " " + cells[1] + " " + cells[2]).isEqualTo("eyfsp/returns_late.csv 2 DUPLICATE");
      }
    }
    assertThat(reasonByLine).containsExactly(
        Map.entry(3, "MALFORMED_ROW"), Map.entry(4, "MISSING_FIELD"), Map.entry(5, "BAD_YEAR"),
        Map.entry(6, "BAD_DATE"), Map.entry(7, "BAD_ESTAB"), Map.entry(8, "BAD_UPN"), Map.entry(9, "UNKNOWN_LA"),
        Map.entry(10, "BAD_SCALE"), Map.entry(12, "DUPLICATE"), Map.entry(13, "DUPLICATE_CONFLICT"),
        Map.entry(14, "DUPLICATE_CONFLICT"));
    assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("eyfsp/returns.csv,12,DUPLICATE,")
        .endsWith(",\"identical to eyfsp/returns.csv line 11, which is kept\""));

    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.get("rows_balance").asBoolean()).isTrue();
    for (JsonNode file : manifest.get("inputs")) {
      assertThat(file.get("rows_read").asLong()).as(file.get("file").asText())
          .isEqualTo(file.get("rows_accepted").asLong() + file.get("rows_rejected").asLong());
      assertThat(file.get("sha256").asText()).hasSize(64);
    }
    JsonNode returns = manifest.get("inputs").get(0);
    assertThat(returns.get("file").asText()).isEqualTo("eyfsp/returns.csv");
    assertThat(returns.get("rows_read").asLong()).isEqualTo(13);
    assertThat(returns.get("rows_accepted").asLong()).isEqualTo(2);
    assertThat(returns.get("rows_rejected").asLong()).isEqualTo(11);
    assertThat(returns.get("rejected_by_reason").get("DUPLICATE_CONFLICT").asLong()).isEqualTo(2);
    JsonNode census = manifest.get("inputs").get(2);
    assertThat(census.get("file").asText()).isEqualTo("census/census.csv");
    assertThat(census.get("rejected_by_reason").toString())
        .isEqualTo("{\"BAD_FSM\":1,\"DUPLICATE_CONFLICT\":2}");
    assertThat(manifest.get("inputs").get(3).get("rejected_by_reason").toString()).isEqualTo("{\"BAD_DECILE\":1}");
    assertThat(manifest.get("inputs").get(4).get("rejected_by_reason").toString()).isEqualTo("{\"BAD_LA_CODE\":1}");
    // Child B's census row was refused and child C was quarantined: one of two children matched.
    assertThat(manifest.get("census_match").get("matched").asLong()).isEqualTo(1);
    assertThat(manifest.get("pseudonym_key").asText()).startsWith("development key");
    assertThat(manifest.get("settings").get("inequality_gap").get("median").asText()).isEqualTo("USUAL");

    assertThat(out.toString()).contains("children read", "14", "rejected", "BAD_SCALE 1");
    assertThat(err.toString()).contains("[eyfsp] read", "[eyfsp] check", "[eyfsp] measure", "[eyfsp] write");
  }

  @Test
  void writesInternalAndPublishedTablesWithoutAnyUpn() throws Exception {
    assertThat(run()).as(err.toString()).isZero();
    List<String> internal = Files.readAllLines(output.resolve("internal/csv/attainment.csv"));
    assertThat(internal).hasSize(1 + 1 + 1 + 1);
    // Cambridgeshire: A (13 scales, 7x7 + 6x6 = 85, GLD) and B (13 x 5 = 65): N = 2, GLD 50%, median 75.
    assertThat(internal.get(3)).startsWith("200809,Academic year,Local authority,E92000001,England,E12000006,"
        + "East of England,873,E10000003,Cambridgeshire,fsp13,2,0,1,50,1,50,1,50,75,75,1,65,");
    List<String> published = Files.readAllLines(output.resolve("published/attainment.csv"));
    // Children not assessed are published at no level (x: conf disclosure.column_levels).
    assertThat(published.get(3)).endsWith("Cambridgeshire,fsp13,c,x,c,c,c,c,c,c,c,c,c,c,c,z,z,z,z,z");
    assertThat(Files.readString(output.resolve("published/attainment.meta.csv")))
        .contains("gld_percent,Indicator,Percentage with a good level of development,,%,1,,");

    String upnA = upn("873", "2001", 1);
    try (var files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.startsWith(output.resolve("rejects"))) {
          assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
              .doesNotContain(upnA);
        }
      }
    }
  }

  @Test
  void readsTheOptionalSchoolsFileAndAccountsForItsRows() throws Exception {
    write("schools.csv",
        "urn,la_code,establishment_number,laestab,establishment_name,establishment_type",
        "110001,873,2001,8732001,Fen Ditton Primary,Community school",
        "110002,873,201,873201,Short LAESTAB,Community school");
    assertThat(run()).as(err.toString()).isZero();

    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    JsonNode schools = manifest.get("inputs").get(5);
    assertThat(schools.get("file").asText()).isEqualTo("schools.csv");
    assertThat(schools.get("rows_read").asLong()).isEqualTo(2);
    assertThat(schools.get("rows_accepted").asLong()).isEqualTo(1);
    assertThat(schools.get("rejected_by_reason").toString()).isEqualTo("{\"BAD_LAESTAB\":1}");
    assertThat(Files.readAllLines(output.resolve("rejects/schools.csv")).get(1)).startsWith("schools.csv,3,BAD_LAESTAB,");
    // Cambridgeshire's one school, with its URN, name and type; its two children are too few to show.
    assertThat(Files.readAllLines(output.resolve("published/schools.csv")).get(1))
        .contains(",8732001,110001,Fen Ditton Primary,Community school,School,c,");
    for (String table : List.of("attainment_by_characteristic", "gaps", "schools", "scales", "lowest20_profile")) {
      assertThat(output.resolve("published/" + table + ".meta.csv")).as(table).exists();
    }
    assertThat(output.resolve("internal/csv/near_threshold.csv")).exists();
    assertThat(output.resolve("published/near_threshold.csv")).doesNotExist();
  }

  @Test
  void aMissingColumnStopsTheRunBeforeAnyOutputNamingFileAndColumn() throws Exception {
    write("eyfsp/returns.csv", "academic_year,la_code,estab,upn,date_of_birth,DA,SD,ED,LCT,LSL,R,W,NLC,C,SSM,KUW,PD,CD",
        "2009,873,2001," + upn("873", "2001", 1) + ",2004-01-15," + SCORES_GLD);
    assertThat(run()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(err.toString().strip().lines().reduce((x, y) -> y).orElseThrow())
        .isEqualTo("eyfsp: eyfsp/returns.csv, line 1: the header has no column 'sex'.");
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    assertThat(output).doesNotExist();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("nothing but the input, the settings and the (free) lock beside it")
          .containsExactlyInAnyOrder("input", "lenient.yaml", ".out.lock");
    }
  }

  @Test
  void anUnreadableInputStopsTheRun() throws Exception {
    Files.delete(input.resolve("local_authorities.csv"));
    assertThat(run()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(err.toString()).contains("has no local_authorities.csv");
    assertThat(output).doesNotExist();
  }

  @Test
  void aFailedRunLeavesThePreviousOutputAsItWas() throws Exception {
    assertThat(run()).isZero();
    String before = Files.readString(output.resolve("internal/csv/attainment.csv"));
    write("eyfsp/returns.csv", "academic_year;la_code;estab;upn");
    assertThat(run()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(err.toString()).contains("separated by semicolons");
    assertThat(Files.readString(output.resolve("internal/csv/attainment.csv"))).isEqualTo(before);
  }

  @Test
  void realInputNeedsARealPseudonymKey() throws Exception {
    Files.delete(input.resolve("SYNTHETIC"));
    assertThat(run()).isEqualTo(ExitStatus.INVALID_SETTINGS);
    assertThat(err.toString()).contains("No pseudonym key: set EYFSP_PSEUDONYM_KEY or give --key-file");
    Path key = dir.resolve("key");
    Files.writeString(key, "a secret that is long enough\n");
    assertThat(run("--key-file", key.toString())).as(err.toString()).isZero();
  }

  @Test
  void invalidSettingsStopTheRun() throws Exception {
    Path conf = dir.resolve("bad.yaml");
    Files.writeString(conf, "disclosure:\n  suppress_below: 0\n");
    assertThat(run("--conf", conf.toString())).isEqualTo(ExitStatus.INVALID_SETTINGS);
    assertThat(err.toString()).contains("disclosure.suppress_below must be at least 1.");
  }
}
