package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import eyfsp.io.FileSource;
import eyfsp.io.InputFiles;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.OutputLock;
import eyfsp.io.SettingsFile;
import eyfsp.quality.FileAccount;
import eyfsp.quality.TooManyRejectsException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./eyfsp run}: the whole pipeline. One run at a time per output folder; the outputs are
 * built beside the published ones and swapped in only when all are written.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Read, check, enrich and measure the returns; write internal, published and rejects outputs.")
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--conf", paramLabel = "FILE", description = "Settings over the defaults (default: conf/eyfsp.yaml).")
  Path conf;

  @Option(names = "--input", paramLabel = "DIR", defaultValue = "${sys:eyfsp.home:-.}/sample-data",
      description = "Input folder or URI (default: the project's sample-data/).")
  String input;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "out",
      description = "Output folder or URI (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--years", paramLabel = "LIST", split = ",",
      description = "Only these academic years, e.g. 2009 or 2008/09,2009/10, merged into the existing output.")
  List<String> years = List.of();

  @Option(names = "--la", paramLabel = "LIST", split = ",",
      description = "Only these LAs (3-digit numbers), merged into the existing output.")
  List<String> las = List.of();

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*], or spark-submit's).")
  String master;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "File holding the pseudonym key (else the environment variable EYFSP_PSEUDONYM_KEY).")
  Path keyFile;

  @Option(names = "--drafts", paramLabel = "DIR",
      description = "Draw the report from these drafts (trajectories, targets, neighbours: an adviser's what-ifs) "
          + "instead of the run's own.")
  Path drafts;

  @Option(names = "--history", paramLabel = "DIR",
      description = "Add the results to the history in DIR (earlier years, published tables) and draft from it; "
          + "default: the history of the output published before.")
  Path history;

  @Option(names = "--negotiation", paramLabel = "FILE",
      description = "The negotiation record the drafts are set beside (default: drafts/negotiation_record.csv, if there).")
  Path negotiation;

  @Option(names = "--if-changed",
      description = "Do nothing when the inputs, settings and options are those of the published output.")
  boolean ifChanged;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunOptions options = new RunOptions(CommandLines.settingsFile(conf), input, output, parseYears(),
        CommandLines.las(spec, las), master, keyFile);
    Progress progress = new Progress(err);
    Instant started = Instant.now();
    String runId = newRunId(started);

    progress.stage("settings", options.conf() == null ? "defaults" : options.conf().toString());
    Settings settings = options.conf() == null ? SettingsFile.defaults() : SettingsFile.load(options.conf());
    // The topics the settings name (breakdowns.pairs) are known before anything is read.
    eyfsp.measures.Breakdowns.topics(settings);
    // Paths are opened before Spark starts (an unchanged run never starts it), with the Hadoop
    // settings spark-submit would give Spark.
    FileSource source = new FileSource(hadoopSettings());
    try (OutputLock lock = OutputLock.acquire(output)) {
      InputFiles inputs = InputFiles.discover(source, input, settings.pseudonym().syntheticMarkerFile());
      PseudonymKey key = PseudonymKey.resolve(keyFile, settings.pseudonym().keyEnvironmentVariable(),
          System.getenv(), inputs.synthetic());
      Map<String, String> checksums = checksums(source, inputs);
      Map<String, String> draftChecksums = ReportPages.checksums(drafts);
      draftChecksums.putAll(draftSources());
      RunIdentity identity = new RunIdentity(runId, started, Fingerprints.settings(settings), Fingerprints.key(key),
          checksums, draftChecksums);
      String fingerprint = Fingerprints.run(Manifest.version(), identity.settings(), identity.key(), options,
          checksums, draftChecksums);
      Optional<PublishedRun> published = PublishedRun.at(source, output);
      if (ifChanged && published.isPresent() && published.get().text("fingerprint").equals(fingerprint)) {
        out.printf("eyfsp run: nothing to do: the inputs, settings and options are those of the output published "
            + "by run %s.%n", published.get().text("run_id"));
        return ExitStatus.OK;
      }
      if (options.isSlice() && published.isPresent()) {
        requireSameSettingsAndKey(published.get(), identity);
      }

      // Staged before Spark starts, so that an output folder that cannot take this run's is refused at once.
      OutputFolder folder = OutputFolder.stage(source, output, runId);
      RunDrafts.Drafted drafted;
      try {
        Run run = new Run(options, settings, progress);
        Run.Prepared prepared = run.prepare(source, inputs);
        progress.stage("spark", master == null ? "embedded (local[*] unless spark-submit set a master)" : master);
        Run.Result result;
        String masterUsed;
        // Spark is done with before anything else is written: none of its tasks is still writing into
        // the folder when a later failure deletes it.
        try (SparkSessions.Started spark = SparkSessions.start(master)) {
          masterUsed = spark.session().sparkContext().master();
          result = run.compute(spark.session(), source, inputs, prepared, key, published, folder);
        } catch (TooManyRejectsException e) {
          throw Refused.keep(output, e, runId);
        }
        if (key.isDevelopment()) {
          progress.note("pseudonyms use the development key: the input is synthetic");
        }
        progress.stage("drafts", history == null ? "from the history of the output before and this run's results"
            : "from the history in " + history + " and this run's results");
        // The run's values are named as the run's own, not by its id or options (each value carries its table's
        // sha256): a rerun, or a slice merged into a full output, writes the full run's bytes in every CSV.
        drafted = RunDrafts.draft(result.tables(), settings, RunDrafts.RUN_SOURCE,
            RunDrafts.earlier(source, history, published, settings), negotiationRecord());
        progress.note(drafted.summary());
        progress.stage("write", "outputs beside " + output);
        try {
          Outputs outputs = new Outputs(source, folder);
          Map<String, Long> written = outputs.write(result, settings, drafted.tables());
          written.putAll(RunDrafts.write(drafted, folder, source, settings, runId));
          progress.stage("report", ReportPages.describe(drafts));
          written.putAll(drafts == null
              ? ReportPages.write(folder, source, RunDrafts.drafts(folder, source), RunDrafts.DRAFTS, settings, runId,
                  inputs.synthetic(), progress)
              : ReportPages.write(folder, source, eyfsp.io.PublishedTables.drafts(drafts), ReportPages.named(drafts),
                  settings, runId, inputs.synthetic(), progress));
          progress.stage("publish", output);
          progress.end();
          outputs.manifest(Manifest.of(identity, fingerprint, options, masterUsed, settings, key, inputs, result,
              written, progress.seconds(), published));
          folder.publish();
        } catch (Exception e) {
          throw outputFailure(e);
        }
        summary(out, result, progress.elapsed());
      } catch (Exception e) {
        folder.abandon();
        throw e;
      }
      // Only once the output is published: a failed run leaves the history as it was.
      if (history != null) {
        RunDrafts.updateHistory(history, drafted, settings);
      }
      Refused.clear(output);
      return ExitStatus.OK;
    }
  }

  /** The negotiation record named, else the one ./eyfsp targets --record-drafts keeps by default, if there. */
  private Path negotiationRecord() {
    Path fallback = Path.of("drafts", "negotiation_record.csv");
    return negotiation != null ? negotiation : java.nio.file.Files.isRegularFile(fallback) ? fallback : null;
  }

  /** The checksums of the history and negotiation record the drafts are drawn from: a change is another run. */
  private Map<String, String> draftSources() {
    Map<String, String> sums = new TreeMap<>();
    Path historyFile = history == null ? null : eyfsp.io.HistoryFile.in(history);
    for (Path file : java.util.Arrays.asList(historyFile, negotiationRecord())) {
      if (file != null && java.nio.file.Files.isRegularFile(file)) {
        sums.put(file.getFileName().toString(), FileSource.local().sha256(file.toString(), file.toString()));
      }
    }
    return sums;
  }

  /** Who a run is: its id and start, and the fingerprints of its settings, key, inputs and the report's drafts. */
  record RunIdentity(String runId, Instant started, String settings, String key, Map<String, String> checksums,
      Map<String, String> drafts) {}

  private void requireSameSettingsAndKey(PublishedRun published, RunIdentity identity) {
    if (!published.text("settings_fingerprint").equals(identity.settings())) {
      throw new eyfsp.domain.InvalidSettingsException("The output at " + output + " was made with other settings;"
          + " a slice (--la, --years) can only update an output made with the same. Run without them to rebuild it.");
    }
    if (!published.text("pseudonym_key_check").equals(identity.key())) {
      throw new eyfsp.domain.InvalidSettingsException("The output at " + output + " was made with another pseudonym"
          + " key; a slice (--la, --years) can only update an output made with the same key.");
    }
  }

  private static Map<String, String> checksums(FileSource source, InputFiles inputs) {
    Map<String, String> checksums = new java.util.concurrent.ConcurrentSkipListMap<>();
    inputs.all().parallelStream().forEach(f -> checksums.put(f.name(), source.sha256(f.path(), f.name())));
    return new TreeMap<>(checksums);
  }

  /** A run's id: when it started (UTC, sorting in time order) and a few random characters. */
  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, String> hadoopSettings() {
    Map<String, String> settings = new TreeMap<>();
    for (scala.Tuple2<String, String> entry : new SparkConf(true).getAllWithPrefix("spark.hadoop.")) {
      settings.put(entry._1(), entry._2());
    }
    return settings;
  }

  private Set<Integer> parseYears() {
    Set<Integer> parsed = new LinkedHashSet<>();
    years.forEach(year -> parsed.add(CommandLines.year(spec, "--years", year)));
    return parsed;
  }

  /** Writing failed: the disk, the permissions or the file system, not the data. */
  static RuntimeException outputFailure(Exception e) {
    if (e instanceof OutputFailedException known) {
      return known;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // An object Spark could not serialize is a fault of the program, not of the disk.
      if (cause instanceof java.io.IOException io && !(io instanceof java.io.ObjectStreamException)) {
        return OutputFailedException.writing(io);
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }

  private void summary(PrintWriter out, Run.Result r, double seconds) {
    FileAccountTotals eyfsp = FileAccountTotals.of(r.accounts(), "eyfsp");
    out.printf(Locale.ROOT, "eyfsp run finished in %.1f s%n", seconds);
    out.printf(Locale.ROOT, "  children read      %,9d  (%d returns files)%n", eyfsp.read, eyfsp.files);
    out.printf(Locale.ROOT, "  accepted           %,9d%n", eyfsp.accepted);
    out.printf(Locale.ROOT, "  rejected           %,9d%s%n", eyfsp.rejected,
        eyfsp.byReason.isEmpty() ? "" : "  " + eyfsp.byReason.toString().replaceAll("[{}]", "").replace("=", " "));
    if (r.children() > 0) {
      out.printf(Locale.ROOT, "  census matched     %,9d  (%.1f%% of %,d children measured)%n", r.censusMatched(),
          100.0 * r.censusMatched() / r.children(), r.children());
    }
    String periods = r.timePeriods().isEmpty() ? "none"
        : AcademicYear.label(AcademicYear.summerYearOf(r.timePeriods().get(0))) + (r.timePeriods().size() > 1
            ? " to " + AcademicYear.label(AcademicYear.summerYearOf(r.timePeriods().get(r.timePeriods().size() - 1)))
            : "");
    out.printf(Locale.ROOT, "  LAs measured       %,9d  (%d regions; %s)%n", r.measuredLas().size(),
        r.measuredLas().stream().map(LocalAuthority::regionCode).distinct().count(), periods);
    out.printf("  outputs            %s (manifest.json, internal/, published/, rejects/, history/, report/)%n", output);
    out.flush();
  }

  /** Totals over one kind of input file, for the summary. */
  private record FileAccountTotals(int files, long read, long accepted, long rejected, Map<String, Long> byReason) {
    static FileAccountTotals of(List<FileAccount> accounts, String kind) {
      int files = 0;
      long read = 0;
      long accepted = 0;
      long rejected = 0;
      Map<String, Long> byReason = new TreeMap<>();
      for (FileAccount a : accounts) {
        if (a.kind().equals(kind)) {
          files++;
          read += a.read();
          accepted += a.accepted();
          rejected += a.rejected();
          a.rejectedByReason().forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
        }
      }
      return new FileAccountTotals(files, read, accepted, rejected, byReason);
    }
  }
}
