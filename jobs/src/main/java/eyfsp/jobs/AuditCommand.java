package eyfsp.jobs;

import eyfsp.audit.Audit;
import eyfsp.audit.AuditRules;
import eyfsp.audit.PublishedTables;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.SettingsFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./eyfsp audit OUTPUT}: attacks the published tables of an output as an outsider would,
 * with nothing but its published/ files and the documented rules, and lists every suppressed count
 * it can narrow too far (exit 7), or says that it can narrow none (exit 0). No Spark.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit the disclosure control of an output's published/ tables by linear programming.")
final class AuditCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT", defaultValue = "out",
      description = "An output folder (its published/ is audited) or a published/ folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--conf", paramLabel = "FILE", description = "Settings over the defaults (default: conf/eyfsp.yaml).")
  Path conf;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "List at most N exposed cells (default: ${DEFAULT-VALUE}); the count is always given.")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path settingsFile = CommandLines.settingsFile(conf);
    Settings settings = settingsFile == null ? SettingsFile.defaults() : SettingsFile.load(settingsFile);
    Path published = Files.isDirectory(output.resolve("published")) ? output.resolve("published") : output;
    if (!Files.isDirectory(published)) {
      throw new InputRefusedException("There are no published tables at " + output + ": give an output folder "
          + "./eyfsp run wrote, or its published/ folder.");
    }
    long start = System.nanoTime();
    // The audit's rules name breakdowns as conf does; published/ names them as the data dictionary does.
    Audit.Result result = new Audit(AuditRules.of(settings)).of(
        eyfsp.publish.OpenDataNames.internal(PublishedTables.read(published)));
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "eyfsp audit of %s: %,d suppressed counts, %,d linear programs, largest group of "
        + "linked unknowns %,d, %.1f s%n", published, result.suppressed(), result.solved(), result.largestGroup(), seconds);
    if (!result.refuted().isEmpty()) {
      out.println("  relations that do not hold in this output (not used): " + String.join("; ", result.refuted()));
    }
    if (result.safe()) {
      out.printf(Locale.ROOT, "  no suppressed count can be narrowed below a width of %d or pinned between 1 and %d%n",
          settings.disclosure().protectionWidth(), settings.disclosure().suppressBelow() - 1);
      out.flush();
      return ExitStatus.OK;
    }
    out.printf(Locale.ROOT, "  %,d exposed:%n", result.exposures().size());
    result.exposures().stream().limit(limit).forEach(e -> out.println("  " + Audit.describe(e)));
    if (result.exposures().size() > limit) {
      out.printf(Locale.ROOT, "  ... and %,d more%n", result.exposures().size() - limit);
    }
    out.flush();
    return ExitStatus.EXPOSED;
  }
}
