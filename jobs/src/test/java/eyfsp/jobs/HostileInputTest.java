package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made by hand: each case ends either in quarantined rows or in one clear sentence with a
 * distinct exit status, never a stack trace, a partial output or a lost row.
 */
class HostileInputTest {

  @TempDir
  Path dir;

  private Path input;
  private Path output;
  private Map<String, String> published;
  private static final String HEADER =
      "academic_year,la_code,estab,upn,date_of_birth,sex,DA,SD,ED,LCT,LSL,R,W,NLC,C,SSM,KUW,PD,CD";

  @BeforeEach
  void publishAGoodOutput() {
    input = dir.resolve("input");
    TestRuns.syntheticInput(input, 3, 300, 1);
    output = dir.resolve("out");
    TestRuns.Outcome first = run();
    assertThat(first.status()).as(first.err()).isZero();
    published = TestRuns.snapshot(output);
  }

  /** Every row may be rejected here: the cases are single bad rows in small files. */
  private TestRuns.Outcome run() {
    try {
      Path settings = dir.resolve("quarantine-all.yaml");
      Files.writeString(settings, "quality:\n  max_rejected_share: 1.0\n" + TestRuns.NO_AUDIT);
      return TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
          settings.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(String name, byte[] bytes) throws Exception {
    Files.createDirectories(input.resolve(name).getParent());
    Files.write(input.resolve(name), bytes);
  }

  private void write(String name, String text) throws Exception {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A good row for a child of its own: a synthetic row (2009 files use the header above) with a new
   * valid UPN, so that it is nobody's duplicate.
   */
  private String goodRow() throws Exception {
    return goodRow(950);
  }

  private String goodRow(int serial) throws Exception {
    String[] row = Files.readAllLines(input.resolve("eyfsp/returns_874_2009.csv")).get(1).split(",");
    String rest = "874" + row[2] + String.format("08%03d", serial);
    row[3] = eyfsp.domain.Upn.checkLetter(rest) + rest;
    return String.join(",", row);
  }

  /** The run refused the input: one sentence, the status, and the published output untouched. */
  private void refused(int status, String sentence) {
    TestRuns.Outcome outcome = run();
    assertThat(outcome.status()).as(outcome.err()).isEqualTo(status);
    assertThat(outcome.sentence()).isEqualTo("eyfsp: " + sentence);
    assertThat(outcome.err()).doesNotContain("\tat ", "Exception");
    assertThat(TestRuns.snapshot(output)).isEqualTo(published);
  }

  /** The run went through, quarantining what it had to, with every file's rows adding up. */
  private List<String> quarantined(String file, Consumer<JsonNode> account) throws Exception {
    TestRuns.Outcome outcome = run();
    assertThat(outcome.status()).as(outcome.err()).isZero();
    published = TestRuns.snapshot(output);
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.get("rows_balance").asBoolean()).isTrue();
    for (JsonNode f : manifest.get("inputs")) {
      assertThat(f.get("rows_read").asLong()).isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
      if (f.get("file").asText().equals(file)) {
        account.accept(f);
      }
    }
    return Files.readAllLines(output.resolve("rejects/eyfsp.csv")).stream().filter(l -> l.startsWith(file + ",")).toList();
  }

  @Test
  void anEmptyFile() throws Exception {
    write("eyfsp/empty.csv", "");
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/empty.csv is empty: it has no header row.");
  }

  @Test
  void aHeaderOnlyFileAmongOthersAndReturnsWithNoRowsAtAll() throws Exception {
    write("eyfsp/header_only.csv", HEADER + "\n");
    quarantined("eyfsp/header_only.csv", f -> assertThat(f.get("rows_read").asLong()).isZero());
    try (var files = Files.list(input.resolve("eyfsp"))) {
      for (Path f : files.toList()) {
        Files.writeString(f, HEADER + "\n");
      }
    }
    refused(ExitStatus.INPUT_REFUSED, "The returns hold no rows (every file in eyfsp/ has only a header, or nothing): "
        + "there is nothing to measure.");
  }

  @Test
  void aTruncatedLastLine() throws Exception {
    String cut = goodRow(951);
    write("eyfsp/cut.csv", HEADER + "\n" + goodRow() + "\n" + cut.substring(0, cut.length() / 2));
    List<String> rejects = quarantined("eyfsp/cut.csv", f -> assertThat(f.get("rows_read").asLong()).isEqualTo(2));
    assertThat(rejects).hasSize(1).first().asString().startsWith("eyfsp/cut.csv,3,MALFORMED_ROW,");
  }

  @Test
  void aFileSeparatedBySemicolons() throws Exception {
    write("eyfsp/semi.csv", HEADER.replace(',', ';') + "\n" + goodRow().replace(',', ';') + "\n");
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/semi.csv, line 1: the header has no column 'academic_year' "
        + "(the file looks separated by semicolons; the contract asks for commas).");
  }

  @Test
  void latin1AndInvalidUtf8Bytes() throws Exception {
    byte[] row = (goodRow() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (goodRow(951).replace(",F,", ",\u00e9,").replace(",M,", ",\u00e9,") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    write("eyfsp/latin1.csv", concat((HEADER + "\n").getBytes(StandardCharsets.UTF_8), bad, row));
    List<String> rejects = quarantined("eyfsp/latin1.csv", f -> assertThat(f.get("rows_accepted").asLong()).isOne());
    assertThat(rejects).singleElement().asString().startsWith("eyfsp/latin1.csv,2,MALFORMED_ROW,")
        .endsWith(",not valid UTF-8");
    write("eyfsp/latin1.csv", concat(HEADER.replace("sex", "s\u00e9x").getBytes(StandardCharsets.ISO_8859_1),
        "\n".getBytes(StandardCharsets.UTF_8), row));
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/latin1.csv, line 1: the header cannot be read (not valid UTF-8).");
  }

  @Test
  void utf16Text() throws Exception {
    write("eyfsp/utf16.csv", (HEADER + "\r\n" + goodRow() + "\r\n").getBytes(StandardCharsets.UTF_16));
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/utf16.csv, line 1: the header cannot be read "
        + "(UTF-16 text; the contract asks for UTF-8).");
  }

  @Test
  void nulBytesAndATenMegabyteLine() throws Exception {
    write("eyfsp/nul.csv", HEADER + "\n" + goodRow().replaceFirst(",(\\d),", ",$1\u0000,") + "\n"
        + "x".repeat(10 << 20) + "\n");
    List<String> rejects = quarantined("eyfsp/nul.csv", f -> assertThat(f.get("rows_rejected").asLong()).isEqualTo(2));
    assertThat(rejects.get(0)).startsWith("eyfsp/nul.csv,2,MALFORMED_ROW,").endsWith(",contains a NUL byte");
    assertThat(rejects.get(1)).startsWith("eyfsp/nul.csv,3,MALFORMED_ROW,")
        .endsWith("... (10485760 bytes),line longer than 1048576 bytes");
  }

  @Test
  void anUnterminatedQuote() throws Exception {
    List<String> rows = Files.readAllLines(input.resolve("eyfsp/returns_874_2009.csv"));
    rows.set(3, rows.get(3).replaceFirst(",F,|,M,", ",\"F,"));
    Files.write(input.resolve("eyfsp/returns_874_2009.csv"), rows);
    List<String> rejects = quarantined("eyfsp/returns_874_2009.csv",
        f -> assertThat(f.get("rows_rejected").asLong()).isEqualTo(1));
    assertThat(rejects).singleElement().asString().startsWith("eyfsp/returns_874_2009.csv,4,MALFORMED_ROW,")
        .endsWith(",unterminated quote in field 6 (a field may not run over a line break)");
  }

  @Test
  void twoStrayQuotesAFewLinesApartLoseNoLine() throws Exception {
    // Joined from the first quote to the second, lines 2-5 would make one record of the right number
    // of fields, the sex of line 2 running to that of line 5, and lines 3 and 4 would be lost in it.
    Path file = input.resolve("eyfsp/returns_874_2009.csv");
    List<String> rows = Files.readAllLines(file);
    rows.set(1, rows.get(1).replaceFirst(",F,|,M,", ",\"F,"));
    rows.set(4, rows.get(4).replaceFirst(",F,|,M,", ",M\","));
    Files.write(file, rows);
    List<String> rejects = quarantined("eyfsp/returns_874_2009.csv", f -> {
      assertThat(f.get("rows_read").asLong()).as("every line after the header is a row").isEqualTo(rows.size() - 1);
      assertThat(f.get("rows_rejected").asLong()).isEqualTo(2);
    });
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(0)).startsWith("eyfsp/returns_874_2009.csv,2,MALFORMED_ROW,")
        .endsWith(",unterminated quote in field 6 (a field may not run over a line break)");
    assertThat(rejects.get(1)).startsWith("eyfsp/returns_874_2009.csv,5,MALFORMED_ROW,")
        .endsWith(",a quote inside unquoted field 6");
  }

  @Test
  void paddedValuesAndAUpnWithSpaces() throws Exception {
    List<String> rows = Files.readAllLines(input.resolve("eyfsp/returns_874_2009.csv"));
    String[] a = rows.get(1).split(",");
    a[6] = " 6 ";
    a[3] = " " + a[3] + " ";
    rows.set(1, String.join(",", a));
    String[] b = rows.get(2).split(",");
    b[3] = b[3].substring(0, 6) + " " + b[3].substring(6);
    rows.set(2, String.join(",", b));
    Files.write(input.resolve("eyfsp/returns_874_2009.csv"), rows);
    List<String> rejects = quarantined("eyfsp/returns_874_2009.csv",
        f -> assertThat(f.get("rows_rejected").asLong()).isEqualTo(1));
    assertThat(rejects).singleElement().asString().startsWith("eyfsp/returns_874_2009.csv,3,BAD_UPN,");
  }

  @Test
  void aMissingOrDoubledColumn() throws Exception {
    write("eyfsp/nocol.csv", HEADER.replace(",W,", ",Writing,") + "\n" + goodRow() + "\n");
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/nocol.csv, line 1: the header has no column 'W'.");
    write("eyfsp/nocol.csv", HEADER.replace(",W,", ",w,") + ",w\n" + goodRow() + ",1\n");
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/nocol.csv, line 1: column 'W' appears twice in the header "
        + "(columns 13 and 20).");
  }

  @Test
  void anLaLookupThatDisagreesWithItself() throws Exception {
    Path lookup = input.resolve("local_authorities.csv");
    List<String> lines = Files.readAllLines(lookup);
    String[] second = lines.get(2).split(",");
    String[] first = lines.get(1).split(",");
    // The second LA put in the first LA's region under another spelling of the region's name.
    lines.set(2, String.join(",", first[0], first[1] + "x", second[2], second[3], second[4]));
    write("local_authorities.csv", String.join("\n", lines) + "\n");
    refused(ExitStatus.INPUT_REFUSED, "local_authorities.csv gives region " + first[0] + " two names ("
        + first[1] + "; " + first[1] + "x for LA " + second[2] + "): a region's LAs must agree on its name.");
    // An LA listed twice under two names.
    lines.set(2, String.join(",", first[0], first[1], first[2], first[3] + "x", first[4]));
    write("local_authorities.csv", String.join("\n", lines) + "\n");
    refused(ExitStatus.INPUT_REFUSED, "local_authorities.csv lists LA " + first[2] + " twice with a different name "
        + "or region (" + first[3] + " in " + first[0] + ", " + first[3] + "x in " + first[0] + ").");
  }

  @Test
  void aPathThatIsAFolderOrCannotBeRead() throws Exception {
    Files.createDirectories(input.resolve("eyfsp/folder.csv"));
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/folder.csv is a folder, not a CSV file.");
    Files.delete(input.resolve("eyfsp/folder.csv"));
    Files.createSymbolicLink(input.resolve("eyfsp/gone.csv"), dir.resolve("nowhere.csv"));
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/gone.csv cannot be read: it does not exist.");
    Files.delete(input.resolve("eyfsp/gone.csv"));
    TestRuns.Outcome missing = TestRuns.run("run", "--input", dir.resolve("nothing").toString(), "--output",
        output.toString());
    assertThat(missing.status()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(missing.sentence()).isEqualTo("eyfsp: The input folder " + dir.resolve("nothing") + " does not exist.");
  }

  @Test
  void anInvalidSettingsFile() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "inequality_gap:\n  median: [oops\n");
    TestRuns.Outcome outcome = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(),
        "--conf", bad.toString());
    assertThat(outcome.status()).isEqualTo(ExitStatus.INVALID_SETTINGS);
    assertThat(outcome.sentence()).startsWith("eyfsp: " + bad + " is not valid YAML (line ");
    assertThat(TestRuns.snapshot(output)).isEqualTo(published);
  }

  @Test
  void aWrongCommandLine() {
    TestRuns.Outcome outcome = TestRuns.run("run", "--years", "2009/11");
    assertThat(outcome.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(outcome.err()).contains("--years: '2009/11' is not an academic year");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A 17-goal row (elg17) for a child of its own, the goals in the contract's order. */
  private static String goalRow(String year, String estab, int serial, String goals) {
    String rest = "874" + "3001" + String.format("13%03d", serial);
    return String.join(",", year, "874", estab, eyfsp.domain.Upn.checkLetter(rest) + rest, "2008-01-15", "F", goals);
  }

  private static final String ELG17_HEADER = "academic_year,la_code,estab,upn,date_of_birth,sex,COM_G01,COM_G02,"
      + "COM_G03,PHY_G04,PHY_G05,PSE_G06,PSE_G07,PSE_G08,LIT_G09,LIT_G10,MAT_G11,MAT_G12,UTW_G13,UTW_G14,UTW_G15,"
      + "EXP_G16,EXP_G17";
  private static final String EXPECTED = "2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2";

  @Test
  void rowsOfTheWrongFrameworkOrValuesOrSettingAreQuarantinedWithTheirReason() throws Exception {
    write("eyfsp/goals.csv", String.join("\n", ELG17_HEADER,
        goalRow("2013", "3001", 1, EXPECTED),                            // 2 accepted: a school, 2012/13
        goalRow("2013", "612345", 2, EXPECTED),                          // 3 accepted: a PVI setting's URN
        goalRow("2009", "3001", 3, EXPECTED),                            // 4 BAD_YEAR: 2008/09 is read under fsp13
        goalRow("2013", "3001", 4, EXPECTED.replaceFirst("2", "4")),     // 5 BAD_SCALE: no goal is scored 4
        goalRow("2013", "30011", 5, EXPECTED),                           // 6 BAD_ESTAB: 5 digits
        goalRow("2013", "812345", 6, EXPECTED),                          // 7 BAD_ESTAB: a URN beyond 799999
        goalRow("2013", "412345", 7, EXPECTED)) + "\n");                 // 8 BAD_ESTAB: a URN below 500000
    List<String> rejects = quarantined("eyfsp/goals.csv", f -> {
      assertThat(f.get("rows_read").asLong()).isEqualTo(7);
      assertThat(f.get("rows_accepted").asLong()).isEqualTo(2);
    });
    assertThat(rejects).hasSize(5);
    assertThat(rejects.get(0)).startsWith("eyfsp/goals.csv,4,BAD_YEAR,")
        .contains("academic_year '2009' is read under fsp13, but the file's result columns are those of elg17");
    assertThat(rejects.get(1)).startsWith("eyfsp/goals.csv,5,BAD_SCALE,")
        .contains("COM_G01 '4' is not a score of elg17 (1-3) or a not-assessed code");
    assertThat(rejects.subList(2, 5)).allSatisfy(r -> assertThat(r).contains(",BAD_ESTAB,"));
    // The two accepted children are measured under elg17 in 2012/13, the PVI setting's child in its LA and
    // in a setting row of its own.
    List<String> attainment = Files.readAllLines(output.resolve("internal/csv/attainment.csv"));
    assertThat(attainment).anySatisfy(l -> assertThat(l).startsWith("201213,Academic year,Local authority,")
        .contains(",874,E06000031,Peterborough,elg17,2,0,2,100,"));
    assertThat(Files.readAllLines(output.resolve("internal/csv/schools.csv")))
        .anySatisfy(l -> assertThat(l).startsWith("201213,")
            .contains(",612345,612345,PVI setting (URN: 612345),Unknown,PVI setting,1,0,1,100,"));
  }

  @Test
  void aReturnsFileWithTheColumnsOfNoFrameworkIsRefusedNamingOne() throws Exception {
    // 16 of elg17's goals: nearest to elg17, which it lacks EXP_G17 of.
    write("eyfsp/goals.csv", ELG17_HEADER.replace(",EXP_G17", "") + "\n");
    refused(ExitStatus.INPUT_REFUSED, "eyfsp/goals.csv, line 1: the header has no column 'EXP_G17'.");
  }

  @Test
  void childrenFlagsAreCheckedAndQuarantinedLikeAnyInput() throws Exception {
    String upn = Files.readAllLines(input.resolve("eyfsp/returns_874_2009.csv")).get(1).split(",")[3];
    write("children_flags/flags.csv", String.join("\n", "academic_year,upn,flag",
        "2009," + upn + ",looked_after",                                     // 2 accepted
        "2009," + upn + ",in_care",                                          // 3 UNKNOWN_FLAG
        "2009,A" + upn.substring(1) + ",child_in_need") + "\n");             // 4 BAD_UPN (or another child)
    TestRuns.Outcome outcome = run();
    assertThat(outcome.status()).as(outcome.err()).isZero();
    List<String> rejects = Files.readAllLines(output.resolve("rejects/children_flags.csv"));
    assertThat(rejects).anySatisfy(r -> assertThat(r).startsWith("children_flags/flags.csv,3,UNKNOWN_FLAG,"));
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    JsonNode account = null;
    for (JsonNode f : manifest.get("inputs")) {
      if (f.get("file").asText().equals("children_flags/flags.csv")) {
        account = f;
      }
    }
    assertThat(account).isNotNull();
    assertThat(account.get("rows_read").asLong()).isEqualTo(3);
    assertThat(account.get("rows_accepted").asLong() + account.get("rows_rejected").asLong()).isEqualTo(3);
    // The flag is a topic of its own: one looked-after child in Peterborough in 2008/09.
    assertThat(Files.readAllLines(output.resolve("internal/csv/attainment_by_characteristic.csv")))
        .anySatisfy(l -> assertThat(l).startsWith("200809,Academic year,Local authority,")
            .contains(",874,E06000031,Peterborough,Looked after,Looked after,1,"));
  }
}
