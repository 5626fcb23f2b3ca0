package eyfsp.jobs;

import picocli.CommandLine.Command;

/** The top of ./eyfsp: its subcommands are the things users do. */
@Command(name = "eyfsp", mixinStandardHelpOptions = true, versionProvider = EyfspCommand.Version.class,
    description = "Batch analytics for the Early Years Foundation Stage Profile.",
    subcommands = {RunCommand.class, SampleCommand.class, HistoryCommand.class, TrajectoriesCommand.class,
        TargetsCommand.class, ReportCommand.class, AuditCommand.class})
final class EyfspCommand {

  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"eyfsp " + Manifest.version()};
    }
  }
}
