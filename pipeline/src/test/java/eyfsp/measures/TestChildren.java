package eyfsp.measures;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.ProfileRules;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Hand-made enriched children (eyfsp.enrich.Child), a few at a time: by default a girl, born in
 * autumn, not FSM eligible, English, no SEN, White, in IDACI decile 5, with 6 on every scale
 * (total 78: GLD).
 */
final class TestChildren {

  static final Settings SETTINGS = SettingsFile.defaults();
  static final eyfsp.domain.Framework FSP13 = SETTINGS.framework("fsp13");
  static final List<String> SCALES = FSP13.scaleCodes();
  static final Map<String, LocalAuthority> LAS = Map.of(
      "873", new LocalAuthority("873", "E10000003", "Cambridgeshire", "E12000006", "East of England"),
      "874", new LocalAuthority("874", "E06000031", "Peterborough", "E12000006", "East of England"),
      "373", new LocalAuthority("373", "E08000019", "Sheffield", "E12000003", "Yorkshire and The Humber"));

  private final List<eyfsp.enrich.Child> children = new ArrayList<>();

  /** One child; change what the test is about, then {@link #add}. */
  static final class Child {
    String la = "873";
    int year = 2009;
    String estab = "2001";
    String sex = "F";
    String term = "Autumn";
    String fsm = "Not FSM eligible";
    String language = "English";
    String sen = "No SEN";
    String ethnicity = "White";
    Integer decile = 5;
    Integer rank = 15_000;
    int[] scores = filled(6);
    String pseudonym = "p";
    boolean censusMatched = true;
    boolean sexQueried;
    List<String> flags = List.of();
    List<String> areas = List.of();

    Child la(String la) {
      this.la = la;
      return this;
    }

    /** The summer the child is assessed in (2009 unless a test is about years; every year read under fsp13). */
    Child year(int year) {
      this.year = year;
      return this;
    }

    Child estab(String estab) {
      this.estab = estab;
      return this;
    }

    Child sex(String sex) {
      this.sex = sex;
      return this;
    }

    Child term(String term) {
      this.term = term;
      return this;
    }

    Child fsm(String fsm) {
      this.fsm = fsm;
      return this;
    }

    Child sen(String sen) {
      this.sen = sen;
      return this;
    }

    Child ethnicity(String ethnicity) {
      this.ethnicity = ethnicity;
      return this;
    }

    Child language(String language) {
      this.language = language;
      return this;
    }

    /** The home area's IDACI decile and rank (null, null: not in the deprivation file). */
    Child area(Integer decile, Integer rank) {
      this.decile = decile;
      this.rank = rank;
      return this;
    }

    Child decile(Integer decile) {
      return area(decile, decile == null ? null : decile * 3_000);
    }

    Child unmatched() {
      this.censusMatched = false;
      return this;
    }

    /** The area of each type the child lives in (null: outside every one of that type). */
    Child areas(String... areas) {
      this.areas = java.util.Arrays.asList(areas);
      return this;
    }

    /** The children's flags given for the child (looked_after ...). */
    Child flags(String... flags) {
      this.flags = List.of(flags);
      return this;
    }

    Child sexQueried() {
      this.sexQueried = true;
      return this;
    }

    /** Scores in framework order (DA SD ED LCT LSL R W NLC C SSM KUW PD CD); null: not assessed. */
    Child scores(int... scores) {
      this.scores = scores;
      return this;
    }

    /** A total made of 6 on every PSED/CLL scale (42) and the rest spread over the others. */
    Child total(int total) {
      int[] s = filled(0);
      Arrays.fill(s, 0, 7, 6);
      int rest = total - 42;
      for (int i = 7; i < 13 && rest > 0; i++) {
        s[i] = Math.min(9, rest);
        rest -= s[i];
      }
      if (rest != 0 || total < 42) {
        // Below 42 a child cannot be secure in PSED and CLL: spread the total from the first scale.
        Arrays.fill(s, 0);
        rest = total;
        for (int i = 0; i < 13 && rest > 0; i++) {
          s[i] = Math.min(9, rest);
          rest -= s[i];
        }
      }
      return scores(s);
    }

    /** One point off DA (so not secure in PSED) and onto a later scale: the same total. */
    Child notSecure() {
      scores = scores.clone();
      scores[0]--;
      for (int i = 7; i < 13; i++) {
        if (scores[i] < 9) {
          scores[i]++;
          break;
        }
      }
      return this;
    }

    Child notAssessed() {
      this.scores = null;
      return this;
    }

    Child pseudonym(String pseudonym) {
      this.pseudonym = pseudonym;
      return this;
    }
  }

  static int[] filled(int score) {
    int[] s = new int[13];
    Arrays.fill(s, score);
    return s;
  }

  static Child child() {
    return new Child();
  }

  TestChildren add(Child c) {
    LocalAuthority la = LAS.get(c.la);
    ProfileRules.Outcome outcome = c.scores == null ? null : new ProfileRules(FSP13).evaluate(c.scores);
    Integer[] scores = new Integer[SCALES.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = c.scores == null ? null : c.scores[i];
    }
    Boolean mostDeprived = c.decile == null ? null : c.decile <= SETTINGS.deprivation().mostDeprivedDeciles();
    children.add(new eyfsp.enrich.Child(c.pseudonym, c.year, FSP13, la, c.estab, eyfsp.domain.Setting.id(c.la, c.estab), c.sex, c.term,
        scores, outcome == null ? null : outcome.total(), outcome != null && outcome.goodLevel(),
        outcome == null ? new boolean[2] : outcome.outcomes(), outcome == null ? null : outcome.secureCount(),
        c.censusMatched, c.fsm, c.language, null, c.ethnicity, c.sen, null, c.rank, c.decile, mostDeprived,
        c.sexQueried, false, c.decile == null, c.flags, c.areas));
    return this;
  }

  /** n children alike. */
  TestChildren add(int n, Child c) {
    for (int i = 0; i < n; i++) {
      add(c);
    }
    return this;
  }

  /** The children counted by LA and year, as the pass counts them. */
  List<LocalCohort> cohorts() {
    LocalCohorts.Counter counter = new LocalCohorts.Counter(SETTINGS);
    counted(counter);
    return counter.cohorts();
  }

  /** The children as the pass would meet them. */
  List<eyfsp.enrich.Child> children() {
    return children;
  }

  /** The children counted by a counter of the test's own. */
  void counted(LocalCohorts.Counter counter) {
    children.forEach(counter::add);
  }

  /** The value of a column in a table row. */
  static Object value(Table table, Row row, String column) {
    return row.get(table.schema().fieldIndex(column));
  }

  /** The row of a table whose filter columns have these values (column, value, column, value, ...). */
  static Row row(Table table, String... filters) {
    List<Row> found = table.rows().stream().filter(r -> {
      for (int i = 0; i < filters.length; i += 2) {
        Object v = value(table, r, filters[i]);
        if (!String.valueOf(v).equals(filters[i + 1])) {
          return false;
        }
      }
      return true;
    }).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " rows of " + table.name() + " match " + Arrays.toString(filters));
    }
    return found.get(0);
  }
}
