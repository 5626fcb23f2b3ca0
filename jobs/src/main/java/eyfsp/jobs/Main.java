package eyfsp.jobs;

import eyfsp.domain.InputRefusedException;
import eyfsp.domain.InvalidSettingsException;
import eyfsp.io.OutputBusyException;
import eyfsp.io.OutputFailedException;
import eyfsp.quality.TooManyRejectsException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of ./eyfsp and of spark-submit: exit statuses mean something (see ExitStatus). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter err = TerminalWriter.standardErrorIsTerminal()
        ? new TerminalWriter(System.err, TerminalWriter.columns(), 500) : new PrintWriter(System.err, true);
    System.exit(execute(args, new PrintWriter(System.out, true), err));
  }

  /** Runs a command line and returns its exit status; output goes to the writers given. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // One line, whatever the message: the log of a nightly run is read a line at a time.
      commandLine.getErr().println("eyfsp: " + sentence(e).replaceAll("\\s*\\R\\s*", " "));
      int status = statusOf(e);
      if (status == ExitStatus.UNEXPECTED && System.getenv("EYFSP_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return status;
    });
    return cli.execute(args);
  }

  /** The command line with every command and option, before any writer or handler is set. */
  static CommandLine commandLine() {
    return new CommandLine(new EyfspCommand());
  }

  /**
   * The status a failure means. A refusal raised inside a Spark task (a file that went missing
   * while it was read) reaches here wrapped in Spark's exceptions: the innermost known cause counts.
   */
  static int statusOf(Throwable e) {
    Throwable known = known(e);
    if (known instanceof TooManyRejectsException || known instanceof InputRefusedException) {
      return ExitStatus.INPUT_REFUSED;
    }
    if (known instanceof InvalidSettingsException) {
      return ExitStatus.INVALID_SETTINGS;
    }
    if (known instanceof OutputFailedException) {
      return ExitStatus.OUTPUT_FAILED;
    }
    if (known instanceof UsageException) {
      return ExitStatus.USAGE;
    }
    if (known instanceof OutputBusyException) {
      return ExitStatus.BUSY;
    }
    return ExitStatus.UNEXPECTED;
  }

  /** The one sentence a user sees: the message of a refusal, or what went wrong unexpectedly. */
  static String sentence(Throwable e) {
    Throwable known = known(e);
    if (known != null) {
      return known.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    return "unexpected failure (" + root.getClass().getSimpleName() + "): " + message + "; nothing was published.";
  }

  private static Throwable known(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InputRefusedException || cause instanceof InvalidSettingsException
          || cause instanceof OutputFailedException || cause instanceof UsageException
          || cause instanceof OutputBusyException) {
        return cause;
      }
    }
    return null;
  }
}
