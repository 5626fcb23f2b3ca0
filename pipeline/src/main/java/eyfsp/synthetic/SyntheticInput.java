package eyfsp.synthetic;

import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import eyfsp.domain.Upn;
import eyfsp.io.SettingsFile;
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
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic input in the contract's layout: EYFSP returns and School Census extracts
 * consistent with them (a file of each per LA and year), the deprivation index and the LA lookup.
 * Each year is written under the framework conf puts it in, with that framework's result columns.
 * Children's results follow a simple model fitted to the published national picture of each
 * framework (domain page §3; {@link AttainmentModel}): a latent attainment raised for girls,
 * autumn-born children and later years, lowered for FSM, deprived areas, EAL and SEN, with LA and
 * setting effects. With {@code pviSettings}, about 2% of children are in PVI settings, under their
 * early years URN in the LA's return, with an Early Years Census extract of their own. The same seed
 * writes the same bytes. With {@code badRows}, a few rows of every reject reason and every query are
 * planted.
 */
public final class SyntheticInput {

  /**
   * @param seed the seed: same seed, same files
   * @param summers the summer (assessment) years to write, each under its own framework
   * @param childrenPerYear about how many children a year in schools, across all LAs
   * @param schools about how many schools, across all LAs
   * @param badRows whether to plant rows for every reject reason and query
   * @param dialects whether to vary the CSV dialect between files (BOM, CRLF, header case and order,
   *     year forms, aliases, extra columns), as real extracts do
   * @param pviSettings whether to write the children of the universe's PVI settings (about 2% more)
   */
  public record Spec(long seed, List<Integer> summers, int childrenPerYear, int schools, boolean badRows,
      boolean dialects, boolean pviSettings) {

    public Spec {
      summers = List.copyOf(summers);
      if (summers.isEmpty() || summers.stream().distinct().count() != summers.size()) {
        throw new IllegalArgumentException("summers must be distinct and at least one: " + summers);
      }
    }

    /** Consecutive summers from firstYear, schools only: the input the benchmark and most tests are built on. */
    public Spec(long seed, int firstYear, int years, int childrenPerYear, int schools, boolean badRows,
        boolean dialects) {
      this(seed, IntStream.range(firstYear, firstYear + years).boxed().toList(), childrenPerYear, schools, badRows,
          dialects, false);
    }
  }

  /** What was written, for the caller to report. */
  public record Written(int localAuthorities, int schools, int pviSettings, long children, long pviChildren,
      long returnsRows, long censusRows, int lsoas) {}

  /**
   * Summers in which no profile was collected: DfE cancelled the 2019/20 and 2020/21 collections
   * (coronavirus; domain page §1), though elg17's years run to 2020/21.
   */
  public static final Set<Integer> NOT_COLLECTED = Set.of(2020, 2021);

  /** Why a summer cannot be written (in a clause after the year), or empty when it can. */
  public static Optional<String> unwritable(int summer, Settings settings) {
    if (NOT_COLLECTED.contains(summer)) {
      return Optional.of("when no profile was collected (DfE cancelled the 2019/20 and 2020/21 collections)");
    }
    if (settings.frameworkOf(summer).isEmpty()) {
      return Optional.of("which is in no framework's years (" + String.join(", ",
          settings.frameworks().stream().map(f -> f.code() + " " + f.years()).toList()) + ")");
    }
    return Optional.empty();
  }

  /**
   * The first of {@code years} consecutive summers under a framework: from the year its model is
   * fitted to, or earlier where those years would leave the framework's collected years (five fsp13
   * years are 2008 to 2012; three elg17 years 2017 to 2019).
   */
  public static int defaultFirstYear(Framework framework, int years, Settings settings) {
    int calibration = AttainmentModel.of(framework).calibrationYear();
    for (int first = calibration; first >= framework.firstAssessmentYear(); first--) {
      int from = first;
      if (IntStream.range(from, from + years).allMatch(y -> unwritable(y, settings).isEmpty()
          && settings.frameworkOf(y).orElseThrow().code().equals(framework.code()))) {
        return first;
      }
    }
    return calibration;
  }

  private final Spec spec;
  private final Universe universe;
  private final Settings settings;

  /** A generator of the default conf's frameworks. */
  public SyntheticInput(Spec spec, Universe universe) {
    this.spec = spec;
    this.universe = universe;
    this.settings = SettingsFile.defaults();
    for (int summer : spec.summers()) {
      unwritable(summer, settings).ifPresent(why -> {
        throw new IllegalArgumentException("summer " + summer + " cannot be written, " + why + ".");
      });
    }
  }

  public Written write(Path dir) {
    try {
      Files.createDirectories(dir.resolve("eyfsp"));
      Files.createDirectories(dir.resolve("census"));
      universe.writeLookup(dir.resolve("local_authorities.csv"), spec.badRows());
      universe.writeDeprivation(dir.resolve("idaci.csv"), spec.badRows());
      Files.writeString(dir.resolve("SYNTHETIC"),
          "Synthetic data written by eyfsp sample (seed " + spec.seed() + "). No real child is in it.\n");
      long[] counts = IntStream.range(0, spec.summers().size()).parallel()
          .mapToObj(i -> writeYear(dir, i, spec.summers().get(i)))
          .reduce(new long[4], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
      return new Written(universe.localAuthorities().size(), universe.schoolCount(),
          spec.pviSettings() ? universe.pviSettingCount() : 0, counts[0], counts[1], counts[2], counts[3],
          universe.lsoaCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Children, PVI settings' children, returns rows and census rows written for one year. */
  private long[] writeYear(Path dir, int index, int year) {
    Framework framework = settings.frameworkOf(year).orElseThrow();
    AttainmentModel model = AttainmentModel.of(framework);
    Dialect dialect = spec.dialects() ? Dialect.forYear(index) : Dialect.PLAIN;
    String header = dialect.returnsHeader(dialect.resultNames(framework.scaleCodes(), settings));
    long children = 0;
    long pviChildren = 0;
    long returnsRows = 0;
    long censusRows = 0;
    List<Universe.LocalAuthority> las = universe.localAuthorities();
    for (int l = 0; l < las.size(); l++) {
      Universe.LocalAuthority la = las.get(l);
      SplittableRandom random = new SplittableRandom(mix(spec.seed(), year, Integer.parseInt(la.code())));
      List<Child> cohort = cohort(la, year, model, random);
      List<Child> pvi = spec.pviSettings() ? pviCohort(la, year, model) : List.of();
      List<String> rows = new ArrayList<>(cohort.size() + pvi.size() + 40);
      List<String> census = new ArrayList<>(cohort.size() + 40);
      for (Child c : cohort) {
        rows.add(dialect.returnsRow(c, year));
        census.addAll(c.censusRows(year));
      }
      List<String> earlyYearsCensus = new ArrayList<>(pvi.size());
      for (Child c : pvi) {
        rows.add(dialect.returnsRow(c, year));
        earlyYearsCensus.addAll(c.censusRows(year));
      }
      children += cohort.size() + pvi.size();
      pviChildren += pvi.size();
      if (spec.badRows() && l == 0) {
        rows.addAll(BadRows.returns(cohort, year, dialect, framework));
        census.addAll(BadRows.census(cohort, year));
      }
      if (spec.badRows() && l == 1) {
        for (Child c : BadRows.queried(cohort, year)) {
          rows.add(dialect.returnsRow(c, year));
          census.addAll(c.censusRows(year));
        }
      }
      // The cases of several frameworks and of PVI settings, in a file of their own so that no file
      // comes near the share of rejected rows that refuses it.
      if (spec.badRows() && l == Math.min(2, las.size() - 1)) {
        rows.addAll(BadRows.frameworksAndSettings(cohort, pvi, year, otherFrameworkYear(year, framework), dialect,
            framework));
      }
      returnsRows += rows.size();
      censusRows += census.size() + earlyYearsCensus.size();
      writeFile(dir.resolve("eyfsp").resolve("returns_" + la.code() + "_" + year + ".csv"), header, rows,
          dialect.crlf(), dialect.bom());
      // Each LA extracts its own census, as LAs do; its PVI settings' children are in the Early Years Census.
      writeFile(dir.resolve("census").resolve("census_" + la.code() + "_" + year + ".csv"), Child.CENSUS_HEADER,
          census, false, false);
      if (!pvi.isEmpty()) {
        writeFile(dir.resolve("census").resolve("early_years_census_" + la.code() + "_" + year + ".csv"),
            Child.CENSUS_HEADER, earlyYearsCensus, false, false);
      }
    }
    return new long[] {children, pviChildren, returnsRows, censusRows};
  }

  /** The year nearest a summer (earlier on a tie) that another framework holds: a row of last year's return, say. */
  private int otherFrameworkYear(int year, Framework framework) {
    for (int d = 1; ; d++) {
      for (int other : new int[] {year - d, year + d}) {
        Optional<Framework> f = settings.frameworkOf(other);
        if (f.isPresent() && !f.get().code().equals(framework.code())) {
          return other;
        }
      }
    }
  }

  /** Where a child is assessed: the estab in the return, the number UPNs are issued under, its effect, its area. */
  private record Provider(String estab, String upnEstab, double effect, List<Universe.Lsoa> catchment) {}

  private List<Child> cohort(Universe.LocalAuthority la, int year, AttainmentModel model, SplittableRandom random) {
    double trend = model.trend(year);
    List<Child> children = new ArrayList<>();
    for (Universe.School school : la.schools()) {
      int size = Math.max(3, (int) Math.round(school.size() * (0.9 + 0.2 * random.nextDouble())));
      Provider provider = new Provider(school.estab(), school.estab(), school.effect(), school.catchment());
      for (int serial = 1; serial <= size && serial <= 999; serial++) {
        children.add(child(la, provider, year, serial, trend, model, random));
      }
    }
    return children;
  }

  /** The children of an LA's PVI settings in a year, 5 to 20 a setting. */
  private List<Child> pviCohort(Universe.LocalAuthority la, int year, AttainmentModel model) {
    // A stream of draws of their own (no LA number is over 999), so that the schools' children are the
    // same with PVI settings or without.
    SplittableRandom random = new SplittableRandom(mix(spec.seed(), year, 1000 + Integer.parseInt(la.code())));
    double trend = model.trend(year);
    List<Child> children = new ArrayList<>();
    for (Universe.PviSetting setting : la.pviSettings()) {
      int size = (int) Math.max(Universe.PVI_MIN_CHILDREN, Math.min(Universe.PVI_MAX_CHILDREN,
          Math.round(setting.size() * (0.7 + 0.6 * random.nextDouble()))));
      Provider provider = new Provider(setting.urn(), setting.upnEstab(), setting.effect(), setting.catchment());
      for (int serial = 1; serial <= size; serial++) {
        children.add(child(la, provider, year, serial, trend, model, random));
      }
    }
    return children;
  }

  private Child child(Universe.LocalAuthority la, Provider provider, int year, int serial, double trend,
      AttainmentModel model, SplittableRandom random) {
    Universe.Lsoa lsoa = provider.catchment().get(random.nextInt(provider.catchment().size()));
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
    // The latent attainment, the same in every framework; its effects are fitted to the 13-scale
    // profile's 2008/09 picture (ScaleModel), and each framework's model turns it into its results.
    double z = 0.8 + 0.8 * gaussian(random) + la.effect() + provider.effect() + trend + (girl ? 0.22 : -0.22) + term
        + (fsm ? -0.5 : 0) - 0.35 * deprivation + (eal ? -0.3 : 0) + senEffect;
    String[] scores = model.results(z, random);
    String upn = upn(la.code(), provider.upnEstab(), (year - 1) % 100, serial);
    Ethnicity ethnicity = Ethnicity.draw(eal, random);
    boolean inCensus = random.nextDouble() < 0.985;
    String homeLsoa = random.nextDouble() < 0.01 ? "" : lsoa.code();
    String language = eal ? ethnicity.language(random) : random.nextDouble() < 0.01 ? "NOT" : "ENG";
    return new Child(upn, la.code(), provider.estab(), dob, girl ? "F" : "M", scores, inCensus,
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
}
