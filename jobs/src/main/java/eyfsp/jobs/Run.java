package eyfsp.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
import eyfsp.io.SchoolDirectory;
import eyfsp.io.SettingsFile;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the pipeline, stage by stage: settings, read, check, enrich, measure, write, publish.
 * Each stage calls the library and reports one line; nothing is published unless all succeed.
 */
final class Run {

  /** What a finished run produced, for the summary and the manifest. */
  record Result(
      Settings settings,
      InputFiles inputs,
      PseudonymKey key,
      List<FileAccount> accounts,
      Map<String, List<Reject>> rejects,
      Map<String, Long> queries,
      long children,
      long censusMatched,
      List<LocalAuthority> measuredLas,
      List<Integer> years,
      List<Table> tables,
      Dataset<Row> childLevel) {}

  private final RunOptions options;
  private final Progress progress;
  private final Map<String, String> environment;

  Run(RunOptions options, Progress progress, Map<String, String> environment) {
    this.options = options;
    this.progress = progress;
    this.environment = environment;
  }

  Result compute(SparkSession spark, FileSource source) {
    progress.stage("settings", options.conf() == null ? "defaults" : options.conf().toString());
    Settings settings = options.conf() == null ? SettingsFile.defaults() : SettingsFile.load(options.conf());

    progress.stage("read", options.input());
    InputFiles inputs = InputFiles.discover(source, options.input(), settings.pseudonym().syntheticMarkerFile());
    PseudonymKey key = PseudonymKey.resolve(options.keyFile(), settings.pseudonym().keyEnvironmentVariable(),
        environment, inputs.synthetic());
    LocalAuthorityLookup.Result las = LocalAuthorityLookup.read(source, inputs.localAuthorities(), settings);
    requireKnownLas(las.byCode());
    Optional<SmallFileCheck<DeprivationIndex.Area>> deprivation =
        inputs.deprivation().map(f -> DeprivationIndex.read(source, f, settings));
    Optional<SchoolDirectory.Result> schools = inputs.schools().map(f -> SchoolDirectory.read(source, f, settings));

    ReturnRowCheck returnCheck = new ReturnRowCheck(settings, las.byCode().keySet());
    List<FileRows.Part> returnParts = parts(source, inputs.returns(), returnCheck.requiredColumns(), List.of(), settings);
    List<FileRows.Part> censusParts =
        parts(source, inputs.census(), CensusRowCheck.REQUIRED, CensusRowCheck.OPTIONAL, settings);
    Dataset<Row> returnsRead = Returns.read(spark, source, returnParts, returnCheck).persist(StorageLevel.MEMORY_AND_DISK());
    CensusRowCheck censusCheck = new CensusRowCheck(settings.census());
    Dataset<Row> censusRead = Census.read(spark, source, censusParts, censusCheck).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> returnsReadCounts = RowAccounting.read(returnsRead);
    Map<String, Long> censusReadCounts = RowAccounting.read(censusRead);

    progress.stage("check", String.format("%,d return rows, %,d census rows",
        total(returnsReadCounts), total(censusReadCounts)));
    Dataset<Row> returns = Duplicates.mark(returnsRead, Returns.contents(source, returnParts, returnCheck),
        "upn", "academic_year");
    Dataset<Row> census = Duplicates.mark(censusRead, Census.contents(source, censusParts, censusCheck),
        "upn", "academic_year");
    List<FileAccount> accounts = new ArrayList<>();
    accounts.addAll(RowAccounting.accounts("eyfsp", inputs.returns(), returnsReadCounts, returns));
    accounts.addAll(RowAccounting.accounts("census", inputs.census(), censusReadCounts, census));
    deprivation.ifPresent(d -> accounts.add(d.account("idaci")));
    accounts.add(las.check().account("local_authorities"));
    schools.ifPresent(s -> accounts.add(s.check().account("schools")));
    RowAccounting.requireBalanced(accounts);
    Map<String, List<Reject>> rejects = new LinkedHashMap<>();
    rejects.put("eyfsp", RowAccounting.rejects(returns));
    rejects.put("census", RowAccounting.rejects(census));
    rejects.put("idaci", deprivation.map(SmallFileCheck::rejects).orElse(List.of()));
    rejects.put("local_authorities", las.check().rejects());
    rejects.put("schools", schools.map(s -> s.check().rejects()).orElse(List.of()));

    progress.stage("enrich", "census, deprivation and LA lookup");
    Dataset<Row> accepted = returns.filter(size(col("reasons")).equalTo(0));
    if (!options.years().isEmpty()) {
      accepted = accepted.filter(col("academic_year").isin(options.years().toArray()));
    }
    if (!options.las().isEmpty()) {
      accepted = accepted.filter(col("la_code").isin(options.las().toArray()));
    }
    Children.Context context = new Children.Context(las.byCode().values(),
        deprivation.map(SmallFileCheck::accepted).orElse(List.of()), deprivation.isPresent(),
        settings.deprivation().mostDeprivedDeciles(), new Pseudonym(key.key()), settings.framework().scaleCodes());
    Dataset<Row> children = Children.enrich(spark, accepted, census.filter(size(col("reasons")).equalTo(0)), context)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row totals = children.agg(
        count(lit(1)),
        sum(when(col("census_matched"), 1L).otherwise(0L)),
        sum(when(col("sex_queried"), 1L).otherwise(0L)),
        sum(when(col("birth_date_queried"), 1L).otherwise(0L)),
        sum(when(not(col("census_matched")), 1L).otherwise(0L)),
        sum(when(col("lsoa_queried"), 1L).otherwise(0L))).first();
    long childCount = totals.getLong(0);
    long expected = accepted.count();
    if (childCount != expected) {
      throw new IllegalStateException(String.format(
          "Enrichment changed the number of children: %d accepted, %d after enrichment.", expected, childCount));
    }
    Map<String, Long> queries = new LinkedHashMap<>();
    queries.put(Query.SEX_NOT_M_OR_F.name(), orZero(totals, 2));
    queries.put(Query.BIRTH_DATE_OUTSIDE_COHORT.name(), orZero(totals, 3));
    queries.put(Query.NO_CENSUS_MATCH.name(), orZero(totals, 4));
    queries.put(Query.LSOA_NOT_IN_DEPRIVATION_FILE.name(), orZero(totals, 5));
    returnsRead.unpersist();
    censusRead.unpersist();

    progress.stage("measure", "tables by year at each level");
    List<GeographicLevel> levels = options.las().isEmpty()
        ? List.of(GeographicLevel.NATIONAL, GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY)
        : List.of(GeographicLevel.LOCAL_AUTHORITY);
    List<Table> tables = Measures.compute(children, levels, settings,
        schools.map(SchoolDirectory.Result::byLaestab).orElse(Map.of()));

    TreeSet<String> measured = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (Row r : tables.get(0).rows()) {
      int la = r.fieldIndex("old_la_code");
      if (!r.isNullAt(la)) {
        measured.add(r.getString(la));
      }
      years.add(r.getInt(r.fieldIndex("time_period")));
    }
    return new Result(settings, inputs, key, accounts, rejects, queries, childCount, orZero(totals, 1),
        measured.stream().map(las.byCode()::get).toList(), List.copyOf(years), tables, children);
  }

  private void requireKnownLas(Map<String, LocalAuthority> las) {
    for (String la : options.las()) {
      if (!las.containsKey(la)) {
        throw new UsageException("--la " + la + " is not an LA in the LA lookup.");
      }
    }
  }

  private static List<FileRows.Part> parts(FileSource source, List<InputFile> files, List<String> required,
      List<String> optional, Settings settings) {
    List<FileRows.Part> parts = new ArrayList<>();
    for (InputFile file : files) {
      parts.add(new FileRows.Part(file, CsvFiles.header(source, file, required, optional, settings::aliasesOf)));
    }
    return parts;
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long orZero(Row row, int i) {
    return row.isNullAt(i) ? 0 : row.getLong(i);
  }
}
