package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Settings;
import eyfsp.domain.TargetPolicy;
import eyfsp.io.SettingsFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that make a drafts folder (DraftsFolder: ./eyfsp trajectories and
 * ./eyfsp targets): where the history and the drafts live, which LAs and target year, and
 * overrides of the target policy, each changing only the setting it names.
 */
final class DraftsFolderOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin
  HistoryOptions store;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "drafts",
      description = "Folder for the drafts and the negotiation record (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--la", paramLabel = "LIST", split = ",", description = "Only these LAs' rows (3-digit numbers).")
  List<String> las = List.of();

  @Option(names = "--target-year", paramLabel = "YEAR",
      description = "Targets for this summer (2021 or 2020/21; default: targets.years_ahead after the latest results).")
  String targetYear;

  @Option(names = "--baseline-year", paramLabel = "YEAR",
      description = "Draft as of the results of this summer, ignoring later ones (2017 or 2016/17; default: the "
          + "latest before the target year): a back-test.")
  String baselineYear;

  @Option(names = "--window", paramLabel = "N", description = "Fit trends over the latest N results (trajectories.window_years).")
  Integer window;

  @Option(names = "--ambition", paramLabel = "SHARE",
      description = "Share of the distance to the benchmark the draft closes, 0 to 1 (targets.ambition.share).")
  Double ambition;

  @Option(names = "--benchmark", paramLabel = "KIND",
      description = "NEIGHBOURS, NATIONAL or MORE_AMBITIOUS (targets.ambition.benchmark).")
  TargetPolicy.Benchmark benchmark;

  @Option(names = "--max-yearly-change", paramLabel = "MEASURE=PP",
      description = "Cap on the yearly change of one measure, e.g. gld_percent=4 (targets.max_yearly_change).")
  Map<String, Double> maxYearlyChange = Map.of();

  @Option(names = "--national-ambition", paramLabel = "MEASURE=VALUE@YEAR",
      description = "A national aim, e.g. gld_percent=80@2025 (targets.national_ambition).")
  Map<String, String> nationalAmbition = Map.of();

  @Option(names = "--neighbours-file", paramLabel = "FILE",
      description = "Neighbours from this list (old_la_code, neighbour_old_la_code[, neighbour_rank]) instead of by context.")
  Path neighboursFile;

  @Option(names = "--negotiation", paramLabel = "FILE",
      description = "The negotiation record (default: negotiation_record.csv in the output folder).")
  Path negotiation;

  /** The settings in force: defaults, the settings file, then the options above. */
  Settings settings() {
    // An override of a measure no target is drafted for: SettingsRules would refuse the settings (4);
    // refuse it here first as the usage error it is (2), naming the option.
    List<String> measures = SettingsFile.load(store.settingsFile()).targets().measures();
    Map<String, Set<String>> named = new LinkedHashMap<>();
    named.put("--max-yearly-change", maxYearlyChange.keySet());
    named.put("--national-ambition", nationalAmbition.keySet());
    named.forEach((option, names) -> names.stream().filter(m -> !measures.contains(m)).findFirst().ifPresent(m -> {
      throw new UsageException(option + " names " + m + ", which is not a target measure (targets.measures: "
          + String.join(", ", measures) + ").");
    }));
    return SettingsFile.load(store.settingsFile(), overrides());
  }

  /**
   * Refuses a --national-ambition for a year not after the baseline: it would stand as a flat
   * benchmark the nation has already passed or missed.
   */
  void checkNationalAmbitions(int baselineYear) {
    nationalAmbition.forEach((measure, aim) -> {
      int byYear = AcademicYear.parse(aim.split("@")[1].strip()).getAsInt();
      if (byYear <= baselineYear) {
        throw new UsageException("--national-ambition " + measure + "=" + aim + " is for "
            + AcademicYear.label(byYear) + ", which is not after the baseline " + AcademicYear.label(baselineYear)
            + ": an ambition is for a later year.");
      }
    });
  }

  /** The policy overrides by dotted setting name, for the settings and the manifest. */
  Map<String, Object> overrides() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    if (window != null) {
      overrides.put("trajectories.window_years", window);
    }
    if (ambition != null) {
      overrides.put("targets.ambition.share", ambition);
    }
    if (benchmark != null) {
      overrides.put("targets.ambition.benchmark", benchmark.name());
    }
    maxYearlyChange.forEach((measure, pp) -> overrides.put("targets.max_yearly_change." + measure, pp));
    nationalAmbition.forEach((measure, aim) -> {
      String[] parts = aim.split("@");
      if (parts.length != 2 || AcademicYear.parse(parts[1].strip()).isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            "--national-ambition " + measure + "=" + aim + ": give VALUE@YEAR, e.g. gld_percent=80@2025.");
      }
      try {
        overrides.put("targets.national_ambition." + measure, Map.of("value", Double.parseDouble(parts[0].strip()),
            "by_year", AcademicYear.parse(parts[1].strip()).getAsInt()));
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "--national-ambition " + measure + "=" + aim
            + ": '" + parts[0] + "' is not a number.");
      }
    });
    return overrides;
  }

  Integer targetYear() {
    if (targetYear == null) {
      return null;
    }
    return CommandLines.year(spec, "--target-year", targetYear);
  }

  Integer baselineYear() {
    if (baselineYear == null) {
      return null;
    }
    return CommandLines.year(spec, "--baseline-year", baselineYear);
  }

  Set<String> las() {
    return CommandLines.las(spec, las);
  }

  Path negotiationRecord() {
    return negotiation != null ? negotiation : output.resolve("negotiation_record.csv");
  }
}
