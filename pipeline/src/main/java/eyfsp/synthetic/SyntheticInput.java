package eyfsp.synthetic;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Upn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic input in the contract's layout: EYFSP returns and School Census extracts
 * consistent with them (a file of each per LA and year), the deprivation index and the LA lookup.
 * Children's results follow a simple model fitted to the published national picture (domain page
 * §3): a latent attainment raised for girls, autumn-born children and later years, lowered for
 * FSM, deprived areas, EAL and SEN, with LA and school effects. The same seed writes the same
 * bytes. With {@code badRows}, a few rows of every reject reason and every query are planted.
 */
public final class SyntheticInput {

  /**
   * @param seed the seed: same seed, same files
   * @param firstYear the first summer (assessment) year
   * @param years how many consecutive years
   * @param childrenPerYear about how many children a year, across all LAs
   * @param schools about how many schools, across all LAs
   * @param badRows whether to plant rows for every reject reason and query
   * @param dialects whether to vary the CSV dialect between files (BOM, CRLF, header case and order,
   *     year forms, aliases, extra columns), as real extracts do
   */
  public record Spec(long seed, int firstYear, int years, int childrenPerYear, int schools, boolean badRows,
      boolean dialects) {}

  /** What was written, for the caller to report. */
  public record Written(int localAuthorities, int schools, long children, long returnsRows, long censusRows,
      int lsoas) {}

  private static final String[] SCALES = {"DA", "SD", "ED", "LCT", "LSL", "R", "W", "NLC", "C", "SSM", "KUW", "PD", "CD"};
  /** Mean score of a child of average attainment on each scale: Writing lowest, PD highest (2008). */
  private static final double[] SCALE_BASE = {6.9, 6.9, 6.7, 6.6, 6.1, 6.2, 5.7, 6.9, 6.1, 6.5, 6.5, 7.3, 6.6};

  private final Spec spec;
  private final Universe universe;

  public SyntheticInput(Spec spec, Universe universe) {
    this.spec = spec;
    this.universe = universe;
  }

  public Written write(Path dir) {
    try {
      Files.createDirectories(dir.resolve("eyfsp"));
      Files.createDirectories(dir.resolve("census"));
      universe.writeLookup(dir.resolve("local_authorities.csv"), spec.badRows());
      universe.writeDeprivation(dir.resolve("idaci.csv"), spec.badRows());
      Files.writeString(dir.resolve("SYNTHETIC"),
          "Synthetic data written by eyfsp sample (seed " + spec.seed() + "). No real child is in it.\n");
      long[] counts = IntStream.range(0, spec.years()).parallel()
          .mapToObj(i -> writeYear(dir, spec.firstYear() + i))
          .reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
      return new Written(universe.localAuthorities().size(), universe.schoolCount(), counts[0], counts[1], counts[2],
          universe.lsoaCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Children, returns rows and census rows written for one year. */
  private long[] writeYear(Path dir, int year) {
    Dialect dialect = spec.dialects() ? Dialect.forYear(year - spec.firstYear()) : Dialect.PLAIN;
    long children = 0;
    long returnsRows = 0;
    long censusRows = 0;
    List<Universe.LocalAuthority> las = universe.localAuthorities();
    for (int l = 0; l < las.size(); l++) {
      Universe.LocalAuthority la = las.get(l);
      SplittableRandom random = new SplittableRandom(mix(spec.seed(), year, Integer.parseInt(la.code())));
      List<Child> cohort = cohort(la, year, random);
      List<String> rows = new ArrayList<>(cohort.size() + 40);
      List<String> census = new ArrayList<>(cohort.size() + 40);
      for (Child c : cohort) {
        rows.add(dialect.returnsRow(c, year));
        census.addAll(c.censusRows(year));
      }
      children += cohort.size();
      if (spec.badRows() && l == 0) {
        rows.addAll(BadRows.returns(cohort, year, dialect));
        census.addAll(BadRows.census(cohort, year));
      }
      if (spec.badRows() && l == 1) {
        for (Child c : BadRows.queried(cohort, year)) {
          rows.add(dialect.returnsRow(c, year));
          census.addAll(c.censusRows(year));
        }
      }
      returnsRows += rows.size();
      censusRows += census.size();
      writeFile(dir.resolve("eyfsp").resolve("returns_" + la.code() + "_" + year + ".csv"), dialect.returnsHeader(),
          rows, dialect.crlf(), dialect.bom());
      // Each LA extracts its own census, as LAs do.
      writeFile(dir.resolve("census").resolve("census_" + la.code() + "_" + year + ".csv"), Child.CENSUS_HEADER,
          census, false, false);
    }
    return new long[] {children, returnsRows, censusRows};
  }

  private List<Child> cohort(Universe.LocalAuthority la, int year, SplittableRandom random) {
    double trend = 0.085 * (year - 2009);
    List<Child> children = new ArrayList<>();
    for (Universe.School school : la.schools()) {
      int size = Math.max(3, (int) Math.round(school.size() * (0.9 + 0.2 * random.nextDouble())));
      for (int serial = 1; serial <= size && serial <= 999; serial++) {
        children.add(child(la, school, year, serial, trend, random));
      }
    }
    return children;
  }

  private Child child(Universe.LocalAuthority la, Universe.School school, int year, int serial, double trend,
      SplittableRandom random) {
    Universe.Lsoa lsoa = school.catchment().get(random.nextInt(school.catchment().size()));
    double deprivation = lsoa.deprivation();
    boolean girl = random.nextDouble() < 0.49;
    LocalDate start = LocalDate.of(year - 6, 9, 1);
    LocalDate dob = start.plusDays(random.nextInt(365));
    int month = dob.getMonthValue();
    double term = month >= 9 ? 0.27 : month <= 4 ? 0.0 : -0.30;
    boolean fsm = random.nextDouble() < 0.02 + 0.36 * Math.pow(deprivation, 1.5);
    boolean eal = random.nextDouble() < la.ealShare() * (0.6 + 0.8 * deprivation);
    double senDraw = random.nextDouble() * (girl ? 1.0 : 0.75);
    String sen = senDraw < 0.025 ? (random.nextBoolean() ? "S" : "E")
        : senDraw < 0.13 ? new String[] {"A", "P", "K"}[random.nextInt(3)] : "N";
    double senEffect = sen.equals("N") ? 0 : sen.equals("S") || sen.equals("E") ? -2.0 : -1.15;
    // Calibrated (by simulation) to the domain page's 2008/09 picture: GLD about 51%, gap about 35%,
    // girls 60% and boys 42%, FSM 33% and others 54%, EAL 42% and English 54%, SEN 14% and none 58%,
    // writing 63% secure and PD 88%, LAs spread about 40% to 60%; later years rise about 3-4 points.
    double z = 0.8 + 0.8 * gaussian(random) + la.effect() + school.effect() + trend + (girl ? 0.22 : -0.22) + term
        + (fsm ? -0.5 : 0) - 0.35 * deprivation + (eal ? -0.3 : 0) + senEffect;
    String[] scores = new String[SCALES.length];
    double roll = random.nextDouble();
    for (int s = 0; s < SCALES.length; s++) {
      if (roll < 0.004) {
        scores[s] = "A";
      } else if (roll < 0.005) {
        scores[s] = "0";
      } else {
        long score = Math.round(SCALE_BASE[s] + 1.55 * z + 0.85 * gaussian(random));
        scores[s] = Long.toString(Math.max(0, Math.min(9, score)));
      }
    }
    String upn = upn(la.code(), school.estab(), (year - 1) % 100, serial);
    Ethnicity ethnicity = Ethnicity.draw(eal, random);
    boolean inCensus = random.nextDouble() < 0.985;
    String homeLsoa = random.nextDouble() < 0.01 ? "" : lsoa.code();
    String language = eal ? ethnicity.language(random) : random.nextDouble() < 0.01 ? "NOT" : "ENG";
    return new Child(upn, la.code(), school.estab(), dob, girl ? "F" : "M", scores, inCensus,
        fsm ? "Y" : "N", language, ethnicity.code(), sen, homeLsoa);
  }

  /** A valid UPN issued by an LA and school in a year, with its serial. */
  static String upn(String la, String estab, int issueYear, int serial) {
    String rest = la + estab + String.format(Locale.ROOT, "%02d%03d", issueYear, serial);
    return Upn.checkLetter(rest) + rest;
  }

  static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static long mix(long seed, int year, int la) {
    long h = seed * 0x9E3779B97F4A7C15L + year * 0xBF58476D1CE4E5B9L + la * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return h * 0x9E3779B97F4A7C15L;
  }

  static void writeFile(Path file, String header, List<String> rows, boolean crlf, boolean bom) {
    String eol = crlf ? "\r\n" : "\n";
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      if (bom) {
        w.write('\uFEFF');
      }
      w.write(header);
      w.write(eol);
      for (String row : rows) {
        w.write(row);
        w.write(eol);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One synthetic child and their census row. */
  record Child(String upn, String la, String estab, LocalDate dob, String sex, String[] scores, boolean inCensus,
      String fsm, String language, String ethnicity, String sen, String lsoa) {

    static final String CENSUS_HEADER = "academic_year,upn,fsm_eligible,first_language,ethnicity,sen_provision,home_lsoa";

    Child withScore(int scale, String value) {
      String[] changed = scores.clone();
      changed[scale] = value;
      return new Child(upn, la, estab, dob, sex, changed, inCensus, fsm, language, ethnicity, sen, lsoa);
    }

    Child with(String upn, String la, String estab, LocalDate dob, String sex) {
      return new Child(upn, la, estab, dob, sex, scores, inCensus, fsm, language, ethnicity, sen, lsoa);
    }

    List<String> censusRows(int year) {
      if (!inCensus) {
        return List.of();
      }
      return List.of(censusRow(year, upn, fsm, ethnicity, sen, lsoa));
    }

    String censusRow(int year, String upn, String fsm, String ethnicity, String sen, String lsoa) {
      return String.join(",", Integer.toString(year), upn, fsm, language, ethnicity, sen, lsoa);
    }
  }

  /** How the files of a year are written, so that every contract dialect rule is exercised. */
  enum Dialect {
    PLAIN, WINDOWS, ALIASED;

    static Dialect forYear(int index) {
      return values()[index % values().length];
    }

    boolean crlf() {
      return this == WINDOWS;
    }

    boolean bom() {
      return this == WINDOWS;
    }

    String returnsHeader() {
      return switch (this) {
        case PLAIN -> "academic_year,la_code,estab,upn,date_of_birth,sex," + String.join(",", SCALES);
        // Upper case, another order, and an extra column the contract says to ignore.
        case WINDOWS -> "UPN,Academic_Year,LA_Code,Estab,Sex,Date_of_Birth," + String.join(",", SCALES) + ",Notes";
        // Names an LA's own extract might use, mapped by the aliases in conf.
        case ALIASED -> "acyear,la,estab_number,upn,dob,gender," + String.join(",", SCALES);
      };
    }

    String returnsRow(Child c, int year) {
      String scores = String.join(",", c.scores());
      return switch (this) {
        case PLAIN, ALIASED -> String.join(",", year(year), c.la(), c.estab(), c.upn(), date(c.dob()), c.sex(), scores);
        case WINDOWS -> String.join(",", c.upn(), year(year), c.la(), c.estab(), c.sex(), date(c.dob()), scores,
            "\"entered, \"\"as recorded\"\"\"");
      };
    }

    /** The academic year in this dialect's form: 2009, 2008/09 or 200809. */
    String year(int year) {
      return switch (this) {
        case PLAIN -> Integer.toString(year);
        case WINDOWS -> AcademicYear.label(year);
        case ALIASED -> String.format(Locale.ROOT, "%d%02d", year - 1, year % 100);
      };
    }

    String date(LocalDate dob) {
      return this == WINDOWS
          ? String.format(Locale.ROOT, "%02d/%02d/%d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear())
          : dob.toString();
    }
  }
}
