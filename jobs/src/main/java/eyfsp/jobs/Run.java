package eyfsp.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.InvalidSettingsException;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import eyfsp.enrich.Children;
import eyfsp.enrich.Pseudonym;
import eyfsp.io.CsvFiles;
import eyfsp.io.DeprivationIndex;
import eyfsp.io.FileSource;
import eyfsp.io.InputFiles;
import eyfsp.io.InputFiles.InputFile;
import eyfsp.io.LocalAuthorityLookup;
import eyfsp.io.OutputFolder;
import eyfsp.io.SchoolDirectory;
import eyfsp.measures.DataQuality;
import eyfsp.measures.GeographicLevel;
import eyfsp.measures.Measures;
import eyfsp.measures.Table;
import eyfsp.quality.Census;
import eyfsp.quality.CensusRowCheck;
import eyfsp.quality.Duplicates;
import eyfsp.quality.FileAccount;
import eyfsp.quality.FileRows;
import eyfsp.quality.Query;
import eyfsp.quality.Reject;
import eyfsp.quality.ReturnRowCheck;
import eyfsp.quality.Returns;
import eyfsp.quality.RowAccounting;
import eyfsp.quality.SmallFileCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The computing stages of one run: read, check, enrich, measure. Each calls the library and
 * reports one line; nothing here writes an output.
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
      Dataset<Row> childLevel,
      boolean complete) {}

  private final RunOptions options;
  private final Settings settings;
  private final Progress progress;

  Run(RunOptions options, Settings settings, Progress progress) {
    this.options = options;
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * @param base the run published at the output folder; a slice's children are merged into its
   *     children (other slices' rows untouched), and every table is computed again from them
   */
  Result compute(SparkSession spark, FileSource source, InputFiles inputs, PseudonymKey key,
      Optional<PublishedRun> base, OutputFolder folder) {
    progress.stage("read", inputs.root());
    LocalAuthorityLookup.Result las = LocalAuthorityLookup.read(source, inputs.localAuthorities(), settings);
    requireKnownLas(las.byCode());
    Optional<SmallFileCheck<DeprivationIndex.Area>> deprivation =
        inputs.deprivation().map(f -> DeprivationIndex.read(source, f, settings));
    Optional<SchoolDirectory.Result> schools = inputs.schools().map(f -> SchoolDirectory.read(source, f, settings));

    ReturnRowCheck returnCheck = new ReturnRowCheck(settings, las.byCode().keySet());
    CensusRowCheck censusCheck = new CensusRowCheck(settings.census());
    List<FileRows.Part> returnParts = parts(source, inputs.returns(), returnCheck.requiredColumns(), List.of());
    List<FileRows.Part> censusParts = parts(source, inputs.census(), CensusRowCheck.REQUIRED, CensusRowCheck.OPTIONAL);
    Dataset<Row> returnsRead = Returns.read(spark, source, returnParts, returnCheck)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> censusRead = Census.read(spark, source, censusParts, censusCheck)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> returnRowsRead = RowAccounting.read(returnsRead);
    Map<String, Long> censusRowsRead = RowAccounting.read(censusRead);
    if (read(returnRowsRead) == 0) {
      throw new InputRefusedException("The returns hold no rows (every file in eyfsp/ has only a header, or nothing)"
          + ": there is nothing to measure.");
    }

    progress.stage("check", String.format("%,d return rows, %,d census rows",
        read(returnRowsRead), read(censusRowsRead)));
    Dataset<Row> returns = Duplicates.mark(returnsRead, Returns.contents(source, returnParts, returnCheck),
        "upn", "academic_year");
    Dataset<Row> census = Duplicates.mark(censusRead, Census.contents(source, censusParts, censusCheck),
        "upn", "academic_year");
    RowAccounting.Judged returnsJudged = RowAccounting.judged(returns);
    RowAccounting.Judged censusJudged = RowAccounting.judged(census);
    Map<String, List<Reject>> rejects = new LinkedHashMap<>();
    rejects.put("eyfsp", returnsJudged.rejects());
    rejects.put("census", censusJudged.rejects());
    rejects.put("idaci", deprivation.map(SmallFileCheck::rejects).orElse(List.of()));
    rejects.put("local_authorities", las.check().rejects());
    rejects.put("schools", schools.map(s -> s.check().rejects()).orElse(List.of()));
    List<FileAccount> accounts = new ArrayList<>();
    accounts.addAll(RowAccounting.accounts("eyfsp", inputs.returns(), returnRowsRead, returnsJudged));
    accounts.addAll(RowAccounting.accounts("census", inputs.census(), censusRowsRead, censusJudged));
    deprivation.ifPresent(d -> accounts.add(d.account("idaci")));
    accounts.add(las.check().account("local_authorities"));
    schools.ifPresent(s -> accounts.add(s.check().account("schools")));
    RowAccounting.requireBalanced(accounts);
    RowAccounting.requireAcceptableShare(accounts, rejects, settings.quality().maxRejectedShare());

    progress.stage("enrich", "census, deprivation and LA lookup");
    Dataset<Row> accepted = returns.filter(size(col("reasons")).equalTo(0)).filter(inSlice("la_code"));
    Children.Context context = new Children.Context(las.byCode().values(),
        deprivation.map(SmallFileCheck::accepted).orElse(List.of()), deprivation.isPresent(),
        settings.deprivation().mostDeprivedDeciles(), new Pseudonym(key.key()), settings.framework().scaleCodes());
    Dataset<Row> slice = Children.enrich(spark, accepted, census.filter(size(col("reasons")).equalTo(0)), context);
    boolean merging = options.isSlice() && base.isPresent();
    // The child-level table is written first and read back for every measure: a Parquet scan reads
    // only the columns a measure needs, and costs less than building an in-memory cache of them all.
    Dataset<Row> children = writeChildren(spark, merging ? mergeInto(spark, base.get(), slice) : slice, folder);
    returnsRead.unpersist();
    censusRead.unpersist();

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
    List<Table> tables = new ArrayList<>(Measures.compute(children, levels, settings,
        schools.map(SchoolDirectory.Result::byLaestab).orElse(Map.of()), las.byCode()));
    tables.add(DataQuality.rejects(rejects, las.byCode()));

    // The children measured, from the data-quality table's LA rows: every child enriched must be one
    // accepted, no more and no fewer.
    Table quality = tables.stream().filter(t -> t.name().equals(DataQuality.QUALITY)).findFirst().orElseThrow();
    Map<String, Long> inSlice = laCounts(quality, true);
    long sliceCount = inSlice.get("children_accepted_number");
    long expected = options.isSlice() ? accepted.count()
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
        measured.stream().map(las.byCode()::get).filter(java.util.Objects::nonNull).toList(), List.copyOf(periods),
        tables, children, complete);
  }

  /** Writes the child-level table into the run's outputs and reads it back; a write failure is an output failure. */
  private static Dataset<Row> writeChildren(SparkSession spark, Dataset<Row> children, OutputFolder folder) {
    String path = folder.path(CHILDREN);
    try {
      children.write().partitionBy("academic_year").parquet(path);
    } catch (Exception e) {
      throw RunCommand.outputFailure(e);
    }
    return spark.read().parquet(path);
  }

  /** The earlier output's children outside this slice, with this slice's children in their place. */
  private Dataset<Row> mergeInto(SparkSession spark, PublishedRun base, Dataset<Row> slice) {
    Dataset<Row> earlier = spark.read().parquet(base.childrenPath());
    if (!List.of(earlier.schema().fieldNames()).containsAll(List.of(slice.schema().fieldNames()))) {
      throw new InvalidSettingsException("The output at " + options.output() + " was written by another version of"
          + " eyfsp; a slice cannot update it. Run without --la and --years to rebuild it.");
    }
    return slice.unionByName(earlier.filter(not(inSlice("old_la_code"))).select(
        java.util.Arrays.stream(slice.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new)));
  }

  /** The rows of the asked slice (all rows when no slice was asked). */
  private Column inSlice(String laColumn) {
    Column in = lit(true);
    if (!options.years().isEmpty()) {
      in = in.and(col("academic_year").isin(options.years().toArray()));
    }
    if (!options.las().isEmpty()) {
      in = in.and(col(laColumn).isin(options.las().toArray()));
    }
    return in;
  }

  private void requireKnownLas(Map<String, LocalAuthority> las) {
    for (String la : options.las()) {
      if (!las.containsKey(la)) {
        throw new UsageException("--la " + la + " is not an LA in the LA lookup.");
      }
    }
  }

  private List<FileRows.Part> parts(FileSource source, List<InputFile> files, List<String> required,
      List<String> optional) {
    List<FileRows.Part> parts = new ArrayList<>();
    for (InputFile file : files) {
      parts.add(new FileRows.Part(file, CsvFiles.header(source, file, required, optional, settings::aliasesOf)));
    }
    return parts;
  }

  private static long read(Map<String, Long> counted) {
    return counted.values().stream().mapToLong(Long::longValue).sum();
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
