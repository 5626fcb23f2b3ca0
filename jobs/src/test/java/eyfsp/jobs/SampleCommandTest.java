package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./eyfsp sample's options: which summers it writes under which framework, and the ones it refuses. */
class SampleCommandTest {

  @TempDir
  Path dir;

  /** The command in this JVM; it starts no Spark. */
  private static TestRuns.Outcome sample(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] line = Stream.concat(Stream.of("sample", "--small"), Stream.of(args)).toArray(String[]::new);
    int status = Main.execute(line, new PrintWriter(out, true), new PrintWriter(err, true));
    return new TestRuns.Outcome(status, out.toString(), err.toString());
  }

  private List<String> returnsFiles(Path output) throws Exception {
    try (Stream<Path> files = Files.list(output.resolve("eyfsp"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("returns_873_")).sorted().toList();
    }
  }

  @Test
  void aFrameworkAloneStartsAtTheYearItsFiguresAreFittedTo() throws Exception {
    Path output = dir.resolve("elg17");
    TestRuns.Outcome run = sample("--framework", "elg17", "--output", output.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("over 1 year(s) (2019 elg17)");
    assertThat(returnsFiles(output)).containsExactly("returns_873_2019.csv");
    assertThat(Files.readAllLines(output.resolve("eyfsp/returns_873_2019.csv")).get(0))
        .endsWith(",sex,COM_G01,COM_G02,COM_G03,PHY_G04,PHY_G05,PSE_G06,PSE_G07,PSE_G08,LIT_G09,LIT_G10,MAT_G11,"
            + "MAT_G12,UTW_G13,UTW_G14,UTW_G15,EXP_G16,EXP_G17");
  }

  @Test
  void summersSpanFrameworkChangesEachYearUnderItsOwn() throws Exception {
    Path output = dir.resolve("span");
    TestRuns.Outcome run = sample("--summers", "2011-2013,2022", "--output", output.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("over 4 year(s) (2011-2012 fsp13, 2013 elg17, 2022 elg21)");
    assertThat(returnsFiles(output)).containsExactly("returns_873_2011.csv", "returns_873_2012.csv",
        "returns_873_2013.csv", "returns_873_2022.csv");
    assertThat(output.resolve("census/early_years_census_873_2022.csv")).exists();
  }

  @Test
  void refusesYearsWithNoProfileInOneSentence() {
    assertRefused(sample("--first-year", "2019", "--years", "2", "--output", dir.resolve("a").toString()),
        "--first-year 2019 with --years 2 asks for summer 2020 (2019/20), when no profile was collected (DfE "
            + "cancelled the 2019/20 and 2020/21 collections).");
    assertRefused(sample("--first-year", "2002", "--output", dir.resolve("b").toString()),
        "--first-year 2002 asks for summer 2002 (2001/02), which is in no framework's years (fsp13 2002/03 to "
            + "2011/12, elg17 2012/13 to 2020/21, elg21 from 2021/22).");
    assertRefused(sample("--framework", "elg21", "--first-year", "2019", "--output", dir.resolve("c").toString()),
        "--framework elg21: --first-year 2019 asks for summer 2019 (2018/19), which is under elg17 (elg21's years "
            + "are from 2021/22).");
    assertRefused(sample("--framework", "elg18", "--output", dir.resolve("d").toString()),
        "--framework elg18 is not a framework of conf (fsp13, elg17, elg21).");
    assertRefused(sample("--summers", "2011-2012", "--years", "2", "--output", dir.resolve("e").toString()),
        "--summers names every year: give it without --first-year and --years.");
    assertThat(dir.resolve("a")).doesNotExist();
  }

  private static void assertRefused(TestRuns.Outcome run, String sentence) {
    assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err().lines().findFirst()).hasValue(sentence);
  }

  @Test
  void plantsBadRowsAndWritesPviSettingsUnlessAskedNotTo() throws Exception {
    Path planted = dir.resolve("planted");
    assertThat(sample("--output", planted.toString()).status()).isZero();
    // Cambridgeshire's file holds the planted rows of every reason (BAD_ESTAB: estab 12a4).
    assertThat(Files.readString(planted.resolve("eyfsp/returns_873_2009.csv"))).contains(",12a4,");
    assertThat(planted.resolve("census/early_years_census_873_2009.csv")).exists();

    Path clean = dir.resolve("clean");
    TestRuns.Outcome run = sample("--no-bad-rows", "--no-pvi-settings", "--output", clean.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 PVI settings (0 children, 0.0%)");
    assertThat(Files.readString(clean.resolve("eyfsp/returns_873_2009.csv"))).doesNotContain(",12a4,");
    assertThat(clean.resolve("census/early_years_census_873_2009.csv")).doesNotExist();
  }
}
