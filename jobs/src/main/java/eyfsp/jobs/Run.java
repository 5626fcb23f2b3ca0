package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Areas;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Reject;
import eyfsp.domain.Settings;
import eyfsp.enrich.ChildMerge;
import eyfsp.enrich.ChildTable;
import eyfsp.enrich.Enrichment;
import eyfsp.enrich.Pseudonym;
import eyfsp.io.CsvFiles;
import eyfsp.io.FileSource;
import eyfsp.io.InputFiles;
import eyfsp.io.InputFiles.InputFile;
import eyfsp.io.OutputFolder;
import eyfsp.measures.Breakdowns;
import eyfsp.measures.DataQuality;
import eyfsp.measures.GeographicLevel;
import eyfsp.measures.LocalCohort;
import eyfsp.measures.LocalCohorts;
import eyfsp.measures.Measures;
import eyfsp.measures.Table;
import eyfsp.quality.AreaLookup;
import eyfsp.quality.CensusRowCheck;
import eyfsp.quality.DeprivationIndex;
import eyfsp.quality.FileAccount;
import eyfsp.quality.FlagRowCheck;
import eyfsp.quality.InputPart;
import eyfsp.quality.LocalAuthorityLookup;
import eyfsp.quality.Query;
import eyfsp.quality.ReturnRowCheck;
import eyfsp.quality.RowAccounting;
import eyfsp.quality.RowChecks;
import eyfsp.quality.SchoolDirectory;
import eyfsp.quality.SmallFileCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The computing stages of one run: read the lookups and every file's header (before Spark starts,
 * so that a file refused whole is refused at once), check, match and count the children in one
 * pass ({@link ChildPass}), then measure. Each stage reports one line; nothing here writes an output
 * but the child-level table, which the pass writes into the run's folder.
 */
final class Run {

  /** Where the child-level table goes in a run's outputs. */
  static final String CHILDREN = "internal/parquet/children";

  /** What the run computed, for the outputs, the summary and the manifest. */
  record Result(
      List<FileAccount> accounts,
      Map<String, List<Reject>> rejects,
      Map<String, Long> queries,
      long children,
      long censusMatched,
      long childrenInOutput,
      List<LocalAuthority> measuredLas,
      List<Integer> timePeriods,
      List<Table> tables,
      boolean complete) {}

  /** The inputs read on the driver: the lookups, and the large files with their headers, ready to check. */
  record Prepared(
      LocalAuthorityLookup.Result las,
      Optional<SmallFileCheck<DeprivationIndex.Area>> deprivation,
      Optional<SchoolDirectory.Result> schools,
      Optional<AreaLookup.Result> areas,
      RowChecks checks) {

    Areas homeAreas() {
      return areas.map(AreaLookup.Result::areas).orElse(Areas.none());
    }
  }

  private final RunOptions options;
  private final Settings settings;
  private final Progress progress;

  Run(RunOptions options, Settings settings, Progress progress) {
    this.options = options;
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Reads the lookups and the returns' and census files' headers on the driver: everything that
   * refuses a file whole does so here, before Spark starts.
   */
  Prepared prepare(FileSource source, InputFiles inputs) {
    progress.stage("read", inputs.root());
    LocalAuthorityLookup.Result las = LocalAuthorityLookup.read(source, inputs.localAuthorities(), settings);
    requireKnownLas(las.byCode());
    Optional<SmallFileCheck<DeprivationIndex.Area>> deprivation =
        inputs.deprivation().map(f -> DeprivationIndex.read(source, f, settings));
    Optional<SchoolDirectory.Result> schools = inputs.schools().map(f -> SchoolDirectory.read(source, f, settings));
    Optional<AreaLookup.Result> areas = inputs.areas().map(f -> AreaLookup.read(source, f, settings));

    ReturnRowCheck returnCheck = new ReturnRowCheck(settings, las.byCode().keySet());
    CensusRowCheck censusCheck = new CensusRowCheck(settings.census());
    List<InputPart> parts = new ArrayList<>();
    boolean anyReturnRow = false;
    for (InputFile file : inputs.returns()) {
      CsvFiles.Header header = CsvFiles.header(source, file, ReturnRowCheck.FIELDS, returnCheck.resultColumns(),
          settings::aliasesOf);
      parts.add(new InputPart(parts.size(), InputPart.Kind.RETURNS, file, header.map()));
      anyReturnRow |= header.hasRows();
    }
    for (InputFile file : inputs.census()) {
      CsvFiles.Header header = CsvFiles.header(source, file, CensusRowCheck.REQUIRED, CensusRowCheck.OPTIONAL,
          settings::aliasesOf);
      parts.add(new InputPart(parts.size(), InputPart.Kind.CENSUS, file, header.map()));
    }
    for (InputFile file : inputs.childrenFlags()) {
      CsvFiles.Header header = CsvFiles.header(source, file, FlagRowCheck.REQUIRED, List.of(), settings::aliasesOf);
      parts.add(new InputPart(parts.size(), InputPart.Kind.FLAGS, file, header.map()));
    }
    // Each returns file's header is resolved here: a file without every result column of some framework
    // is refused, naming one it lacks.
    RowChecks checks = new RowChecks(returnCheck, censusCheck, new FlagRowCheck(settings.childrenFlags().keySet()),
        parts);
    if (!anyReturnRow) {
      throw new InputRefusedException("The returns hold no rows (every file in eyfsp/ has only a header, or nothing)"
          + ": there is nothing to measure.");
    }
    return new Prepared(las, deprivation, schools, areas, checks);
  }

  /**
   * @param base the run published at the output folder; a slice's children are merged into its
   *     children (other slices' rows untouched), and every table is computed again from them
   */
  Result compute(SparkSession spark, FileSource source, InputFiles inputs, Prepared prepared, PseudonymKey key,
      Optional<PublishedRun> base, OutputFolder folder) {
    Map<String, LocalAuthority> las = prepared.las().byCode();
    progress.stage("check", "rows checked, matched to the census, counted and written in one pass");
    Enrichment enrichment = new Enrichment(las,
        prepared.deprivation().map(SmallFileCheck::accepted).orElse(List.of()), prepared.deprivation().isPresent(),
        settings.deprivation().mostDeprivedDeciles(), new Pseudonym(key.key()), prepared.homeAreas());
    LocalCohort.Plans plans = LocalCohort.Plans.of(settings,
        Breakdowns.topics(settings, !inputs.childrenFlags().isEmpty()), prepared.homeAreas().types());
    ChildTable table = new ChildTable(settings.frameworks());
    ChildPass.Slice slice = new ChildPass.Slice(options.years(), options.las());
    String childrenPath = folder.path(CHILDREN);
    ChildPass.Result pass;
    try {
      pass = ChildPass.run(spark, source, prepared.checks(), new ChildMerge(prepared.checks(), enrichment), plans, table,
          slice, childrenPath);
    } catch (Exception e) {
      // Spark's exceptions are checked exceptions Java cannot see coming.
      throw failure(e);
    }

    Map<String, List<Reject>> rejects = new LinkedHashMap<>();
    rejects.put("eyfsp", pass.rejects.stream().filter(r -> r.sourceFile().startsWith("eyfsp/")).toList());
    rejects.put("census", pass.rejects.stream().filter(r -> r.sourceFile().startsWith("census/")).toList());
    rejects.put("children_flags",
        pass.rejects.stream().filter(r -> r.sourceFile().startsWith("children_flags/")).toList());
    rejects.put("idaci", prepared.deprivation().map(SmallFileCheck::rejects).orElse(List.of()));
    rejects.put("local_authorities", prepared.las().check().rejects());
    rejects.put("schools", prepared.schools().map(s -> s.check().rejects()).orElse(List.of()));
    rejects.put("areas", prepared.areas().map(a -> a.check().rejects()).orElse(List.of()));
    List<FileAccount> accounts = new ArrayList<>();
    accounts.addAll(accounts("eyfsp", InputPart.Kind.RETURNS, prepared.checks(), pass, rejects.get("eyfsp")));
    accounts.addAll(accounts("census", InputPart.Kind.CENSUS, prepared.checks(), pass, rejects.get("census")));
    accounts.addAll(accounts("children_flags", InputPart.Kind.FLAGS, prepared.checks(), pass,
        rejects.get("children_flags")));
    prepared.deprivation().ifPresent(d -> accounts.add(d.account("idaci")));
    accounts.add(prepared.las().check().account("local_authorities"));
    prepared.schools().ifPresent(s -> accounts.add(s.check().account("schools")));
    prepared.areas().ifPresent(a -> accounts.add(a.check().account("areas")));
    RowAccounting.requireBalanced(accounts);
    RowAccounting.requireAcceptableShare(accounts, rejects, settings.quality().maxRejectedShare());
    if (pass.writeFailure != null) {
      throw eyfsp.io.OutputFailedException.writing(pass.writeFailure);
    }

    boolean merging = options.isSlice() && base.isPresent();
    LocalCohorts.Counter children = pass.counter;
    if (options.isSlice() && children.children() == 0) {
      throw new UsageException("The input holds no accepted returns for the slice asked (" + sliceWords()
          + "): there is nothing to measure.");
    }
    if (merging) {
      try {
        children = new LocalCohorts.Counter(plans).addAll(children).addAll(ChildPass.earlier(spark, source,
            base.get().childrenPath(), table, las, plans, slice, childrenPath, options.output()));
      } catch (Exception e) {
        throw failure(e);
      }
    }

    // Regional and National rows need every LA: a slice by LA has them only when merged into an
    // output that had them all.
    boolean complete = options.las().isEmpty()
        ? !merging || base.get().complete()
        : merging && base.get().complete();

    progress.stage("measure", merging ? "tables from this slice and the earlier output's other rows"
        : "tables by year at each level");
    List<GeographicLevel> levels = complete
        ? List.of(GeographicLevel.NATIONAL, GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY)
        : List.of(GeographicLevel.LOCAL_AUTHORITY);
    Map<String, eyfsp.domain.School> schools = prepared.schools().map(SchoolDirectory.Result::byLaestab)
        .orElse(Map.of());
    List<Table> tables = new ArrayList<>(Measures.compute(children.cohorts(), levels, settings, schools, las,
        prepared.homeAreas()));
    tables.add(DataQuality.rejects(rejects, las, schools));

    // The children measured, from the data-quality table's LA rows: every child counted must be one
    // accepted, no more and no fewer.
    Table quality = tables.stream().filter(t -> t.name().equals(DataQuality.QUALITY)).findFirst().orElseThrow();
    Map<String, Long> inSlice = laCounts(quality, true);
    long sliceCount = inSlice.get("children_accepted_number");
    long expected = options.isSlice() ? pass.counter.children()
        : accounts.stream().filter(a -> a.kind().equals("eyfsp")).mapToLong(FileAccount::accepted).sum();
    if (sliceCount != expected) {
      throw new IllegalStateException(String.format(
          "Enrichment changed the number of children: %d accepted, %d after enrichment.", expected, sliceCount));
    }
    long matched = inSlice.get("census_matched_number");
    Map<String, Long> queries = new LinkedHashMap<>();
    queries.put(Query.SEX_NOT_M_OR_F.name(), inSlice.get("sex_queried_number"));
    queries.put(Query.BIRTH_DATE_OUTSIDE_COHORT.name(), inSlice.get("birth_date_queried_number"));
    queries.put(Query.NO_CENSUS_MATCH.name(), sliceCount - matched);
    queries.put(Query.LSOA_NOT_IN_DEPRIVATION_FILE.name(), inSlice.get("lsoa_queried_number"));

    TreeSet<String> measured = new TreeSet<>();
    TreeSet<Integer> periods = new TreeSet<>();
    Table attainment = tables.get(0);
    int laColumn = attainment.schema().fieldIndex("old_la_code");
    int periodColumn = attainment.schema().fieldIndex("time_period");
    for (Row r : attainment.rows()) {
      if (!r.isNullAt(laColumn)) {
        measured.add(r.getString(laColumn));
      }
      periods.add(r.getInt(periodColumn));
    }
    long childrenInOutput = laCounts(quality, false).get("children_accepted_number");
    return new Result(accounts, rejects, queries, sliceCount, matched, childrenInOutput,
        measured.stream().map(las::get).filter(Objects::nonNull).toList(), List.copyOf(periods), tables, complete);
  }

  /** Each file's account of one kind: read and kept as the pass counted them, rejected as quarantined. */
  private static List<FileAccount> accounts(String kind, InputPart.Kind of, RowChecks checks, ChildPass.Result pass,
      List<Reject> rejects) {
    List<InputFile> files = new ArrayList<>();
    Map<String, Long> read = new HashMap<>();
    Map<String, Long> accepted = new HashMap<>();
    for (InputPart part : checks.parts()) {
      if (part.kind() == of) {
        files.add(part.file());
        read.put(part.file().name(), pass.read[part.index()]);
        accepted.put(part.file().name(), pass.accepted[part.index()]);
      }
    }
    return RowAccounting.accounts(kind, files, read, new RowAccounting.Judged(accepted, rejects));
  }

  /**
   * A failure inside the pass: a file that could not be read is refused as it would be on the
   * driver, a file that could not be written is an output failure, anything else as it came.
   */
  private static RuntimeException failure(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRefusedException refused) {
        return refused;
      }
      if (cause instanceof eyfsp.domain.InvalidSettingsException invalid) {
        return invalid;
      }
    }
    return RunCommand.outputFailure(e);
  }

  /** The slice asked, in words: --years 2015 --la 873. */
  private String sliceWords() {
    List<String> words = new ArrayList<>();
    if (!options.years().isEmpty()) {
      words.add("--years " + String.join(",", options.years().stream().map(AcademicYear::label).toList()));
    }
    if (!options.las().isEmpty()) {
      words.add("--la " + String.join(",", options.las()));
    }
    return String.join(" ", words);
  }

  private void requireKnownLas(Map<String, LocalAuthority> las) {
    for (String la : options.las()) {
      if (!las.containsKey(la)) {
        throw new UsageException("--la " + la + " is not an LA in the LA lookup.");
      }
    }
  }

  /** The data-quality counts summed over the table's LA rows: of the slice's LAs and years only, or of all. */
  private Map<String, Long> laCounts(Table quality, boolean sliceOnly) {
    List<String> counts = DataQuality.QUALITY_INDICATORS.stream().filter(i -> i.isCount()).map(i -> i.name()).toList();
    int[] columns = counts.stream().mapToInt(quality.schema()::fieldIndex).toArray();
    long[] sums = new long[columns.length];
    int level = quality.schema().fieldIndex("geographic_level");
    int la = quality.schema().fieldIndex("old_la_code");
    int period = quality.schema().fieldIndex("time_period");
    for (Row r : quality.rows()) {
      if (GeographicLevel.LOCAL_AUTHORITY.label().equals(r.getString(level))
          && (!sliceOnly || inSlice(AcademicYear.summerYearOf(r.getInt(period)), r.getString(la)))) {
        for (int c = 0; c < columns.length; c++) {
          sums[c] += r.getLong(columns[c]);
        }
      }
    }
    Map<String, Long> byName = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      byName.put(counts.get(c), sums[c]);
    }
    return byName;
  }

  /** Whether a year (its summer) and LA are in the asked slice (all are when no slice was asked). */
  private boolean inSlice(int summerYear, String la) {
    return (options.years().isEmpty() || options.years().contains(summerYear))
        && (options.las().isEmpty() || options.las().contains(la));
  }
}
