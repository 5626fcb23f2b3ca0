package eyfsp.jobs;

import eyfsp.domain.AcademicYear;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What several commands read from their command line in the same way. */
final class CommandLines {

  private CommandLines() {}

  /** The settings file: the one given, else the project's conf/eyfsp.yaml, else none (the defaults). */
  static Path settingsFile(Path given) {
    if (given != null) {
      return given;
    }
    Path projectDefault = Path.of(System.getProperty("eyfsp.home", "."), "conf", "eyfsp.yaml");
    return projectDefault.toFile().isFile() ? projectDefault : null;
  }

  /** --la: 3-digit DFE LA numbers. */
  static Set<String> las(CommandSpec spec, List<String> las) {
    Set<String> parsed = new LinkedHashSet<>();
    for (String la : las) {
      if (!la.strip().matches("\\d{3}")) {
        throw new ParameterException(spec.commandLine(), "--la: '" + la + "' is not a 3-digit LA number.");
      }
      parsed.add(la.strip());
    }
    return parsed;
  }

  /** An academic year in any of the contract's forms, as its summer year. */
  static int year(CommandSpec spec, String option, String text) {
    return AcademicYear.parse(text.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
        option + ": '" + text + "' is not an academic year (2009, 2008/09, 2008-09 or 200809)."));
  }
}
