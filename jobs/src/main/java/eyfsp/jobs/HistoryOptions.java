package eyfsp.jobs;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the history lives and the settings it is read with: shared by history, trajectories and targets. */
final class HistoryOptions {

  @Option(names = "--conf", paramLabel = "FILE", description = "Settings over the defaults (default: conf/eyfsp.yaml).")
  Path conf;

  @Option(names = "--history", paramLabel = "DIR", defaultValue = "history",
      description = "The history folder holding history.csv (default: ${DEFAULT-VALUE}).")
  Path history;

  /** The settings file: the one given, else the project's conf/eyfsp.yaml, else none (the defaults). */
  Path settingsFile() {
    return CommandLines.settingsFile(conf);
  }
}
