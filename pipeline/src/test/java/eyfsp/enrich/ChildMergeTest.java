package eyfsp.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Reject;
import eyfsp.domain.Settings;
import eyfsp.domain.Upn;
import eyfsp.io.CsvFiles;
import eyfsp.io.FileSource;
import eyfsp.io.InputFiles.InputFile;
import eyfsp.io.SettingsFile;
import eyfsp.quality.CensusRowCheck;
import eyfsp.quality.Checked;
import eyfsp.quality.DeprivationIndex;
import eyfsp.quality.InputPart;
import eyfsp.quality.ReturnRowCheck;
import eyfsp.quality.RowChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pass over the children in plain Java, as each Spark task runs it: every file checked row by
 * row, the rows gathered by UPN and year (here in a shuffled order, as a shuffle brings them), and
 * each child's rows merged: copies judged, the return joined to its census row and enriched.
 */
class ChildMergeTest {

  private static final Settings SETTINGS = SettingsFile.defaults();
  private static final LocalAuthority CAMBRIDGESHIRE =
      new LocalAuthority("873", "E10000003", "Cambridgeshire", "E12000006", "East of England");
  private static final String HEADER = "academic_year,la_code,estab,upn,date_of_birth,sex,"
      + String.join(",", SETTINGS.framework("fsp13").scaleCodes());
  private static final String GLD = "6,6,6,6,6,6,6,6,6,6,6,6,6";

  @TempDir
  Path dir;

  private final Map<String, Long> read = new TreeMap<>();
  private final Map<String, Long> accepted = new TreeMap<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final Map<String, Child> children = new TreeMap<>();
  private final Pseudonym pseudonym = new Pseudonym("a test key of 16+ bytes".getBytes(StandardCharsets.UTF_8));

  static String upn(int serial) {
    String rest = "873" + "2001" + String.format("08%03d", serial);
    return Upn.checkLetter(rest) + rest;
  }

  private static String row(String dob, int serial, String scores) {
    return String.join(",", "2009", "873", "2001", upn(serial), dob, "F", scores);
  }

  @BeforeEach
  void pass() throws Exception {
    Path a = write("eyfsp/a.csv", HEADER,
        row("2004-01-15", 1, GLD),                                              // 2 P1, matched below
        row("2004-01-15", 2, GLD),                                              // 3 P2, census rows conflict
        row("2004-01-15", 3, GLD).replace(upn(3), "A" + upn(3).substring(1)),   // 4 BAD_UPN
        row("2004-01-15", 4, GLD),                                              // 5 P4, copied in b.csv
        row("2004-01-15", 5, GLD),                                              // 6 P5 ...
        row("2004-01-15", 5, GLD.replaceFirst("6", "5")));                      // 7 ... conflicts
    Path b = write("eyfsp/b.csv", HEADER,
        row("15/01/2004", 4, GLD));                                             // 2 the same as a.csv line 5
    Path c = write("census/c.csv", "academic_year,upn,fsm_eligible,first_language,ethnicity,sen_provision,home_lsoa",
        "2009," + upn(1) + ",Y,ENG,WBRI,N,E01000001",                            // 2 P1
        "2009," + upn(2) + ",Y,ENG,WBRI,N,",                                     // 3 P2 ...
        "2009," + upn(2) + ",N,ENG,WBRI,N,",                                     // 4 ... conflicts
        "2009," + upn(6) + ",N,PNJ,APKN,K,E01000002",                            // 5 a child with no return
        "2009," + upn(7) + ",N");                                                // 6 MALFORMED_ROW
    Path f = write("children_flags/f.csv", "academic_year,upn,flag",
        "2009," + upn(1) + ",looked_after",                                       // 2 P1 looked after
        "2009," + upn(1) + ",Looked_After",                                       // 3 DUPLICATE (any case)
        "2009," + upn(1) + ",child_in_need",                                      // 4 P1 in need too
        "2009," + upn(2) + ",in_care");                                           // 5 UNKNOWN_FLAG
    ReturnRowCheck returns = new ReturnRowCheck(SETTINGS, java.util.Set.of("873"));
    CensusRowCheck census = new CensusRowCheck(SETTINGS.census());
    List<InputPart> parts = List.of(
        part(0, InputPart.Kind.RETURNS, a, "eyfsp/a.csv", ReturnRowCheck.FIELDS, returns.resultColumns()),
        part(1, InputPart.Kind.RETURNS, b, "eyfsp/b.csv", ReturnRowCheck.FIELDS, returns.resultColumns()),
        part(2, InputPart.Kind.CENSUS, c, "census/c.csv", CensusRowCheck.REQUIRED, CensusRowCheck.OPTIONAL),
        part(3, InputPart.Kind.FLAGS, f, "children_flags/f.csv", eyfsp.quality.FlagRowCheck.REQUIRED, List.of()));
    RowChecks checks = new RowChecks(returns, census, new eyfsp.quality.FlagRowCheck(SETTINGS.childrenFlags().keySet()), parts);
    Enrichment enrichment = new Enrichment(Map.of("873", CAMBRIDGESHIRE),
        List.of(new DeprivationIndex.Area("E01000001", 2_000, 1, null)), true, 3, pseudonym);

    List<Checked.Keyed> sent = new ArrayList<>();
    for (InputPart part : parts) {
      checks.check(FileSource.local(), part).forEachRemaining(sent::add);
    }
    Collections.shuffle(sent, new Random(7));
    Map<String, List<Checked>> byKey = new LinkedHashMap<>();
    sent.forEach(k -> byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.value()));
    ChildMerge merge = new ChildMerge(checks, enrichment);
    byKey.forEach((key, values) -> merge.merge(key, values, new ChildMerge.Sink() {
      @Override
      public void reject(Reject reject) {
        rejects.add(reject);
      }

      @Override
      public void accepted(int file) {
        accepted.merge(parts.get(file).file().name(), 1L, Long::sum);
      }

      @Override
      public void child(Child child) {
        children.put(child.pupilPseudonym(), child);
      }

      @Override
      public void rowsRead(int file, long rows) {
        read.merge(parts.get(file).file().name(), rows, Long::sum);
      }
    }));
    rejects.sort(java.util.Comparator.comparing(Reject::sourceFile).thenComparingLong(Reject::lineNumber));
  }

  @Test
  void everyRowIsReadAndEitherKeptOrQuarantined() {
    assertThat(read).isEqualTo(Map.of("eyfsp/a.csv", 6L, "eyfsp/b.csv", 1L, "census/c.csv", 5L,
        "children_flags/f.csv", 4L));
    // a.csv keeps P1, P2 and P4; b.csv's P4 is its copy; the census keeps P1's row and P6's; the flags
    // keep P1's two.
    assertThat(accepted).isEqualTo(Map.of("eyfsp/a.csv", 3L, "census/c.csv", 2L, "children_flags/f.csv", 2L));
    assertThat(rejects).extracting(r -> r.sourceFile() + ":" + r.lineNumber() + " " + r.reasons() + " "
        + r.year() + " " + r.laCode() + " " + r.estab()).containsExactly(
        "census/c.csv:3 [DUPLICATE_CONFLICT] 2009 null null",
        "census/c.csv:4 [DUPLICATE_CONFLICT] 2009 null null",
        "census/c.csv:6 [MALFORMED_ROW] null null null",
        "children_flags/f.csv:3 [DUPLICATE] 2009 null null",
        "children_flags/f.csv:5 [UNKNOWN_FLAG] 2009 null null",
        "eyfsp/a.csv:4 [BAD_UPN] 2009 873 2001",
        "eyfsp/a.csv:6 [DUPLICATE_CONFLICT] 2009 873 2001",
        "eyfsp/a.csv:7 [DUPLICATE_CONFLICT] 2009 873 2001",
        "eyfsp/b.csv:2 [DUPLICATE] 2009 873 2001");
    assertThat(rejects.get(8).detail()).isEqualTo("identical to eyfsp/a.csv line 5, which is kept");
    assertThat(rejects.get(8).raw()).isEqualTo(row("15/01/2004", 4, GLD));
  }

  @Test
  void eachReturnIsJoinedToItsOneCensusRowAndEnriched() {
    assertThat(children).hasSize(3);
    Child p1 = children.get(pseudonym.of(upn(1)));
    assertThat(p1.censusMatched()).isTrue();
    assertThat(List.of(p1.fsm(), p1.firstLanguage(), p1.ethnicity(), p1.ethnicityMajor(), p1.senProvision(),
        p1.homeLsoa())).containsExactly("FSM eligible", "English", "WBRI", "White", "No SEN", "E01000001");
    assertThat(List.of(p1.idaciRank(), p1.idaciDecile())).containsExactly(2_000, 1);
    assertThat(p1.mostDeprived()).isTrue();
    assertThat(p1.lsoaQueried()).isFalse();
    // 13 x 6 = 78, secure in PSED and CLL: GLD.
    assertThat(p1.total()).isEqualTo(78);
    assertThat(p1.goodLevel()).isTrue();
    assertThat(p1.la()).isEqualTo(CAMBRIDGESHIRE);
    assertThat(p1.setting()).isEqualTo("8732001");
    assertThat(p1.termOfBirth()).isEqualTo("Spring");
    assertThat(p1.flags()).containsExactly("child_in_need", "looked_after");

    // P2's census rows conflicted and were quarantined: unmatched, Unknown, as a child with none.
    Child p2 = children.get(pseudonym.of(upn(2)));
    assertThat(p2.censusMatched()).isFalse();
    assertThat(List.of(p2.fsm(), p2.firstLanguage(), p2.ethnicityMajor(), p2.senProvision()))
        .containsExactly("Unknown", "Unknown", "Unclassified", "Unknown");
    assertThat(p2.ethnicity()).isNull();
    assertThat(p2.mostDeprived()).isNull();
    assertThat(p2.lsoaQueried()).as("no LSOA to query").isFalse();
    assertThat(p2.flags()).as("its one flag row named no flag conf knows").isEmpty();

    assertThat(children).containsKey(pseudonym.of(upn(4)));
    assertThat(children.keySet()).doesNotContain(upn(1), upn(2), upn(4));
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static InputPart part(int index, InputPart.Kind kind, Path file, String name, List<String> required,
      List<String> optional) throws Exception {
    InputFile input = new InputFile(file.toString(), name, Files.size(file));
    return new InputPart(index, kind, input,
        CsvFiles.header(FileSource.local(), input, required, optional, SETTINGS::aliasesOf).map());
  }
}
