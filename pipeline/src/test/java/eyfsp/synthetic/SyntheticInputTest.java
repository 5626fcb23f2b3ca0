package eyfsp.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import eyfsp.domain.Setting;
import eyfsp.domain.Upn;
import eyfsp.io.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's files on their own, without a run: each year under its framework's columns and
 * values (read from conf), PVI settings under early years URNs with their own census extract, the
 * same bytes from the same seed. The figures a run computes from them are SyntheticCohortTest's.
 */
class SyntheticInputTest {

  private static final Settings SETTINGS = SettingsFile.defaults();

  @TempDir
  Path dir;

  /** The sample-data/ universe over a summer of each framework, schools and PVI settings, no planted rows. */
  private Path write(Path into) {
    new SyntheticInput(new SyntheticInput.Spec(5, List.of(2012, 2013, 2022), 3600, 100, false, false, true),
        Universe.sample(5, 3600, 100)).write(into);
    return into;
  }

  private static List<String[]> rows(Path file) throws Exception {
    return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  void eachYearHasItsFrameworksColumnsAndValues() throws Exception {
    Path input = write(dir.resolve("input"));
    for (int year : List.of(2012, 2013, 2022)) {
      Framework f = SETTINGS.frameworkOf(year).orElseThrow();
      Path file = input.resolve("eyfsp/returns_873_" + year + ".csv");
      assertThat(Files.readAllLines(file).get(0)).as("%d's header", year)
          .isEqualTo("academic_year,la_code,estab,upn,date_of_birth,sex," + String.join(",", f.scaleCodes()));
      Map<String, Integer> values = new TreeMap<>();
      for (String[] row : rows(file)) {
        assertThat(row).as("a row of %d", year).hasSize(6 + f.scaleCount());
        for (int i = 6; i < row.length; i++) {
          values.merge(row[i], 1, Integer::sum);
        }
      }
      Set<String> allowed = new HashSet<>(f.notAssessedCodes());
      for (int v = f.minScore(); v <= f.maxScore(); v++) {
        allowed.add(Integer.toString(v));
      }
      assertThat(allowed).as("%s's values in %d", f.code(), year).containsAll(values.keySet());
      if (f.result().equals("goal")) {
        // Every value of the goals occurs: emerging, expected and (elg17) exceeding.
        assertThat(values.keySet()).as("%s's values in %d", f.code(), year)
            .containsAll(allowed.stream().filter(v -> !v.equals("A")).toList());
      }
    }
  }

  @Test
  void pviSettingsHoldAboutTwoPercentUnderEarlyYearsUrnsWithACensusOfTheirOwn() throws Exception {
    Path input = write(dir.resolve("input"));
    long children = 0;
    Map<String, Integer> bySettingAndYear = new HashMap<>();
    Map<String, String> laOfUrn = new HashMap<>();
    for (Universe.LocalAuthority la : Universe.sample(5, 3600, 100).localAuthorities()) {
      for (int year : List.of(2012, 2013, 2022)) {
        List<String> pviUpns = new ArrayList<>();
        for (String[] row : rows(input.resolve("eyfsp/returns_" + la.code() + "_" + year + ".csv"))) {
          children++;
          if (row[2].length() == 6) {
            assertThat(Setting.isEarlyYearsUrn(row[2])).as("estab %s", row[2]).isTrue();
            assertThat(Upn.isValid(row[3])).as("UPN %s", row[3]).isTrue();
            assertThat(laOfUrn.computeIfAbsent(row[2], k -> row[1])).as("URN %s's LA", row[2]).isEqualTo(row[1]);
            bySettingAndYear.merge(row[2] + "/" + year, 1, Integer::sum);
            pviUpns.add(row[3]);
          } else {
            assertThat(Setting.isSchoolEstab(row[2])).as("estab %s", row[2]).isTrue();
          }
        }
        List<String> earlyYears = rows(input.resolve("census/early_years_census_" + la.code() + "_" + year + ".csv"))
            .stream().map(r -> r[1]).toList();
        List<String> school = rows(input.resolve("census/census_" + la.code() + "_" + year + ".csv"))
            .stream().map(r -> r[1]).toList();
        // 1.5% of children are missing from the census, as in the schools.
        assertThat(pviUpns).as("%s %d", la.code(), year).containsAll(earlyYears);
        assertThat(earlyYears.size()).as("%s %d", la.code(), year).isGreaterThanOrEqualTo(pviUpns.size() - 2);
        assertThat(school).as("%s %d", la.code(), year).doesNotContainAnyElementsOf(pviUpns);
      }
    }
    long pvi = bySettingAndYear.values().stream().mapToLong(Integer::intValue).sum();
    assertThat(100.0 * pvi / children).as("share of children in PVI settings").isBetween(1.5, 2.5);
    assertThat(bySettingAndYear.values()).as("children of a setting in a year").allMatch(n -> n >= 5 && n <= 20);
    assertThat(laOfUrn).as("one setting or more in each of the 8 LAs").hasSize(8);
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    Map<String, byte[]> first = files(write(dir.resolve("first")));
    Map<String, byte[]> second = files(write(dir.resolve("second")));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  private static Map<String, byte[]> files(Path root) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  @Test
  void refusesSummersOutsideEveryFrameworkAndThoseWithNoCollection() {
    assertThat(SyntheticInput.unwritable(2019, SETTINGS)).isEmpty();
    assertThat(SyntheticInput.unwritable(2003, SETTINGS)).isEmpty();
    assertThat(SyntheticInput.unwritable(2020, SETTINGS)).hasValueSatisfying(why -> assertThat(why)
        .contains("no profile was collected"));
    assertThat(SyntheticInput.unwritable(2021, SETTINGS)).isPresent();
    assertThat(SyntheticInput.unwritable(2002, SETTINGS)).hasValueSatisfying(why -> assertThat(why)
        .contains("in no framework's years"));
    assertThatThrownBy(() -> new SyntheticInput(new SyntheticInput.Spec(1, 2019, 2, 100, 8, false, false),
        Universe.sample(1, 100, 8))).hasMessageContaining("summer 2020 cannot be written");
  }

  @Test
  void aFrameworksFirstYearEndsTheYearsAtItsCalibrationYearWhereTheyWouldLeaveIt() {
    // fsp13 is fitted to 2008/09 and ends in 2011/12: one year is 2009, five are 2008-2012.
    assertThat(SyntheticInput.defaultFirstYear(SETTINGS.framework("fsp13"), 1, SETTINGS)).isEqualTo(2009);
    assertThat(SyntheticInput.defaultFirstYear(SETTINGS.framework("fsp13"), 5, SETTINGS)).isEqualTo(2008);
    // elg17 is fitted to 2018/19, the last year collected: three years are 2017-2019.
    assertThat(SyntheticInput.defaultFirstYear(SETTINGS.framework("elg17"), 1, SETTINGS)).isEqualTo(2019);
    assertThat(SyntheticInput.defaultFirstYear(SETTINGS.framework("elg17"), 3, SETTINGS)).isEqualTo(2017);
    // elg21 is fitted to 2022/23 and still in force.
    assertThat(SyntheticInput.defaultFirstYear(SETTINGS.framework("elg21"), 3, SETTINGS)).isEqualTo(2023);
  }

  @Test
  void theNormalQuantileIsTheTablesOne() {
    // Standard normal tables: 1.959964 (97.5%), -1.644854 (5%), 3.090232 (99.9%, the tail's formula).
    assertThat(GoalModel.normalQuantile(0.5)).isCloseTo(0.0, within(1e-9));
    assertThat(GoalModel.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
    assertThat(GoalModel.normalQuantile(0.05)).isCloseTo(-1.644854, within(1e-6));
    assertThat(GoalModel.normalQuantile(0.999)).isCloseTo(3.090232, within(1e-6));
  }

  @Test
  void aGoalModelKnowsEveryGoalOfItsFrameworkAndNoOther() {
    Framework elg17 = SETTINGS.framework("elg17");
    Framework renamed = new Framework("elg17", elg17.name(), elg17.firstAssessmentYear(), elg17.lastAssessmentYear(),
        elg17.result(), elg17.minScore(), elg17.maxScore(), elg17.valueNames(), elg17.secureScore(), elg17.total(),
        elg17.notAssessedCodes(), SETTINGS.framework("elg21").areas(), elg17.goodLevelOfDevelopment(),
        elg17.outcomes(), elg17.averages());
    assertThatThrownBy(() -> AttainmentModel.of(renamed)).hasMessageContaining("the synthetic elg17 model has goals");
  }
}
