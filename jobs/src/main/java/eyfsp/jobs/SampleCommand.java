package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Framework;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
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

  @Option(names = "--framework", paramLabel = "CODE",
      description = "Every year under this framework of conf (fsp13, elg17, elg21); without --first-year, the years "
          + "end at the year its figures are fitted to (2009, 2019, 2023) or start there.")
  String framework;

  @Option(names = "--first-year", paramLabel = "YEAR",
      description = "First summer (assessment) year (default: 2009, i.e. 2008/09); each year is written under its "
          + "own framework.")
  Integer firstYear;

  @Option(names = "--years", description = "How many consecutive years (default: 1).")
  Integer years;

  @Option(names = "--summers", paramLabel = "LIST", split = ",",
      description = "These summers instead of --first-year and --years, e.g. 2011-2014,2022-2024.")
  List<String> summers = List.of();

  @Option(names = "--children", defaultValue = "640000",
      description = "Children a year in schools (default: ${DEFAULT-VALUE}); PVI settings add about 2%%.")
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

  // Negatable as picocli's own examples write it: a default value of true with a fallback of true made
  // --no-bad-rows plant the rows all the same.
  @Option(names = "--no-bad-rows", negatable = true,
      description = "Plant rows for every reject reason and query (default: on).")
  boolean badRows = true;

  @Option(names = "--no-pvi-settings", negatable = true,
      description = "Write the children of PVI settings, about 2%% of all, under their early years URNs (default: on).")
  boolean pviSettings = true;

  @Override
  public Integer call() throws Exception {
    if ((years != null && years < 1) || children < 1 || schools < 1 || las < 1) {
      throw new ParameterException(spec.commandLine(), "--years, --children, --schools and --las must be at least 1.");
    }
    Settings settings = SettingsFile.defaults();
    List<Integer> written = summers(settings);
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    int perYear = small && spec.commandLine().getParseResult().matchedOption("--children") == null ? 3600 : children;
    int schoolCount = small && spec.commandLine().getParseResult().matchedOption("--schools") == null ? 100 : schools;
    Universe universe = small ? Universe.sample(seed, perYear, schoolCount)
        : reference != null ? Universe.real(seed, reference, perYear, schoolCount)
        : Universe.national(seed, las, perYear, schoolCount);
    Files.createDirectories(output);
    SyntheticInput.Written w = new SyntheticInput(
        new SyntheticInput.Spec(seed, written, perYear, schoolCount, badRows, small, pviSettings), universe)
        .write(output);
    out.printf(Locale.ROOT, "wrote %s in %.1f s: %,d children over %d year(s) (%s), %d LAs, %,d schools, %,d PVI "
            + "settings (%,d children, %.1f%%), %,d areas (%,d returns rows, %,d census rows)%n", output,
        (System.nanoTime() - started) / 1e9, w.children(), written.size(), yearsByFramework(written, settings),
        w.localAuthorities(), w.schools(), w.pviSettings(), w.pviChildren(), 100.0 * w.pviChildren() / w.children(),
        w.lsoas(), w.returnsRows(), w.censusRows());
    return ExitStatus.OK;
  }

  /** The summers to write, from --summers or --first-year and --years (and --framework), each one checked. */
  private List<Integer> summers(Settings settings) {
    Optional<Framework> only = Optional.ofNullable(framework).map(code -> settings.frameworks().stream()
        .filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--framework " + code + " is not a framework of conf (" + String.join(", ",
                settings.frameworks().stream().map(Framework::code).toList()) + ").")));
    List<Integer> list;
    String asked;
    if (!summers.isEmpty()) {
      if (firstYear != null || years != null) {
        throw new ParameterException(spec.commandLine(), "--summers names every year: give it without --first-year "
            + "and --years.");
      }
      list = summerList();
      asked = "--summers";
    } else {
      int count = years == null ? 1 : years;
      int first = firstYear != null ? firstYear
          : only.map(f -> SyntheticInput.defaultFirstYear(f, count, settings)).orElse(2009);
      list = IntStream.range(first, first + count).boxed().toList();
      asked = firstYear != null ? "--first-year " + first + (count > 1 ? " with --years " + count : "")
          : "--framework " + framework + (count > 1 ? " with --years " + count : "");
    }
    for (int summer : list) {
      Optional<String> why = SyntheticInput.unwritable(summer, settings);
      if (why.isPresent()) {
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "%s asks for summer %d (%s), %s.",
            asked, summer, AcademicYear.label(summer), why.get()));
      }
      Framework under = settings.frameworkOf(summer).orElseThrow();
      if (only.isPresent() && !under.code().equals(only.get().code())) {
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
            "--framework %s: %s asks for summer %d (%s), which is under %s (%s's years are %s).", framework, asked,
            summer, AcademicYear.label(summer), under.code(), framework, only.get().years()));
      }
    }
    return list;
  }

  /** --summers: years and ranges of years (2011-2014), in the order given. */
  private List<Integer> summerList() {
    List<Integer> list = new ArrayList<>();
    for (String item : summers) {
      String text = item.strip();
      if (!text.matches("\\d{4}(-\\d{4})?")) {
        throw new ParameterException(spec.commandLine(), "--summers: '" + text + "' is neither a summer year (2011) "
            + "nor a range of them (2011-2014).");
      }
      int from = Integer.parseInt(text.substring(0, 4));
      int to = text.length() == 4 ? from : Integer.parseInt(text.substring(5));
      if (to < from) {
        throw new ParameterException(spec.commandLine(), "--summers: '" + text + "' ends before it starts.");
      }
      for (int y = from; y <= to; y++) {
        if (list.contains(y)) {
          throw new ParameterException(spec.commandLine(), "--summers names " + y + " twice.");
        }
        list.add(y);
      }
    }
    return list;
  }

  /** "2011-2012 fsp13, 2013-2014 elg17": the years written, in runs under one framework. */
  private static String yearsByFramework(List<Integer> summers, Settings settings) {
    List<String> runs = new ArrayList<>();
    int from = summers.get(0);
    for (int i = 1; i <= summers.size(); i++) {
      int previous = summers.get(i - 1);
      String code = settings.frameworkOf(previous).orElseThrow().code();
      if (i == summers.size() || summers.get(i) != previous + 1
          || !settings.frameworkOf(summers.get(i)).orElseThrow().code().equals(code)) {
        runs.add((from == previous ? "" + from : from + "-" + previous) + " " + code);
        if (i < summers.size()) {
          from = summers.get(i);
        }
      }
    }
    return String.join(", ", runs);
  }
}
