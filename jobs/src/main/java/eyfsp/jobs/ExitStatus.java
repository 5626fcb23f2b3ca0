package eyfsp.jobs;

/** What the exit status of ./eyfsp means; documented in the README. */
public final class ExitStatus {
  public static final int OK = 0;
  /** Something unexpected: a bug or an environment failure, with the message on standard error. */
  public static final int UNEXPECTED = 1;
  /** The command line is wrong. */
  public static final int USAGE = 2;
  /** The input was refused: a file, line and column say where. */
  public static final int INPUT_REFUSED = 3;
  /** The settings cannot be used. */
  public static final int INVALID_SETTINGS = 4;
  /** The outputs could not be written (disk full, no permission); the previous output is untouched. */
  public static final int OUTPUT_FAILED = 5;
  /** Another run is writing the same output folder. */
  public static final int BUSY = 6;
  /** ./eyfsp audit: a suppressed count can be narrowed too far from the published tables. */
  public static final int EXPOSED = 7;

  private ExitStatus() {}
}
