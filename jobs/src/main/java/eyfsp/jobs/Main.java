package eyfsp.jobs;

import eyfsp.domain.InputRefusedException;
import eyfsp.domain.InvalidSettingsException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of ./eyfsp and of spark-submit: exit statuses mean something (see ExitStatus). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line and returns its exit status; output goes to the writers given. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new EyfspCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("eyfsp: " + sentence(e));
      commandLine.getErr().flush();
      return statusOf(e);
    });
    return cli.execute(args);
  }

  static int statusOf(Throwable e) {
    if (e instanceof InputRefusedException) {
      return ExitStatus.INPUT_REFUSED;
    }
    if (e instanceof InvalidSettingsException) {
      return ExitStatus.INVALID_SETTINGS;
    }
    if (e instanceof OutputFailedException) {
      return ExitStatus.OUTPUT_FAILED;
    }
    if (e instanceof UsageException) {
      return ExitStatus.USAGE;
    }
    if (e instanceof eyfsp.io.OutputBusyException) {
      return ExitStatus.BUSY;
    }
    return ExitStatus.UNEXPECTED;
  }

  /** The one sentence a user sees: the message of a refusal, or what went wrong unexpectedly. */
  static String sentence(Throwable e) {
    if (e instanceof InputRefusedException || e instanceof InvalidSettingsException
        || e instanceof OutputFailedException || e instanceof UsageException
        || e instanceof eyfsp.io.OutputBusyException) {
      return e.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    return "unexpected failure (" + root.getClass().getSimpleName() + "): " + message + "; nothing was published.";
  }
}
