package eyfsp.jobs;

import eyfsp.domain.Framework;
import eyfsp.io.SettingsFile;
import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./eyfsp sample}: writes a synthetic input in the contract's layout, national-scale by default. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Write a synthetic input (returns, census, deprivation, LA lookup) for trying and measuring the pipeline.")
final class SampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write (made if missing).")
  Path output;

  @Option(names = "--seed", defaultValue = "1", description = "Same seed, same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first-year", defaultValue = "2009",
      description = "First summer (assessment) year (default: ${DEFAULT-VALUE}, i.e. 2008/09; the profile's "
          + "years run to summer 2012).")
  int firstYear;

  @Option(names = "--years", defaultValue = "1", description = "How many years (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--children", defaultValue = "640000", description = "Children a year (default: ${DEFAULT-VALUE}).")
  int children;

  @Option(names = "--schools", defaultValue = "16000", description = "Schools (default: ${DEFAULT-VALUE}).")
  int schools;

  @Option(names = "--las", defaultValue = "150", description = "Synthetic LAs (default: ${DEFAULT-VALUE}).")
  int las;

  @Option(names = "--reference", paramLabel = "DIR",
      description = "Use the real LAs, areas and IDACI from this folder (e.g. ../shared/reference-data).")
  Path reference;

  @Option(names = "--small", description = "The sample-data/ universe: 8 real LA numbers in 2 regions, varied CSV dialects.")
  boolean small;

  @Option(names = "--no-bad-rows", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Plant rows for every reject reason and query (default: on).")
  boolean badRows;

  @Override
  public Integer call() throws Exception {
    if (years < 1 || children < 1 || schools < 1 || las < 1) {
      throw new ParameterException(spec.commandLine(), "--years, --children, --schools and --las must be at least 1.");
    }
    Framework framework = SettingsFile.defaults().framework("fsp13");
    if (!framework.coversYear(firstYear) || !framework.coversYear(firstYear + years - 1)) {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "The synthetic returns follow the %s profile, assessed in the summers of %d to %d: --first-year %d "
              + "with --years %d goes beyond them.", framework.code(), framework.firstAssessmentYear(),
          framework.lastAssessmentYear(), firstYear, years));
    }
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    int perYear = small && spec.commandLine().getParseResult().matchedOption("--children") == null ? 3600 : children;
    int schoolCount = small && spec.commandLine().getParseResult().matchedOption("--schools") == null ? 100 : schools;
    Universe universe = small ? Universe.sample(seed, perYear, schoolCount)
        : reference != null ? Universe.real(seed, reference, perYear, schoolCount)
        : Universe.national(seed, las, perYear, schoolCount);
    Files.createDirectories(output);
    SyntheticInput.Written w = new SyntheticInput(
        new SyntheticInput.Spec(seed, firstYear, years, perYear, schoolCount, badRows, small), universe).write(output);
    out.printf(Locale.ROOT, "wrote %s in %.1f s: %,d children over %d year(s), %d LAs, %,d schools, %,d areas "
            + "(%,d returns rows, %,d census rows)%n", output, (System.nanoTime() - started) / 1e9, w.children(), years,
        w.localAuthorities(), w.schools(), w.lsoas(), w.returnsRows(), w.censusRows());
    return ExitStatus.OK;
  }
}
